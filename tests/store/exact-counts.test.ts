/**
 * Timeline and actor counts are pre-aggregated, so they must stay exact whatever the delivery
 * does: the same version twice, a replacement with fewer events, a delete, and a crash at any
 * write of any of those followed by the retry (SQS redelivers a message whose handler died).
 */
import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lambdas/core/types';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import { counterPartition } from '../../lambdas/store/keys';
import type { EventFilters, TimelineBucket } from '../../lambdas/store/types';
import { makeEvent } from '../fixtures/events';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;

beforeAll(async () => {
  // Crashes are injected as middleware added and removed between requests.
  dynamo = await startDynalite({ cacheMiddleware: false });
});

afterAll(async () => {
  await dynamo?.close();
});

const at = '2024-03-01T00:00:00.000Z';
const e1 = makeEvent({ doc: 'a.txt', date: '2024-02-06', source: 'EGYGOV', target: 'USAGOV', code: '040' });
const e2 = makeEvent({ doc: 'a.txt', date: '2024-02-08', source: 'USAGOV', target: 'IRN', code: '163' });
const e3 = makeEvent({ doc: 'a.txt', date: '2024-02-07', source: 'UNO', target: null, code: '0214' });
const e4 = makeEvent({ doc: 'b.txt', date: '2024-02-06', source: 'USAGOV', target: 'EGYGOV', code: '040' });
const e5 = makeEvent({ doc: 'a.txt', date: '2023-12-30', source: 'ISRMIL', target: 'LBN', code: '190' });
const e6 = makeEvent({ doc: 'a.txt', date: '2024-01-02', source: 'LBN', target: 'ISR', code: '0214' });

type Step =
  | { kind: 'put'; doc: string; seq: string; events: EventRecord[] }
  | { kind: 'delete'; doc: string; seq: string };

const steps: Step[] = [
  { kind: 'put', doc: 'b.txt', seq: '01', events: [e4] },
  { kind: 'put', doc: 'a.txt', seq: '01', events: [e1, e2, e3] },
  // Redelivery of the same version.
  { kind: 'put', doc: 'a.txt', seq: '01', events: [e1, e2, e3] },
  // Replacement with fewer events, one of them moved to another day.
  { kind: 'put', doc: 'a.txt', seq: '02', events: [e1, { ...e2, date: '2024-02-09' }] },
  { kind: 'delete', doc: 'a.txt', seq: '03' },
  { kind: 'delete', doc: 'a.txt', seq: '03' },
  { kind: 'put', doc: 'a.txt', seq: '04', events: [e5] },
  // A replacement that only adds an event: nothing to clean up after the switch.
  { kind: 'put', doc: 'a.txt', seq: '05', events: [e5, e6] },
];

function run(store: DynamoEventStore, step: Step) {
  const origin = { doc: step.doc, sequencer: step.seq, at };
  return step.kind === 'put'
    ? store.putDocument(origin, '2024-02-10', step.events, [])
    : store.deleteDocument(origin);
}

/** The events stored after the first `count` steps, by applying them in memory. */
function liveAfter(count: number): EventRecord[] {
  const docs = new Map<string, EventRecord[]>();
  for (const step of steps.slice(0, count)) docs.set(step.doc, step.kind === 'put' ? step.events : []);
  return [...docs.values()].flat();
}

const codesOf = (a: EventRecord['source'] | null) => (a ? [a.code, a.country, a.org].filter(Boolean) : []);

function matches(e: EventRecord, f: EventFilters): boolean {
  if (f.actor && ![...codesOf(e.source), ...codesOf(e.target)].includes(f.actor)) return false;
  if (f.source && !codesOf(e.source).includes(f.source)) return false;
  if (f.target && !codesOf(e.target).includes(f.target)) return false;
  if (f.root && e.action.root !== f.root) return false;
  if (f.code && !e.action.code.startsWith(f.code)) return false;
  if (f.quadClass !== undefined && e.action.quadClass !== f.quadClass) return false;
  if (f.from && e.date < f.from) return false;
  if (f.to && e.date > f.to) return false;
  return true;
}

