import type { AddressInfo } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDynamoClient } from '../../lambdas/aws/clients';
import type { EventRecord } from '../../lambdas/core/types';
import { createTableAndWait } from '../../lambdas/store/create-table';
import { decodeCursor, encodeCursor, queryHash } from '../../lambdas/store/cursor';
import { bucketDate, DynamoEventStore } from '../../lambdas/store/event-store';
import { type ChangeOrigin, type EventFilters, InvalidCursorError } from '../../lambdas/store/types';
import { makeEvent } from '../fixtures/events';

let server: ReturnType<typeof dynalite>;
let client: DynamoDBClient;
const commands: string[] = [];
let store: DynamoEventStore;
let tableCount = 0;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // One test adds a racing writer as middleware between requests.
  client = makeDynamoClient({ dynamodbEndpoint: `http://127.0.0.1:${port}`, cacheMiddleware: false });
  // Records every command the store sends, so the suite can prove it never Scans.
  client.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommandNames' },
  );
});

afterAll(async () => {
  client?.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  // A fresh table per test keeps the `all` facet free of other tests' events.
  tableCount += 1;
  const tableName = `events-${tableCount}`;
  await createTableAndWait(client, tableName);
  store = new DynamoEventStore(client, tableName);
});

function origin(doc: string, sequencer: string, at = '2024-03-01T10:00:00.000Z'): ChangeOrigin {
  return { doc, sequencer, at };
}

async function all(filters: EventFilters, limit = 500): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.queryEvents(filters, limit, cursor);
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== null);
  return out;
}

const ids = (events: EventRecord[]) => events.map((e) => e.id);

describe('DynamoEventStore queries', () => {
  const doc = 'articles/cairo.txt';
  const meeting = makeEvent({ doc, date: '2024-02-06', source: 'EGYGOV', target: 'USAGOV', code: '040' });
  const sanction = makeEvent({ doc, date: '2024-02-08', source: 'USAGOV', target: 'IRN', code: '163' });
  const statement = makeEvent({ doc, date: '2024-02-07', source: 'UNO', target: null, code: '0214' });
  const attack = makeEvent({
    doc: 'articles/other.txt',
    date: '2023-12-30',
    source: 'ISRMIL',
    target: 'LBN',
    code: '190',
  });

  beforeEach(async () => {
    expect(await store.putDocument(origin(doc, '0A'), '2024-02-08', [meeting, sanction, statement], [])).toBe(
      'applied',
    );
    await store.putDocument(origin('articles/other.txt', '01'), '2023-12-31', [attack], []);
  });

  it.each<[string, EventFilters, EventRecord[]]>([
    ['no filter: everything, newest first', {}, [sanction, statement, meeting, attack]],
    ['actor by country matches source or target', { actor: 'USA' }, [sanction, meeting]],
    ['actor by full code', { actor: 'EGYGOV' }, [meeting]],
    ['actor by org code', { actor: 'UNO' }, [statement]],
    ['source', { source: 'USA' }, [sanction]],
    ['target', { target: 'USAGOV' }, [meeting]],
    ['source and target together', { source: 'USAGOV', target: 'IRN' }, [sanction]],
    ['source that is only ever a target', { source: 'LBN' }, []],
    ['root', { root: '16' }, [sanction]],
    ['code as a 2-digit prefix', { code: '02' }, [statement]],
    ['code as a 3-digit prefix', { code: '021' }, [statement]],
    ['code as a full 4-digit code', { code: '0214' }, [statement]],
    ['code with a root that disagrees', { code: '040', root: '19' }, []],
    ['quadClass', { quadClass: 4 }, [sanction, attack]],
    ['quadClass with actor', { quadClass: 1, actor: 'USA' }, [meeting]],
    ['date range, inclusive', { from: '2024-02-06', to: '2024-02-07' }, [statement, meeting]],
    ['open-ended from', { from: '2024-02-07' }, [sanction, statement]],
    ['open-ended to across years', { to: '2024-02-06' }, [meeting, attack]],
    ['doc', { doc: 'articles/other.txt' }, [attack]],
    ['doc with actor', { doc, actor: 'IRN' }, [sanction]],
    ['unknown actor', { actor: 'FRA' }, []],
  ])('filters by %s', async (_name, filters, expected) => {
    const page = await store.queryEvents(filters, 100, null);
    expect(ids(page.items)).toEqual(ids(expected));
    expect(page.cursor).toBeNull();
  });

  it('returns full records and finds one by id', async () => {
    expect(await store.getEvent(statement.id)).toEqual(statement);
    expect(await store.getEvent('no-such-id')).toBeNull();
  });

  it('reports the document as PARSED with its event count', async () => {
    expect(await store.getDocument(doc)).toEqual({
      doc,
      status: 'PARSED',
      published: '2024-02-08',
      events: 3,
      error: null,
      warnings: [],
      updatedAt: '2024-03-01T10:00:00.000Z',
    });
    expect(await store.getDocument('nope')).toBeNull();
  });
});

