/**
 * At-least-once delivery under faults (issue 5): the same 500 generated articles, with the same
 * overwrites and deletes, go through two fresh local stacks. The first runs fault-free; the second
 * fails 10% of S3 and DynamoDB attempts, answers some DynamoDB batches partially, delivers 10% of
 * notifications twice and ~5% out of order. Both must end in the same table: every event id and
 * content, every document status, the timeline, and nothing dead-lettered.
 *
 * Reads go through a DynamoEventStore on its own fault-free client, so the faults only hit the
 * pipeline, never the comparison.
 */
import { readFile } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type NotificationStats,
  type RandomFaultPlan,
  randomFaultPlan,
  seededRandom,
} from '../../infra/local/fault-injector';
import { LOCAL_TABLE, type LocalStack } from '../../infra/local/local-stack';
import { makeDynamoClient, makeS3Client } from '../../lambdas/aws/clients';
import { codeDocument, DocumentError, decodeArticle } from '../../lambdas/core';
import type { EventRecord } from '../../lambdas/core/types';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import type { TimelineBucket } from '../../lambdas/store/types';
import { deleteArticle, makeTempDir, putArticle, removeDir, startTestStack } from './local-stack-fixture';

const DOCUMENTS = 500;
const SEED = 20240207;
const FAULT_RATE = 0.1;
const DUPLICATE_RATE = 0.1;
const REORDER_SHARE = 0.05;
/** Uploads in flight at once: a bulk drop, without flooding s3rver. */
const UPLOAD_CONCURRENCY = 8;

// ---- a reproducible corpus --------------------------------------------------------------------

/** Actors the dictionaries know in 2023-2024 (leaders with their titles, states, an organisation). */
const ACTORS = [
  'Egyptian President Abdel Fattah al-Sisi',
  'US Secretary of State Antony Blinken',
  'French President Emmanuel Macron',
  'German Chancellor Olaf Scholz',
  'Japanese Prime Minister Fumio Kishida',
  'Turkish President Recep Tayyip Erdogan',
  'Russian President Vladimir Putin',
  'Indian Prime Minister Narendra Modi',
  'Chinese President Xi Jinping',
  'Ukrainian President Volodymyr Zelensky',
  'Israeli Prime Minister Benjamin Netanyahu',
  'Brazilian President Luiz Inacio Lula da Silva',
  'Iran',
  'Saudi Arabia',
  'Qatar',
  'Jordan',
  'the United Nations',
];
const ACTIONS = [
  'met with',
  'held talks with',
  'condemned',
  'accused',
  'signed a trade agreement with',
  'praised',
  'criticised',
  'visited',
  'threatened',
  'called on',
];
const WHEN = ['', ' on Tuesday', ' on Monday', ' last week', ' yesterday', ' on March 3'];
const WHERE = ['', ' in Cairo', ' in Paris', ' in Tokyo', ' in Ankara', ' in Doha'];
const NOISE = [
  'Most Popular',
  'Read more: the week in pictures.',
  'Prices rose sharply as markets reacted to the news.',
  'The spokesperson said the talks were constructive.',
  'Egyptian President Abdel Fattah al-Sisi did not meet Israeli Prime Minister Benjamin Netanyahu.',
  'Photo: a delegation arrives at the airport (Reuters).',
];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

function day(random: Random): string {
  const start = Date.UTC(2023, 0, 1);
  const offset = Math.floor(random() * 730);
  return new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
}

function eventSentence(random: Random): string {
  const source = pick(random, ACTORS);
  let target = pick(random, ACTORS);
  while (target === source) target = pick(random, ACTORS);
  return `${source} ${pick(random, ACTIONS)} ${target}${pick(random, WHERE)}${pick(random, WHEN)}.`;
}

/**
 * An article in the input format. Mostly plain prose with events and page noise; some HTML, some
 * with no events at all, and a few that must fail (an impossible date, whitespace only), so every
 * status is exercised.
 */
