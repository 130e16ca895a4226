/**
 * dynalite has no transactions, so replacing a document's events is several writes. Whatever a
 * reader catches, between two of those writes or in the middle of its own page, it must show one
 * version of the document, never events of both (see "Replacing a document's events without
 * transactions" in event-store.ts).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoClient } from '../../lambdas/aws/clients';
import type { EventRecord } from '../../lambdas/core/types';
import { DynamoEventStore, type DynamoEventStoreOptions } from '../../lambdas/store/event-store';
import type { EventFilters } from '../../lambdas/store/types';
import { makeEvent } from '../fixtures/events';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;

beforeAll(async () => {
  dynamo = await startDynalite();
});

afterAll(async () => {
  await dynamo?.close();
});

const doc = 'desk/replaced.txt';
const at = '2024-03-01T00:00:00.000Z';
const WRITES = new Set(['BatchWriteItemCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand']);

const kept = makeEvent({ doc, date: '2024-02-06', source: 'EGYGOV', target: 'USAGOV', code: '040' });
const dropped = [
  makeEvent({ doc, date: '2024-02-07', source: 'USAGOV', target: 'IRN', code: '163' }),
  makeEvent({ doc, date: '2023-12-30', source: 'ISRMIL', target: 'LBN', code: '190' }),
];
const added = [
  makeEvent({ doc, date: '2024-02-08', source: 'UNO', target: 'SYR', code: '0214' }),
  makeEvent({ doc, date: '2025-01-03', source: 'EGYGOV', target: 'ISR', code: '036' }),
];
const bystander = makeEvent({ doc: 'desk/other.txt', date: '2024-02-07', source: 'EGYGOV', code: '040' });
const oldVersion = [kept, ...dropped];
const newVersion = [kept, ...added];

interface Change {
  name: string;
  apply(store: DynamoEventStore): Promise<unknown>;
  /** The document's events once the change is done. */
  after: EventRecord[];
}

/** An edit that changes every event id but no count (the version string stays the same). */
const sameCounts = oldVersion.map((e) => ({ ...e, id: `${e.id}-edited`, text: `${e.text} (edited)` }));

const replacement: Change = {
  name: 'a replacement that keeps, drops and adds events across years',
  apply: (store) => store.putDocument({ doc, sequencer: '02', at }, '2024-02-10', newVersion, []),
  after: newVersion,
};
const sameCountsEdit: Change = {
  name: 'an edit that changes every id and no count',
  apply: (store) => store.putDocument({ doc, sequencer: '02', at }, '2024-02-10', sameCounts, []),
  after: sameCounts,
};

/** A new text: every id new (ids include the content hash), and every event in another year. */
const moved = [
  makeEvent({ doc, date: '2025-03-01', source: 'EGYGOV', target: 'USAGOV', code: '040' }),
  makeEvent({ doc, date: '2022-06-01', source: 'UNO', target: 'SYR', code: '0214' }),
];
const movedYears: Change = {
  name: 'a new text whose events are all in other years',
  apply: (store) => store.putDocument({ doc, sequencer: '02', at }, '2024-02-10', moved, []),
  after: moved,
};

const changes: Change[] = [
  movedYears,
  replacement,
  sameCountsEdit,
  {
    name: 'a delete',
    apply: (store) => store.deleteDocument({ doc, sequencer: '02', at }),
    after: [],
  },
  {
    name: 'a re-upload that fails to parse',
    apply: (store) =>
      store.failDocument({ doc, sequencer: '02', at }, { code: 'EMPTY', message: 'the file is empty' }),
    after: [],
  },
];

/** Ways a reader sees the document's events: pages of a listing, or a timeline counted from postings. */
const readers: { name: string; read(store: DynamoEventStore): Promise<string[]> }[] = [
  { name: 'GET /events?doc=', read: (store) => allIds(store, { doc }) },
  { name: 'GET /events', read: (store) => allIds(store, {}) },
  { name: 'GET /events?actor=EGYGOV', read: (store) => allIds(store, { actor: 'EGYGOV' }) },
  {
    // The doc filter has no day counter, so this timeline counts postings: one "id" per counted event.
    name: 'GET /stats/timeline?doc=',
    read: async (store) =>
      (await store.timeline({ doc }, 'day')).flatMap((b) => Array.from({ length: b.count }, () => b.date)),
  },
];