function expectedTimeline(events: EventRecord[], filters: EventFilters): TimelineBucket[] {
  const counts = new Map<string, number>();
  for (const e of events.filter((x) => matches(x, filters)))
    counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ date, count }));
}

const filterSets: EventFilters[] = [
  {},
  { actor: 'USA' },
  { actor: 'EGYGOV' },
  { source: 'USAGOV', target: 'IRN' },
  { actor: 'USA', root: '04' },
  { code: '021' },
  { quadClass: 4 },
  { target: 'LBN' },
  { source: 'USAGOV' },
  { root: '04' },
  // Days inside one month item: the days around them must not count.
  { actor: 'USA', from: '2024-02-07', to: '2024-02-08' },
  { from: '2023-12-31', to: '2024-02-06' },
];

async function expectExactCounts(
  store: DynamoEventStore,
  tableName: string,
  events: EventRecord[],
  /** A writer died: its finished tokens stay until an update sweeps them (leaked-tokens.test.ts). */
  { deadWriterTokens = false } = {},
) {
  // Every write that finished also ended its switch: no document is left named.
  const registry = await dynamo.client.send(
    new GetItemCommand({ TableName: tableName, Key: { pk: { S: 'SWITCHES' }, sk: { S: 'SWITCHES' } } }),
  );
  expect(registry.Item?.m?.SS ?? []).toEqual([]);
  for (const filters of filterSets) {
    expect(await store.timeline(filters, 'day'), JSON.stringify(filters)).toEqual(
      expectedTimeline(events, filters),
    );
  }
  const actors = new Map<string, number>();
  for (const e of events) {
    for (const code of new Set([...codesOf(e.source), ...codesOf(e.target)])) {
      if (code) actors.set(code, (actors.get(code) ?? 0) + 1);
    }
  }
  for (const letter of ['E', 'U', 'I', 'L']) {
    const page = await store.listActors({ prefix: letter }, 100, null);
    const expected = [...actors]
      .filter(([code]) => code.startsWith(letter))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, n]) => ({ code, name: null, events: n }));
    expect(page.items, letter).toEqual(expected);
  }
  // Tokens of finished transitions are folded into later counter updates or flushed: after a
  // flush no counter carries one, and only the counted contribution is kept.
  await store.flushCounterTokens();
  const counter = await dynamo.client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: counterPartition('actor', 'USA', 2024) } },
    }),
  );
  expect(counter.Items?.length ?? 0).toBeGreaterThan(0);
  for (const item of counter.Items ?? []) {
    const tokens = Object.keys(item).filter((name) => /^x/.test(name));
    if (!deadWriterTokens) expect(tokens).toEqual([]);
  }
  const contributions = await dynamo.client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :c)',
      ExpressionAttributeValues: { ':pk': { S: 'DOC#a.txt' }, ':c': { S: 'C#' } },
    }),
  );
  expect(contributions.Items?.length ?? 0).toBeLessThanOrEqual(1);
}

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'BatchWriteItemCommand', 'DeleteItemCommand']);

interface CrashPlan {
  writes: number;
  crashAt: number;
  labels: string[];
}

/**
 * Per table (so crash points run side by side): throws on the Nth write and on every write after
 * it (the process is dead) until `crashAt` is reset.
 */
function installCrashes(name: string): Map<string, CrashPlan> {
  const plans = new Map<string, CrashPlan>();
  dynamo.client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TableName?: string; RequestItems?: Record<string, unknown> };
      const plan = plans.get(input.TableName ?? Object.keys(input.RequestItems ?? {})[0] ?? '');
      if (plan && WRITES.has(String(context.commandName))) {
        plan.writes += 1;
        if (plan.writes >= plan.crashAt) throw new Error(`simulated crash at write ${plan.crashAt}`);
        plan.labels.push(labelOf(String(context.commandName), args.input));
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return plans;
}