function article(random: Random): string {
  const kind = random();
  if (kind < 0.02) return ` date ${day(random).slice(0, 8)}31 ${eventSentence(random)}`; // BAD_DATE, mostly
  if (kind < 0.03) return ' \n\t \r\n ';
  const sentences: string[] = [];
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i++) {
    sentences.push(random() < 0.75 ? eventSentence(random) : pick(random, NOISE));
  }
  if (kind < 0.08) sentences.splice(0, sentences.length, pick(random, NOISE), pick(random, NOISE));
  const body =
    kind > 0.85
      ? `<div class="story"><h1>${pick(random, NOISE)}</h1>${sentences.map((s) => `<p>${s.replace(/ /, '&nbsp;')}</p>`).join('')}</div>`
      : sentences.join(random() < 0.5 ? ' ' : '\n\n');
  return ` date ${day(random)} ${body}`;
}

/** Some keys carry what S3 encodes specially in notifications: spaces, "+", "%", non-Latin. */
function keyFor(i: number, random: Random): string {
  const id = String(i).padStart(4, '0');
  const flavour = random();
  if (flavour < 0.04) return `gen/${id} talks+100% القاهرة.txt`;
  if (flavour < 0.08) return `gen/${id} Zürich – summit.txt`;
  return `gen/${id}.txt`;
}

type Operation = { put: string } | { delete: true };

interface Workload {
  keys: string[];
  operations: Map<string, Operation[]>;
  notifications: number;
}

/** Every key is put once; ~5% are overwritten with a second version and ~5% deleted afterwards. */
function workload(): Workload {
  const random = seededRandom(SEED);
  const keys: string[] = [];
  const operations = new Map<string, Operation[]>();
  let notifications = 0;
  for (let i = 0; i < DOCUMENTS; i++) {
    const key = keyFor(i, random);
    const ops: Operation[] = [{ put: article(random) }];
    if (random() < 0.05) ops.push({ put: article(random) });
    if (random() < 0.05) ops.push({ delete: true });
    keys.push(key);
    operations.set(key, ops);
    notifications += ops.length;
  }
  return { keys, operations, notifications };
}

const WORK = workload();

/** Runs every key's operations in order, many keys at once, through the S3 API. */
async function upload(s3: S3Client): Promise<void> {
  const queue = [...WORK.keys];
  const worker = async () => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      for (const op of WORK.operations.get(key) ?? []) {
        if ('put' in op) await putArticle(s3, key, op.put);
        else await deleteArticle(s3, key);
      }
    }
  };
  await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, worker));
}

// ---- the state a run ends in ------------------------------------------------------------------

interface DocumentState {
  status: string;
  published: string | null;
  events: number;
  error: { code: string; message: string } | null;
  warnings: string[];
}

interface Snapshot {
  /** Every event reachable from the unfiltered listing, by id. */
  events: Map<string, EventRecord>;
  /** Every event reachable from each document's listing, by id. */
  eventsByDoc: Map<string, EventRecord>;
  documents: Map<string, DocumentState | null>;
  timeline: TimelineBucket[];
  deadLetters: string[];
}

async function pages(
  store: DynamoEventStore,
  filters: Parameters<DynamoEventStore['queryEvents']>[0],
): Promise<EventRecord[]> {
  const all: EventRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.queryEvents(filters, 500, cursor);
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== null);
  return all;
}

async function snapshot(stack: LocalStack): Promise<Snapshot> {
  const client = makeDynamoClient({ dynamodbEndpoint: stack.dynamoEndpoint });
  const store = new DynamoEventStore(client, LOCAL_TABLE);
  try {
    const events = new Map((await pages(store, {})).map((event) => [event.id, event]));
    const eventsByDoc = new Map<string, EventRecord>();
    const documents = new Map<string, DocumentState | null>();
    for (const key of WORK.keys) {
      for (const event of await pages(store, { doc: key })) eventsByDoc.set(event.id, event);
      const record = await store.getDocument(key);
      // updatedAt is when the change happened, so it differs between runs by design.
      documents.set(
        key,
        record && {
          status: record.status,
          published: record.published,
          events: record.events,
          error: record.error,
          warnings: record.warnings,
        },
      );
    }
    const timeline = await store.timeline({}, 'day');
    const text = await readFile(stack.deadLetterFile, 'utf8').catch(() => '');
    return { events, eventsByDoc, documents, timeline, deadLetters: text.split('\n').filter(Boolean) };
  } finally {
    client.destroy();
  }
}

interface RunReport {
  snapshot: Snapshot;
  ms: number;
  queueRetries: number;
  notifications?: NotificationStats;
}

