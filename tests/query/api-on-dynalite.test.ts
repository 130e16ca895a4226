/**
 * The query API over the real store on dynalite: every route answers from Query / GetItem /
 * BatchGetItem only (never a Scan), and every read reports the capacity it consumed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryApp } from '../../lambdas/query/app';
import { type CapacityReport, DynamoEventStore } from '../../lambdas/store/event-store';
import { makeEvent } from '../fixtures/events';
import { type LocalDynamo, startDynalite } from '../store/dynalite';

let dynamo: LocalDynamo;
let app: ReturnType<typeof createQueryApp>;
const reports: CapacityReport[] = [];

const meeting = makeEvent({
  doc: 'in/cairo.txt',
  date: '2024-02-06',
  source: 'EGYGOV',
  target: 'USAGOV',
  code: '040',
});
const strike = makeEvent({
  doc: 'in/cairo.txt',
  date: '2024-02-07',
  source: 'USAMIL',
  target: 'IRN',
  code: '190',
});
const protest = makeEvent({
  doc: 'in/b.txt',
  date: '2023-11-02',
  source: 'USAGOV',
  target: 'IRNGOV',
  code: '190',
});

beforeAll(async () => {
  dynamo = await startDynalite();
  const tableName = await dynamo.createTable();
  const store = new DynamoEventStore(dynamo.client, tableName, {
    onConsumedCapacity: (r) => reports.push(r),
  });
  const at = '2024-03-01T00:00:00.000Z';
  await store.putDocument({ doc: 'in/cairo.txt', sequencer: '01', at }, '2024-02-07', [meeting, strike], []);
  await store.putDocument({ doc: 'in/b.txt', sequencer: '01', at }, '2023-11-02', [protest], []);
  await store.failDocument(
    { doc: 'in/bad.bin', sequencer: '01', at },
    { code: 'BINARY', message: 'not text' },
  );
  app = createQueryApp({
    store,
    logger: {
      error: (_m, extra) => {
        throw extra.error;
      },
    },
  });
});

afterAll(async () => {
  await dynamo?.close();
});

async function json(path: string) {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.json() as Promise<Record<string, unknown>>;
}

describe('the API on DynamoDB', () => {
  it('answers combined filters from composite partitions', async () => {
    expect(await json('/events?actor=USA&root=19')).toEqual({ events: [strike, protest], cursor: null });
    expect(await json('/events?source=USA&target=IRN&from=2024-01-01')).toEqual({
      events: [strike],
      cursor: null,
    });
    expect(await json('/events?source=USAGOV&code=190')).toEqual({ events: [protest], cursor: null });
  });

  it('pages events with a cursor', async () => {
    const first = await json('/events?actor=USA&limit=2');
    expect((first.events as unknown[]).length).toBe(2);
    const second = await json(`/events?actor=USA&limit=2&cursor=${encodeURIComponent(String(first.cursor))}`);
    expect(second).toEqual({ events: [protest], cursor: null });
  });

  it('answers a cursor from another query with a 400 that says so once', async () => {
    const first = await json('/events?actor=USA&limit=2');
    const res = await app.request(
      `/events?actor=IRN&limit=2&cursor=${encodeURIComponent(String(first.cursor))}`,
    );
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toBe('Invalid parameter(s): cursor. cursor belongs to another query');
  });

  it('counts a timeline from day counters and from postings alike', async () => {
    expect(await json('/stats/timeline?actor=USA&root=19&interval=month')).toEqual({
      buckets: [
        { date: '2023-11-01', count: 1 },
        { date: '2024-02-01', count: 1 },
      ],
    });
    // doc has no counters: its postings are counted.
    expect(await json('/stats/timeline?doc=in%2Fcairo.txt')).toEqual({
      buckets: [
        { date: '2024-02-06', count: 1 },
        { date: '2024-02-07', count: 1 },
      ],
    });
  });

  it('lists actors by code and by name prefix with exact counts', async () => {
    expect(await json('/actors?prefix=usa')).toEqual({
      actors: [
        { code: 'USA', name: null, events: 3 },
        { code: 'USAGOV', name: null, events: 2 },
        { code: 'USAMIL', name: null, events: 1 },
      ],
      cursor: null,
    });
    const first = await json('/actors?prefix=IRN&limit=1');
    expect(first.actors).toEqual([{ code: 'IRN', name: null, events: 2 }]);
    const next = await json(`/actors?prefix=IRN&limit=1&cursor=${encodeURIComponent(String(first.cursor))}`);
    expect(next).toEqual({ actors: [{ code: 'IRNGOV', name: null, events: 1 }], cursor: null });
    expect(await json('/actors?name=egy')).toEqual({
      actors: [{ code: 'EGYGOV', name: 'EGYGOV', events: 1 }],
      cursor: null,
    });
  });

  it('serves single records and document listings', async () => {
    expect(await json(`/events/${meeting.id}`)).toEqual(meeting);
    expect(await json('/documents/in%2Fbad.bin')).toMatchObject({ status: 'FAILED' });
    expect(((await json('/documents?status=PARSED')).documents as unknown[]).length).toBe(2);
    expect(await json('/openapi.json')).toHaveProperty('paths./actors');
  });

  // Last on purpose: every route above has gone through the recording middleware.
  it('never sends a Scan and reports what every read consumed', () => {
    expect(dynamo.commands).not.toContain('ScanCommand');
    const reads = dynamo.commands.filter(
      (c) => !/^(Put|Update|BatchWrite|Delete|CreateTable|DescribeTable)/.test(c),
    );
    expect(reads).toContain('QueryCommand');
    for (const read of reads)
      expect(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand']).toContain(read);
    expect(reports.length).toBeGreaterThan(20);
    for (const report of reports) {
      expect(report.capacityUnits, report.operation).toEqual(expect.any(Number));
    }
  });
});