describe('DynamoEventStore pagination', () => {
  // 3 events a year over 2021-2024, in two documents, so pages cross year buckets.
  const events = [2021, 2022, 2023, 2024].flatMap((year) =>
    ['03-01', '06-15', '11-30'].map((day, i) =>
      makeEvent({ doc: `articles/${i % 2}.txt`, date: `${year}-${day}`, source: 'FRAGOV', target: 'DEU' }),
    ),
  );

  beforeEach(async () => {
    await store.putDocument(
      origin('articles/0.txt', '01'),
      '2024-12-31',
      events.filter((e) => e.doc.endsWith('0.txt')),
      [],
    );
    await store.putDocument(
      origin('articles/1.txt', '01'),
      '2024-12-31',
      events.filter((e) => e.doc.endsWith('1.txt')),
      [],
    );
  });

  it.each([1, 2, 5, 12, 13])(
    'returns every event exactly once, newest first, with pages of %i',
    async (limit) => {
      const seen = await all({ actor: 'FRA' }, limit);
      const expected = [...events].sort((a, b) => (a.date < b.date ? 1 : -1));
      expect(ids(seen)).toEqual(ids(expected));
    },
  );

  it('pages through a date range spanning years', async () => {
    const seen = await all({ from: '2022-06-15', to: '2023-06-15' }, 2);
    expect(seen.map((e) => e.date)).toEqual(['2023-06-15', '2023-03-01', '2022-11-30', '2022-06-15']);
  });

  it('reads the year buckets of tables written before the one-item-per-year layout', async () => {
    const { DeleteItemCommand, PutItemCommand, QueryCommand } = await import('@aws-sdk/client-dynamodb');
    const tableName = `events-${tableCount}`;
    const pk = 'Y#actor=FRA';
    // A client of its own: the suite's records the store's commands, and this test edits the table.
    const { port } = server.address() as AddressInfo;
    const admin = makeDynamoClient({ dynamodbEndpoint: `http://127.0.0.1:${port}` });
    const buckets = await admin.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: pk } },
      }),
    );
    const years = (buckets.Items ?? []).map((item) => String(item.sk?.S).slice(2));
    expect(years.length).toBeGreaterThan(1);
    const before = await all({ actor: 'FRA' });
    // Rewrite the index as the older layout had it: one item, sk `Y`, the years as a number set.
    for (const year of years) {
      await admin.send(
        new DeleteItemCommand({ TableName: tableName, Key: { pk: { S: pk }, sk: { S: `Y#${year}` } } }),
      );
    }
    await admin.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { pk: { S: pk }, sk: { S: 'Y' }, years: { NS: years } },
      }),
    );
    admin.destroy();
    const after = await all({ actor: 'FRA' });
    expect(ids(after)).toEqual(ids(before));
    expect(after.length).toBeGreaterThan(0);
  });

  it('gives a cursor only while there is more to read', async () => {
    const page = await store.queryEvents({ target: 'DEU' }, 12, null);
    expect(page.items).toHaveLength(12);
    expect(page.cursor).toBeNull();
    const first = await store.queryEvents({ target: 'DEU' }, 11, null);
    expect(first.cursor).not.toBeNull();
  });

  it('rejects a tampered cursor', async () => {
    const { cursor } = await store.queryEvents({ actor: 'FRA' }, 2, null);
    expect(cursor).not.toBeNull();
    const tampered = `${(cursor as string).slice(0, -2)}xx`;
    await expect(store.queryEvents({ actor: 'FRA' }, 2, tampered)).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.queryEvents({ actor: 'FRA' }, 2, 'not a cursor!')).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(store.queryEvents({ actor: 'FRA' }, 2, '')).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.queryEvents({ actor: 'FRA' }, 2, 'x'.repeat(10_000))).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('rejects a cursor from another query', async () => {
    const { cursor } = await store.queryEvents({ actor: 'FRA' }, 2, null);
    await expect(store.queryEvents({ actor: 'DEU' }, 2, cursor)).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.queryEvents({}, 2, cursor)).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.listDocuments('PARSED', 2, cursor)).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('rejects a forged cursor that points outside the query, even with the right hash', async () => {
    const filters = { actor: 'FRA', from: '2023-01-01', to: '2023-12-31' };
    const q = queryHash('events', filters);
    for (const state of [
      { bucket: 2021, last: '2021-06-15#x' },
      { bucket: 2023, last: '2024-01-01#x' },
      { bucket: 2023, last: '2022-12-31#x' },
      { bucket: 2023, last: 'EVENT#x' },
      { last: '2023-06-15#x' },
    ]) {
      await expect(store.queryEvents(filters, 2, encodeCursor(q, state))).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    }
  });

  it('signs cursors when given a secret and rejects unsigned ones', async () => {
    const signed = new DynamoEventStore(client, `events-${tableCount}`, { cursorSecret: 'k' });
    const first = await signed.queryEvents({ actor: 'FRA' }, 5, null);
    const second = await signed.queryEvents({ actor: 'FRA' }, 5, first.cursor);
    expect(second.items).toHaveLength(5);
    const unsigned = encodeCursor(
      queryHash('events', { actor: 'FRA' }),
      decodeCursor(first.cursor ?? '', queryHash('events', { actor: 'FRA' }), 'k'),
    );
    await expect(signed.queryEvents({ actor: 'FRA' }, 5, unsigned)).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});