/** What a write does, coarsely, so crash points can be put at every boundary between phases. */
function labelOf(command: string, input: unknown): string {
  const i = input as { Key?: { pk?: { S?: string }; sk?: { S?: string } }; UpdateExpression?: string };
  const pk = i.Key?.pk?.S ?? '';
  const sk = i.Key?.sk?.S ?? '';
  if (command === 'UpdateItemCommand' && sk === 'COUNTS') return `state ${i.UpdateExpression}`;
  if (command === 'UpdateItemCommand' && sk === 'DOC') return 'cleanup done';
  if (command === 'UpdateItemCommand' && pk.startsWith('Y#')) return 'year index';
  if (command === 'UpdateItemCommand') return `counter ${(i.UpdateExpression ?? '').split(' ')[0]}`;
  return command;
}

/**
 * Crash points: the first write of every run of alike writes, and for counter updates (where a
 * crash leaves some counters done and some not) also one in the middle and the last.
 */
function crashPoints(labels: string[]): number[] {
  const points = new Set<number>();
  let start = 0;
  for (let i = 1; i <= labels.length; i++) {
    if (i === labels.length || labels[i] !== labels[start]) {
      points.add(start + 1);
      if (labels[start]?.startsWith('counter')) {
        for (const at of [Math.floor((start + i - 1) / 2), i - 1]) points.add(at + 1);
      }
      start = i;
    }
  }
  return [...points].sort((a, b) => a - b);
}