async function run(faulty: { s3: RandomFaultPlan; dynamodb: RandomFaultPlan } | null): Promise<RunReport> {
  const dataDir = await makeTempDir(faulty ? 'faults' : 'fault-free');
  let queueRetries = 0;
  const holdable = [...WORK.operations.values()].reduce((sum, ops) => sum + ops.length - 1, 0);
  const stack = await startTestStack(dataDir, {
    fresh: true,
    // Generous receives and short delays: transient faults must be outlasted, quickly.
    queue: {
      maxReceiveCount: 10,
      retryDelayMs: 20,
      batchWindowMs: 10,
      onRetry: () => {
        queueRetries++;
      },
    },
    ...(faulty
      ? {
          faults: {
            s3: faulty.s3,
            dynamodb: faulty.dynamodb,
            notifications: {
              seed: SEED + 3,
              duplicateRate: DUPLICATE_RATE,
              // Only a notification with a later one for its key can be overtaken; scale the rate so
              // that REORDER_SHARE of all notifications end up out of order.
              reorderRate: Math.min(1, (REORDER_SHARE * WORK.notifications) / holdable),
              canHold: (key, nth) => nth < (WORK.operations.get(key)?.length ?? 0) - 1,
              maxHoldMs: 5_000,
            },
          },
        }
      : {}),
  });
  const s3 = makeS3Client({ s3Endpoint: stack.s3Endpoint });
  try {
    const started = performance.now();
    await upload(s3);
    await stack.idle();
    const ms = performance.now() - started;
    return {
      snapshot: await snapshot(stack),
      ms,
      queueRetries,
      ...(stack.notifications ? { notifications: { ...stack.notifications.stats } } : {}),
    };
  } finally {
    s3.destroy();
    await stack.stop();
    await removeDir(dataDir);
  }
}

/** The events the core codes from each key's final content: what a perfect pipeline stores. */
function expectedEvents(): Map<string, EventRecord> {
  const expected = new Map<string, EventRecord>();
  for (const key of WORK.keys) {
    const last = WORK.operations.get(key)?.at(-1);
    if (!last || !('put' in last)) continue;
    try {
      const coded = codeDocument(decodeArticle(new TextEncoder().encode(last.put)), { doc: key });
      for (const event of coded.events) expected.set(event.id, event);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
    }
  }
  return expected;
}

/** Ids missing, extra or different: a readable failure instead of a 3,000-event diff. */
function differences(actual: Map<string, EventRecord>, expected: Map<string, EventRecord>) {
  const missing = [...expected.keys()].filter((id) => !actual.has(id));
  const extra = [...actual.keys()].filter((id) => !expected.has(id));
  const changed = [...expected.keys()].filter(
    (id) => actual.has(id) && JSON.stringify(actual.get(id)) !== JSON.stringify(expected.get(id)),
  );
  const docsOf = (ids: string[], from: Map<string, EventRecord>) => [
    ...new Set(ids.map((id) => from.get(id)?.doc)),
  ];
  return {
    missing: missing.map((id) => `${id} (${expected.get(id)?.doc})`),
    extra: extra.map((id) => `${id} (${actual.get(id)?.doc})`),
    changed: changed.map((id) => `${id} (${expected.get(id)?.doc})`),
    docs: [
      ...new Set([...docsOf(missing, expected), ...docsOf(extra, actual), ...docsOf(changed, expected)]),
    ],
  };
}

const NO_DIFFERENCES = { missing: [], extra: [], changed: [], docs: [] };

let clean: RunReport;
let faulty: RunReport;
let plans: { s3: RandomFaultPlan; dynamodb: RandomFaultPlan };