async function allIds(store: DynamoEventStore, filters: EventFilters): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    // Pages of two, so a listing is several reads.
    const page = await store.queryEvents(filters, 2, cursor);
    ids.push(...page.items.filter((e) => e.doc === doc).map((e) => e.id));
    cursor = page.cursor;
  } while (cursor);
  return ids.sort();
}

/** What each reader shows for a version of the document. */
function viewOf(events: EventRecord[]): Record<string, string[]> {
  const ids = events.map((e) => e.id).sort();
  const egy = events.filter((e) => [e.source?.code, e.target?.code].includes('EGYGOV'));
  return {
    'GET /events?doc=': ids,
    'GET /events': ids,
    'GET /events?actor=EGYGOV': egy.map((e) => e.id).sort(),
    'GET /stats/timeline?doc=': events.map((e) => e.date).sort(),
  };
}

/**
 * A client whose writes wait for permission: `advanceTo(n)` lets the writer make its first `n`
 * writes and resolves once they are done (or the writer finished with fewer).
 */
function gatedClient(): { client: DynamoDBClient; advanceTo(n: number): Promise<void>; finish(): void } {
  const client = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
  let allowed = 0;
  let started = 0;
  let completed = 0;
  let finished = false;
  let wake: (() => void)[] = [];
  const notify = () => {
    const waiting = wake;
    wake = [];
    for (const w of waiting) w();
  };
  const changed = () => new Promise<void>((resolve) => wake.push(resolve));
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!WRITES.has(String(context.commandName))) return next(args);
      while (started >= allowed) await changed();
      started += 1;
      try {
        return await next(args);
      } finally {
        completed += 1;
        notify();
      }
    },
    { step: 'initialize', name: 'gateWrites' },
  );
  return {
    client,
    async advanceTo(n) {
      allowed = Math.max(allowed, n);
      notify();
      while (completed < n && !finished) await changed();
    },
    finish() {
      finished = true;
      notify();
    },
  };
}

/** Stores version `sequencer` of the test document through a store on `client`. */
function putVersion(
  table: string,
  sequencer: string,
  events: EventRecord[],
  client: DynamoDBClient = dynamo.client,
  options: DynamoEventStoreOptions = {},
  published = '2024-02-10',
) {
  return new DynamoEventStore(client, table, options).putDocument(
    { doc, sequencer, at },
    published,
    events,
    [],
  );
}

/** What is left of the test document with no switch hiding anything. */
function leftovers(table: string): Promise<string[]> {
  return allIds(new DynamoEventStore(dynamo.client, table, { switchGraceMs: -1 }), { doc });
}

/** A fresh table holding the old version and a bystander document; a reader store on it. */
async function tableWithOldVersion() {
  const table = await dynamo.createTable();
  const setup = new DynamoEventStore(dynamo.client, table);
  await setup.putDocument({ doc, sequencer: '01', at }, '2024-02-10', oldVersion, []);
  await setup.putDocument({ doc: bystander.doc, sequencer: '01', at }, '2024-02-10', [bystander], []);
  return table;
}

/** The key of the item a single-item write goes to. */
function keyOfWrite(input: unknown): string {
  const { Key, Item } = input as { Key?: { pk?: { S?: string } }; Item?: { pk?: { S?: string } } };
  return Key?.pk?.S ?? Item?.pk?.S ?? '';
}

/**
 * How many writes a change makes, and how many until its switch ended (the last write to the
 * switch registry; the counter updates after it change no event a reader sees), on an ungated run.
 */
async function writesOf(change: Change): Promise<{ all: number; untilSwitchEnded: number }> {
  const table = await tableWithOldVersion();
  const client = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
  let all = 0;
  let untilSwitchEnded = 0;
  client.middlewareStack.add(
    (next, context) => (args) => {
      if (WRITES.has(String(context.commandName))) {
        all += 1;
        if (keyOfWrite(args.input) === 'SWITCHES') untilSwitchEnded = all;
      }
      return next(args);
    },
    { step: 'initialize', name: 'countWrites' },
  );
  await change.apply(new DynamoEventStore(client, table));
  client.destroy();
  return { all, untilSwitchEnded };
}