describe('DynamoEventStore writes', () => {
  const doc = 'articles/rewrite.txt';

  it('re-putting a document with fewer events removes the dropped ones and their postings', async () => {
    const keep = makeEvent({ doc, source: 'EGYGOV', target: 'USAGOV' });
    const drop = makeEvent({ doc, source: 'TURGOV', target: 'RUSGOV', code: '036', date: '2024-02-09' });
    await store.putDocument(origin(doc, '01'), '2024-02-09', [keep, drop], []);
    expect(ids(await all({ actor: 'TUR' }))).toEqual([drop.id]);

    expect(await store.putDocument(origin(doc, '02'), '2024-02-09', [keep], [])).toBe('applied');
    expect(await store.getEvent(drop.id)).toBeNull();
    for (const filters of [
      { actor: 'TUR' },
      { source: 'TURGOV' },
      { target: 'RUS' },
      { code: '036' },
      { root: '03' },
    ]) {
      expect(await all(filters)).toEqual([]);
    }
    expect(ids(await all({ doc }))).toEqual([keep.id]);
    expect((await store.getDocument(doc))?.events).toBe(1);
  });

  it('moves the postings of an event whose date changed between versions', async () => {
    const before = makeEvent({ doc, date: '2023-12-31' });
    const after = { ...before, date: '2024-01-02' };
    await store.putDocument(origin(doc, '01'), '2024-01-02', [before], []);
    await store.putDocument(origin(doc, '02'), '2024-01-02', [after], []);
    expect(await all({ to: '2023-12-31' })).toEqual([]);
    expect(await all({ actor: 'EGY' })).toEqual([after]);
  });

  it('stores a repeated event once and overwrites on redelivery', async () => {
    const event = makeEvent({ doc });
    await store.putDocument(origin(doc, '01'), '2024-02-06', [event, event], []);
    expect(await store.putDocument(origin(doc, '01'), '2024-02-06', [event], [])).toBe('applied');
    expect(ids(await all({}))).toEqual([event.id]);
  });

  it('ignores a notification older than the stored one, comparing sequencers of different lengths', async () => {
    const newer = makeEvent({ doc, source: 'EGYGOV' });
    const older = makeEvent({ doc, source: 'TURGOV' });
    // 0100 > FF numerically though not as unpadded strings.
    await store.putDocument(origin(doc, '0100'), '2024-02-06', [newer], ['newer']);
    expect(await store.putDocument(origin(doc, 'FF'), '2024-02-06', [older], [])).toBe('stale');
    expect(await store.failDocument(origin(doc, 'fe'), { code: 'EMPTY', message: 'x' })).toBe('stale');
    expect(await store.deleteDocument(origin(doc, '00ff'))).toBe('stale');
    expect(ids(await all({}))).toEqual([newer.id]);
    expect((await store.getDocument(doc))?.warnings).toEqual(['newer']);
  });

  it('a delete removes the events and marks the document DELETED; an older put cannot revive it', async () => {
    const event = makeEvent({ doc });
    await store.putDocument(origin(doc, '10'), '2024-02-06', [event], []);
    expect(await store.deleteDocument(origin(doc, '11', '2024-03-02T00:00:00.000Z'))).toBe('applied');
    expect(await all({})).toEqual([]);
    expect(await store.getEvent(event.id)).toBeNull();
    expect(await store.getDocument(doc)).toMatchObject({ status: 'DELETED', events: 0, error: null });
    expect(await store.putDocument(origin(doc, '10'), '2024-02-06', [event], [])).toBe('stale');
    expect(await all({})).toEqual([]);
    expect(await store.deleteDocument(origin(doc, '11'))).toBe('applied');
  });

  it('failDocument removes the previous version and records the reason', async () => {
    const event = makeEvent({ doc });
    await store.putDocument(origin(doc, '01'), '2024-02-06', [event], []);
    const error = { code: 'BINARY', message: 'the object is not text' };
    expect(await store.failDocument(origin(doc, '02'), error)).toBe('applied');
    expect(await all({})).toEqual([]);
    expect(await store.getDocument(doc)).toMatchObject({
      status: 'FAILED',
      events: 0,
      error,
      published: null,
    });
    // A fixed upload afterwards parses again.
    expect(await store.putDocument(origin(doc, '03'), '2024-02-06', [event], [])).toBe('applied');
    expect(ids(await all({}))).toEqual([event.id]);
  });

  it('cleans up what it wrote when a newer version commits first', async () => {
    const mine = makeEvent({ doc, source: 'TURGOV' });
    const theirs = makeEvent({ doc, source: 'EGYGOV' });
    const racer = new DynamoEventStore(client, `events-${tableCount}`);
    let raced = false;
    // Just before our document item is written, a newer notification commits.
    const name = `race-${tableCount}`;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Item?: { sk?: { S?: string } } };
        if (!raced && context.commandName === 'PutItemCommand' && input.Item?.sk?.S === 'DOC') {
          raced = true;
          await racer.putDocument(origin(doc, '05'), '2024-02-06', [theirs], []);
        }
        return next(args);
      },
      { step: 'initialize', name },
    );
    try {
      expect(await store.putDocument(origin(doc, '04'), '2024-02-06', [mine], [])).toBe('stale');
    } finally {
      client.middlewareStack.remove(name);
    }
    expect(ids(await all({}))).toEqual([theirs.id]);
    expect(await all({ actor: 'TUR' })).toEqual([]);
  });
});