beforeAll(async () => {
  clean = await run(null);
  plans = {
    s3: randomFaultPlan({ seed: SEED + 1, rate: FAULT_RATE }),
    dynamodb: randomFaultPlan({ seed: SEED + 2, rate: FAULT_RATE, partialBatchRate: FAULT_RATE }),
  };
  faulty = await run(plans);
  const statuses = (snap: Snapshot) =>
    [...snap.documents.values()].reduce<Record<string, number>>((counts, doc) => {
      const status = doc?.status ?? 'MISSING';
      counts[status] = (counts[status] ?? 0) + 1;
      return counts;
    }, {});
  console.log(
    [
      `fault-injection: ${DOCUMENTS} documents, ${WORK.notifications} S3 changes`,
      `fault-free run: ${(clean.ms / 1000).toFixed(1)} s, ${clean.snapshot.events.size} events, ` +
        `statuses ${JSON.stringify(statuses(clean.snapshot))}`,
      `faulty run:     ${(faulty.ms / 1000).toFixed(1)} s, ${faulty.snapshot.events.size} events, ` +
        `statuses ${JSON.stringify(statuses(faulty.snapshot))}, queue retries ${faulty.queueRetries}`,
      `S3 faults: ${plans.s3.stats.faults} of ${plans.s3.stats.attempts} attempts ${JSON.stringify(plans.s3.stats.byKind)}`,
      `DynamoDB faults: ${plans.dynamodb.stats.faults} of ${plans.dynamodb.stats.attempts} attempts ` +
        `${JSON.stringify(plans.dynamodb.stats.byKind)}, partial batches ${plans.dynamodb.stats.partialBatches}`,
      `notifications: ${JSON.stringify(faulty.notifications)}`,
    ].join('\n'),
  );
}, 300_000);

describe('the local pipeline under faults and at-least-once delivery', () => {
  it('codes the fault-free run exactly as the core codes each key’s final content', () => {
    expect(differences(clean.snapshot.events, expectedEvents())).toEqual(NO_DIFFERENCES);
    // The corpus is worth comparing: thousands of events, and every status.
    expect(clean.snapshot.events.size).toBeGreaterThan(DOCUMENTS);
    const statuses = new Set([...clean.snapshot.documents.values()].map((doc) => doc?.status));
    expect(statuses).toEqual(new Set(['PARSED', 'FAILED', 'DELETED']));
  });

  it('actually injected every kind of fault', () => {
    for (const plan of [plans.s3, plans.dynamodb]) {
      expect(plan.stats.faults / plan.stats.attempts).toBeGreaterThan(FAULT_RATE / 2);
    }
    expect(plans.dynamodb.stats.partialBatches).toBeGreaterThan(0);
    expect(faulty.notifications?.duplicated).toBeGreaterThan(WORK.notifications * DUPLICATE_RATE * 0.5);
    expect(faulty.notifications?.reordered).toBeGreaterThan(WORK.notifications * REORDER_SHARE * 0.5);
  });

  it('ends with the same events, id for id and field for field, as the fault-free run', () => {
    expect(differences(faulty.snapshot.events, clean.snapshot.events)).toEqual(NO_DIFFERENCES);
    expect(differences(faulty.snapshot.eventsByDoc, clean.snapshot.eventsByDoc)).toEqual(NO_DIFFERENCES);
  });

  it('lists the same events by document as in the unfiltered listing', () => {
    for (const snap of [clean.snapshot, faulty.snapshot]) {
      expect(differences(snap.eventsByDoc, snap.events)).toEqual(NO_DIFFERENCES);
    }
  });

  it('ends with every document status, count and error the fault-free run has', () => {
    const mismatched = WORK.keys.filter(
      (key) =>
        JSON.stringify(faulty.snapshot.documents.get(key)) !==
        JSON.stringify(clean.snapshot.documents.get(key)),
    );
    expect(
      mismatched.map((key) => ({
        key,
        faulty: faulty.snapshot.documents.get(key),
        clean: clean.snapshot.documents.get(key),
      })),
    ).toEqual([]);
    // A status's count is the number of events a reader finds for it.
    for (const snap of [clean.snapshot, faulty.snapshot]) {
      const perDoc = new Map<string, number>();
      for (const event of snap.eventsByDoc.values()) perDoc.set(event.doc, (perDoc.get(event.doc) ?? 0) + 1);
      for (const key of WORK.keys) expect(snap.documents.get(key)?.events, key).toBe(perDoc.get(key) ?? 0);
    }
  });

  it('ends with the same timeline counts as the fault-free run', () => {
    expect(faulty.snapshot.timeline).toEqual(clean.snapshot.timeline);
    const total = clean.snapshot.timeline.reduce((sum, bucket) => sum + bucket.count, 0);
    expect(total).toBe(clean.snapshot.events.size);
  });

  it('dead-letters nothing', () => {
    expect(clean.snapshot.deadLetters).toEqual([]);
    expect(faulty.snapshot.deadLetters).toEqual([]);
  });
});