describe('a replaced document as readers see it', () => {
  it.each(changes)('shows exactly the old or the new events after every write of $name', async (change) => {
    const { all: steps } = await writesOf(change);
    expect(steps).toBeGreaterThan(3);
    const table = await tableWithOldVersion();
    const reader = new DynamoEventStore(dynamo.client, table);
    const gate = gatedClient();
    const writing = change.apply(new DynamoEventStore(gate.client, table)).finally(() => gate.finish());
    const before = viewOf(oldVersion);
    const after = viewOf(change.after);
    const seen = new Set<string>();
    for (let step = 0; step <= steps; step++) {
      await gate.advanceTo(step);
      for (const { name, read } of readers) {
        const shown = await read(reader);
        const version = JSON.stringify(shown) === JSON.stringify(before[name]) ? 'old' : 'new';
        expect(shown, `${name} after write ${step} of ${steps}`).toEqual(
          version === 'old' ? before[name] : after[name],
        );
        seen.add(version);
      }
      // The bystander is never affected.
      expect((await reader.queryEvents({ doc: bystander.doc }, 10, null)).items).toEqual([bystander]);
    }
    await writing;
    gate.client.destroy();
    expect([...seen].sort()).toEqual(['new', 'old']);
  });

  it.each([replacement, sameCountsEdit, movedYears])(
    'shows exactly the old or the new events when $name lands in the middle of a page',
    async (change) => {
      const { untilSwitchEnded: steps } = await writesOf(change);
      expect(steps).toBeGreaterThan(3);
      const before = viewOf(oldVersion)['GET /events?doc='];
      const after = viewOf(change.after)['GET /events?doc='];
      const shown: string[] = [];
      // The writer stands at write `from` while the reader reads its postings, then moves on to write
      // `to` before the reader judges them: the next write, or the end of the change.
      // The page reads the document's year buckets (two or three) and reads them again when it
      // finds the document switching: the writer moves after one of the reader's first four Queries.
      for (let from = 0; from <= steps; from++) {
        for (const [to, afterQuery] of [
          [Math.min(from + 1, steps), 1],
          [steps, 0],
          [steps, 1],
          [steps, 2],
          [steps, 3],
          [steps, 4],
        ] as const) {
          const table = await tableWithOldVersion();
          const gate = gatedClient();
          const writing = change.apply(new DynamoEventStore(gate.client, table)).finally(() => gate.finish());
          await gate.advanceTo(from);
          const readerClient = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
          let postingQueries = 0;
          readerClient.middlewareStack.add(
            (next, context) => async (args) => {
              const out = await next(args);
              const pk = (args.input as { ExpressionAttributeValues?: { ':pk'?: { S?: string } } })
                .ExpressionAttributeValues?.[':pk']?.S;
              // Query 0 is the year index, read before any posting.
              if (context.commandName === 'QueryCommand' && pk?.startsWith('Y#doc=') && afterQuery === 0) {
                await gate.advanceTo(to);
              }
              if (context.commandName === 'QueryCommand' && pk?.startsWith('F#')) {
                postingQueries += 1;
                if (postingQueries === afterQuery) await gate.advanceTo(to);
              }
              return out;
            },
            { step: 'initialize', name: 'writerMovesDuringThePage' },
          );
          const page = await new DynamoEventStore(readerClient, table).queryEvents({ doc }, 100, null);
          const ids = page.items.map((e) => e.id).sort();
          const same = (a: string[] | undefined) => JSON.stringify(ids) === JSON.stringify(a);
          shown.push(
            same(before)
              ? 'old'
              : same(after)
                ? 'new'
                : `write ${from} to ${to} after query ${afterQuery}: ${ids}`,
          );
          await gate.advanceTo(Number.POSITIVE_INFINITY);
          await writing;
          readerClient.destroy();
          gate.client.destroy();
        }
      }
      expect(shown.length).toBeGreaterThan(steps);
      expect(shown.filter((s) => s !== 'old' && s !== 'new')).toEqual([]);
      expect(new Set(shown)).toEqual(new Set(['old', 'new']));
    },
  );
});