describe('DynamoEventStore document listing and timeline', () => {
  it('lists documents by status, newest first, across pages', async () => {
    for (let i = 0; i < 5; i++) {
      const at = `2024-03-0${i + 1}T00:00:00.000Z`;
      await store.failDocument(origin(`bad/${i}.txt`, '01', at), { code: 'EMPTY', message: 'empty file' });
    }
    await store.putDocument(origin('good.txt', '01'), '2024-02-06', [makeEvent({ doc: 'good.txt' })], []);
    const docs: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.listDocuments('FAILED', 2, cursor);
      docs.push(...page.items.map((d) => d.doc));
      cursor = page.cursor;
    } while (cursor !== null);
    expect(docs).toEqual(['bad/4.txt', 'bad/3.txt', 'bad/2.txt', 'bad/1.txt', 'bad/0.txt']);
    expect((await store.listDocuments('PARSED', 10, null)).items.map((d) => d.doc)).toEqual(['good.txt']);
    expect((await store.listDocuments('DELETED', 10, null)).items).toEqual([]);
    // A document that moves to another status leaves the old list.
    await store.putDocument(origin('bad/0.txt', '02'), '2024-02-06', [], []);
    expect((await store.listDocuments('FAILED', 10, null)).items).toHaveLength(4);
  });

  it('counts events by day, ISO week and month', async () => {
    const dates = ['2024-01-29', '2024-01-31', '2024-01-31', '2024-02-04', '2024-02-05', '2023-12-31'];
    const events = dates.map((date) => makeEvent({ doc: 'd.txt', date }));
    await store.putDocument(origin('d.txt', '01'), '2024-02-05', events, []);
    expect(await store.timeline({}, 'day')).toEqual([
      { date: '2023-12-31', count: 1 },
      { date: '2024-01-29', count: 1 },
      { date: '2024-01-31', count: 2 },
      { date: '2024-02-04', count: 1 },
      { date: '2024-02-05', count: 1 },
    ]);
    expect(await store.timeline({ actor: 'EGY' }, 'week')).toEqual([
      { date: '2023-12-25', count: 1 },
      { date: '2024-01-29', count: 4 },
      { date: '2024-02-05', count: 1 },
    ]);
    expect(await store.timeline({ from: '2024-01-01' }, 'month')).toEqual([
      { date: '2024-01-01', count: 3 },
      { date: '2024-02-01', count: 2 },
    ]);
    expect(await store.timeline({ actor: 'FRA' }, 'day')).toEqual([]);
  });

  it('buckets dates into Monday weeks and first-of-month', () => {
    expect(bucketDate('2024-02-04', 'week')).toBe('2024-01-29');
    expect(bucketDate('2024-02-05', 'week')).toBe('2024-02-05');
    expect(bucketDate('2024-01-01', 'week')).toBe('2024-01-01');
    expect(bucketDate('2024-02-29', 'month')).toBe('2024-02-01');
  });
});

// Last on purpose: by now every test above has gone through the recording middleware.
describe('DynamoEventStore access patterns', () => {
  it('never sends a Scan, only key-based reads and writes', () => {
    expect(commands.length).toBeGreaterThan(100);
    expect(commands).not.toContain('ScanCommand');
    expect(new Set(commands)).toEqual(
      new Set([
        'CreateTableCommand',
        'DescribeTableCommand',
        'GetItemCommand',
        'BatchGetItemCommand',
        'BatchWriteItemCommand',
        'UpdateItemCommand',
        'PutItemCommand',
        'QueryCommand',
      ]),
    );
  });
});