describe('exact counts', () => {
  it('stay exact through redelivery, replacement with fewer events and deletion', async () => {
    const tableName = await dynamo.createTable();
    const store = new DynamoEventStore(dynamo.client, tableName);
    for (const [index, step] of steps.entries()) {
      await run(store, step);
      await expectExactCounts(store, tableName, liveAfter(index + 1));
    }
  });

  it('ignores a stale version without touching the counts', async () => {
    const tableName = await dynamo.createTable();
    const store = new DynamoEventStore(dynamo.client, tableName);
    for (const step of steps.slice(0, 4)) await run(store, step);
    expect(await run(store, { kind: 'put', doc: 'a.txt', seq: '01', events: [e1, e2, e3] })).toBe('stale');
    await expectExactCounts(store, tableName, liveAfter(4));
  });

  it('stay exact when documents written at once share counter updates, one of them a crashed retry', async () => {
    const name = 'merged-updates';
    const plans = installCrashes(name);
    const counterUpdates: { tokens: number; failed: boolean }[] = [];
    dynamo.client.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { Key?: { pk?: { S?: string } }; ConditionExpression?: string };
        if (!input.Key?.pk?.S?.startsWith('TM#')) return next(args);
        const tokens = input.ConditionExpression?.match(/attribute_not_exists/g)?.length ?? 0;
        try {
          const out = await next(args);
          counterUpdates.push({ tokens, failed: false });
          return out;
        } catch (error) {
          counterUpdates.push({ tokens, failed: true });
          throw error;
        }
      },
      { step: 'initialize', name: `${name}-log` },
    );
    try {
      let clock = Date.parse(at);
      const tableName = await dynamo.createTable();
      const first = new DynamoEventStore(dynamo.client, tableName, { now: () => clock });
      await run(first, steps[0] as Step);
      // a.txt dies after its counters were updated, before its transition finished.
      const plan = { writes: 0, crashAt: Number.POSITIVE_INFINITY, labels: [] as string[] };
      plans.set(tableName, plan);
      const dry = await dynamo.createTable();
      const dryPlan = { writes: 0, crashAt: Number.POSITIVE_INFINITY, labels: [] as string[] };
      plans.set(dry, dryPlan);
      const dryStore = new DynamoEventStore(dynamo.client, dry);
      await run(dryStore, steps[0] as Step);
      dryPlan.labels.length = 0;
      dryPlan.writes = 0;
      await run(dryStore, steps[1] as Step);
      plan.crashAt = dryPlan.labels.findIndex((label) => label.startsWith('state SET #counted')) + 1;
      expect(plan.crashAt).toBeGreaterThan(1);
      await expect(run(first, steps[1] as Step)).rejects.toThrow('simulated crash');
      plan.crashAt = Number.POSITIVE_INFINITY;
      clock += 10 * 60_000;

      // Its retry and two new documents with counters in common are written at once.
      const c = makeEvent({
        doc: 'c.txt',
        date: '2024-02-06',
        source: 'USAGOV',
        target: 'EGYGOV',
        code: '040',
      });
      const d = makeEvent({ doc: 'd.txt', date: '2024-02-07', source: 'IRN', target: 'USAGOV', code: '112' });
      const retry = new DynamoEventStore(dynamo.client, tableName, {
        now: () => clock,
        counterMergeWaitMs: 60_000,
      });
      counterUpdates.length = 0;
      await Promise.all([
        run(retry, steps[1] as Step),
        run(retry, { kind: 'put', doc: 'c.txt', seq: '01', events: [c] }),
        run(retry, { kind: 'put', doc: 'd.txt', seq: '01', events: [d] }),
      ]);
      // Merged updates of the items all three count failed on the retry's token, already there;
      // sent again one by one, the retry's were skipped and the new documents' applied.
      expect(counterUpdates.some((u) => u.tokens === 3 && u.failed)).toBe(true);
      await expectExactCounts(retry, tableName, [...liveAfter(2), c, d]);
    } finally {
      dynamo.client.middlewareStack.remove(name);
      dynamo.client.middlewareStack.remove(`${name}-log`);
    }
  });

  // Each step after the first is crashed at every phase boundary in turn, then retried as SQS
  // would, after the visibility timeout (so the crashed writer's lease has expired).
  it.each(steps.slice(1).map((step, i) => [i + 1, step.kind, step.seq] as const))(
    'stay exact when step %i (%s %s) crashes at any phase and is retried',
    async (index) => {
      const step = steps[index] as Step;
      const name = `crash-${index}`;
      const plans = installCrashes(name);
      try {
        let clock = Date.parse(at);
        const storeFor = (table: string) => new DynamoEventStore(dynamo.client, table, { now: () => clock });
        const setUp = async (crashAt: number) => {
          const tableName = await dynamo.createTable();
          const store = storeFor(tableName);
          for (const earlier of steps.slice(0, index)) await run(store, earlier);
          const plan = { writes: 0, crashAt, labels: [] };
          plans.set(tableName, plan);
          return { tableName, store, plan };
        };
        // A dry run records the writes of the step, to pick the crash points.
        const dry = await setUp(Number.POSITIVE_INFINITY);
        await run(dry.store, step);
        const points = crashPoints(dry.plan.labels);
        // A redelivery of the same content writes only the document item.
        expect(points.length).toBeGreaterThan(0);

        const crashed = await Promise.all(points.map((point) => setUp(point)));
        for (const { store, plan } of crashed) {
          await expect(run(store, step), `crash at write ${plan.crashAt}`).rejects.toThrow('simulated crash');
        }
        for (const { plan } of crashed) plan.crashAt = Number.POSITIVE_INFINITY;
        // Writes already in flight when the process "died" land, as they would in DynamoDB; then
        // SQS redelivers after the visibility timeout, when the dead writer's lease has expired.
        await new Promise((resolve) => setTimeout(resolve, 20));
        clock += 10 * 60_000;
        // The retry runs in a fresh process (a new store): nothing the dead one kept in memory
        // (contributions it wrote, tokens it meant to remove) helps it.
        await Promise.all(
          crashed.map(async ({ tableName }) => {
            const retry = storeFor(tableName);
            await run(retry, step);
            await expectExactCounts(retry, tableName, liveAfter(index + 1), { deadWriterTokens: true });
            // And the rest of the story still counts right.
            for (const later of steps.slice(index + 1)) await run(retry, later);
            await expectExactCounts(retry, tableName, liveAfter(steps.length), { deadWriterTokens: true });
          }),
        );
      } finally {
        dynamo.client.middlewareStack.remove(name);
      }
    },
    120_000,
  );
});