describe('a replacement that does not finish', () => {
  /** A client that dies at the switch: every new event is written, the document item is not. */
  function crashingAtTheSwitch(): DynamoDBClient {
    const client = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
    client.middlewareStack.add(
      (next, context) => (args) => {
        const item = (args.input as { Item?: { sk?: { S?: string } } }).Item;
        if (
          context.commandName === 'PutItemCommand' &&
          keyOfWrite(args.input) === `DOC#${doc}` &&
          item?.sk?.S === 'DOC'
        ) {
          throw new Error('crash at the switch');
        }
        return next(args);
      },
      { step: 'initialize', name: 'crash' },
    );
    return client;
  }

  async function switchRegistry(table: string) {
    const out = await dynamo.client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: 'SWITCHES' }, sk: { S: 'SWITCHES' } } }),
    );
    return { switching: out.Item?.m?.SS ?? [], ended: out.Item?.e?.SS ?? [] };
  }

  it('keeps a crashed writer’s half-written events hidden until its retry finishes', async () => {
    const table = await tableWithOldVersion();
    const reader = new DynamoEventStore(dynamo.client, table);
    const replace = (client: DynamoDBClient) => putVersion(table, '02', newVersion, client);
    await expect(replace(crashingAtTheSwitch())).rejects.toThrow('crash at the switch');
    expect(await allIds(reader, { doc })).toEqual(viewOf(oldVersion)['GET /events?doc=']);
    expect((await switchRegistry(table)).switching).toHaveLength(1);

    await replace(dynamo.client);
    expect(await allIds(reader, { doc })).toEqual(viewOf(newVersion)['GET /events?doc=']);
    expect((await switchRegistry(table)).switching).toEqual([]);
  });

  it('removes the events of a crashed replacement that a newer version overtook', async () => {
    const table = await tableWithOldVersion();
    const reader = new DynamoEventStore(dynamo.client, table);
    const replace = (client: DynamoDBClient) => putVersion(table, '02', newVersion, client);
    await expect(replace(crashingAtTheSwitch())).rejects.toThrow('crash at the switch');
    const newest = [makeEvent({ doc, date: '2024-02-09', source: 'FRA', target: 'DEU', code: '042' })];
    await putVersion(table, '03', newest);
    // The crashed message is delivered again and finds itself stale. The object changed meanwhile,
    // so it codes other events than it wrote: what it wrote is found by its writer tag.
    const recoded = [makeEvent({ doc, date: '2024-02-08', source: 'ITA', target: 'ESP', code: '043' })];
    expect(await putVersion(table, '02', recoded)).toBe('stale');
    expect((await switchRegistry(table)).switching).toEqual([]);
    // Read with the switch forgotten, so nothing is hidden: only the newest version's events are left.
    expect(await leftovers(table)).toEqual(newest.map((e) => e.id));
    expect(await allIds(reader, { doc })).toEqual(newest.map((e) => e.id));
  });

  it('deletes every old posting when the writer dies while deleting them, once retried', async () => {
    const table = await tableWithOldVersion();
    // Dies at the second BatchWriteItem that deletes: the chunks sent beside it still land.
    const client = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
    let deleting = 0;
    client.middlewareStack.add(
      (next, context) => (args) => {
        const input = args.input as { RequestItems?: Record<string, { DeleteRequest?: unknown }[]> };
        const deletes =
          context.commandName === 'BatchWriteItemCommand' &&
          Object.values(input.RequestItems ?? {}).some((r) => r.some((w) => w.DeleteRequest));
        if (deletes && ++deleting === 2) throw new Error('crash while deleting');
        return next(args);
      },
      { step: 'initialize', name: 'crash' },
    );
    const replace = (store: DynamoEventStore) =>
      store.putDocument({ doc, sequencer: '02', at }, '2024-02-10', newVersion, []);
    await expect(replace(new DynamoEventStore(client, table))).rejects.toThrow('crash while deleting');
    await replace(new DynamoEventStore(dynamo.client, table));
    // Nothing hidden, nothing left: every posting in every partition belongs to the new version.
    const forgetful = new DynamoEventStore(dynamo.client, table, { switchGraceMs: -1 });
    for (const filters of [
      { doc },
      { actor: 'USAGOV' },
      { actor: 'ISRMIL' },
      { root: '16' },
      { root: '19' },
    ]) {
      const shown = await allIds(forgetful, filters);
      expect(
        shown.every((id) => newVersion.some((e) => e.id === id)),
        JSON.stringify(filters),
      ).toBe(true);
    }
    expect(await allIds(forgetful, { doc })).toEqual(viewOf(newVersion)['GET /events?doc=']);
  });

  it('removes what a crashed attempt wrote when its retry codes a changed object', async () => {
    const table = await tableWithOldVersion();
    await expect(putVersion(table, '02', newVersion, crashingAtTheSwitch())).rejects.toThrow(
      'crash at the switch',
    );
    // The same message again, but the object was overwritten meanwhile: other events, same sequencer.
    const recoded = [makeEvent({ doc, date: '2024-02-08', source: 'ITA', target: 'ESP', code: '043' })];
    expect(await putVersion(table, '02', recoded)).toBe('applied');
    expect((await switchRegistry(table)).switching).toEqual([]);
    expect(await leftovers(table)).toEqual(recoded.map((e) => e.id));
  });

  /** A fresh table where the document's first version (sequencer 02) died at the switch. */
  async function tableWithCrashedFirstVersion() {
    const table = await dynamo.createTable();
    const first = [makeEvent({ doc, date: '2024-02-05', source: 'FRA', target: 'MLI', code: '190' })];
    await expect(putVersion(table, '02', first, crashingAtTheSwitch())).rejects.toThrow(
      'crash at the switch',
    );
    return { table, first };
  }

  it('removes what a crashed first version wrote when its retry codes a changed object', async () => {
    const { table } = await tableWithCrashedFirstVersion();
    const recoded = [makeEvent({ doc, date: '2024-02-06', source: 'FRA', target: 'NER', code: '042' })];
    expect(await putVersion(table, '02', recoded)).toBe('applied');
    expect(await leftovers(table)).toEqual(recoded.map((e) => e.id));
  });

  it('removes what a crashed attempt wrote when its retry finds the object gone', async () => {
    const table = await tableWithOldVersion();
    await expect(putVersion(table, '02', newVersion, crashingAtTheSwitch())).rejects.toThrow(
      'crash at the switch',
    );
    await new DynamoEventStore(dynamo.client, table).abandonDocument({ doc, sequencer: '02', at });
    expect((await switchRegistry(table)).switching).toEqual([]);
    // The committed version is untouched; the removal notification will settle the rest.
    expect(await leftovers(table)).toEqual(viewOf(oldVersion)['GET /events?doc=']);
  });

  it('removes what a crashed first version wrote once a newer version overtook it', async () => {
    const { table, first } = await tableWithCrashedFirstVersion();
    const newer = [makeEvent({ doc, date: '2024-02-06', source: 'FRA', target: 'NER', code: '042' })];
    await putVersion(table, '03', newer);
    expect(await putVersion(table, '02', first)).toBe('stale');
    expect(await leftovers(table)).toEqual(newer.map((e) => e.id));
  });

  it('sweeps a writer that died and was never retried when a later version settles', async () => {
    let now = Date.parse('2024-03-01T00:00:00Z');
    const table = await tableWithOldVersion();
    const reader = new DynamoEventStore(dynamo.client, table);
    await expect(
      putVersion(table, '02', newVersion, crashingAtTheSwitch(), { now: () => now }),
    ).rejects.toThrow('crash at the switch');
    // Its message went to the dead-letter queue. Much later the file is uploaded again.
    now += 10 * 60_000;
    const later = [makeEvent({ doc, date: '2024-02-11', source: 'KEN', target: 'SOM', code: '036' })];
    await putVersion(table, '03', later, dynamo.client, { now: () => now }, '2024-02-12');
    expect((await switchRegistry(table)).switching).toEqual([]);
    expect(await leftovers(table)).toEqual(later.map((e) => e.id));
    expect(await allIds(reader, { doc })).toEqual(later.map((e) => e.id));
  });

  it('leaves a writer of an older version alone while it may still be running', async () => {
    const now = Date.parse('2024-03-01T00:00:00Z');
    const table = await tableWithOldVersion();
    await expect(
      putVersion(table, '02', newVersion, crashingAtTheSwitch(), { now: () => now }),
    ).rejects.toThrow('crash at the switch');
    const later = [makeEvent({ doc, date: '2024-02-11', source: 'KEN', target: 'SOM', code: '036' })];
    await putVersion(table, '03', later, dynamo.client, { now: () => now + 1_000 }, '2024-02-12');
    // Named a second ago: it may be alive, so its name (which hides its events) stays.
    expect((await switchRegistry(table)).switching).toEqual([expect.stringMatching(/ desk\/replaced\.txt$/)]);
    expect(await allIds(new DynamoEventStore(dynamo.client, table), { doc })).toEqual(later.map((e) => e.id));
  });

  it('forgets ended switches after the grace, at the next replacement', async () => {
    let now = Date.parse('2024-03-01T00:00:00Z');
    const table = await tableWithOldVersion();
    const store = new DynamoEventStore(dynamo.client, table, { now: () => now });
    await store.putDocument({ doc, sequencer: '02', at }, '2024-02-10', newVersion, []);
    expect(await switchRegistry(table)).toEqual({ switching: [], ended: [expect.stringContaining(doc)] });
    now += 16_000;
    await store.putDocument({ doc, sequencer: '03', at }, '2024-02-10', oldVersion, []);
    expect((await switchRegistry(table)).ended).toEqual([expect.stringMatching(/ 0*3 desk\/replaced\.txt$/)]);
  });
});
