import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryApp } from '../../lambdas/query/app';
import { encodeCursor, queryHash } from '../../lambdas/store/cursor';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import { makeEvent } from '../fixtures/events';
import { type LocalDynamo, startDynalite } from '../store/dynalite';
import { FakeEventStore } from './fake-store';

const events = [
  makeEvent({ doc: 'in/a b.txt' }),
  makeEvent({ doc: 'in/a b.txt', date: '2023-01-01', source: 'USAGOV', target: 'IRN', code: '190' }),
];
const logged: unknown[] = [];
const logger = { error: (_message: string, extra: { error: unknown }) => void logged.push(extra.error) };
const fakeApp = createQueryApp({ store: new FakeEventStore(events), logger });

// The same properties against the real store on dynalite: what DynamoDB itself rejects (key sizes,
// start keys outside the key condition, expression limits) must come back as 4xx too.
let dynamo: LocalDynamo;
let realApp: ReturnType<typeof createQueryApp>;
beforeAll(async () => {
  dynamo = await startDynalite();
  const store = new DynamoEventStore(dynamo.client, await dynamo.createTable());
  await store.putDocument(
    { doc: 'in/a b.txt', sequencer: '01', at: '2024-03-01T00:00:00.000Z' },
    '2024-02-06',
    events,
    [],
  );
  realApp = createQueryApp({ store, logger });
});
afterAll(async () => {
  await dynamo?.close();
});

const ANY_BELOW_500 = 0;

const apps = [
  ['a fake store', () => fakeApp, 400],
  ['DynamoEventStore on dynalite', () => realApp, 100],
] as const;

const keys = fc.oneof(
  fc.constantFrom(
    'actor',
    'source',
    'target',
    'root',
    'code',
    'quadClass',
    'from',
    'to',
    'doc',
    'limit',
    'cursor',
    'format',
    'interval',
    'status',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** Values a client could send: plausible ones, numbers of any size, unicode, stray and broken escapes. */
const values = fc.oneof(
  fc.constantFrom(
    'EGY',
    'EGYGOV',
    'UNO',
    '04',
    '0431',
    '1',
    '4',
    '2024-02-29',
    '2023-02-29',
    'csv',
    'FAILED',
    'week',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.bigInt().map(String),
  fc.double().map(String),
  fc.constantFrom('%', '%%', '%zz', '%E0%A4%A', '%FF%FE', '%00', '+', '&', '=', '\u0000', 'x'.repeat(5000)),
  fc.base64String({ maxLength: 200 }),
  hostileCursor(),
);

/**
 * Cursors a client could forge: random base64url, and well-formed payloads with the right query
 * hash (the hash is no secret) but positions that are out of range, the wrong type, or too long.
 */
function hostileCursor() {
  const filters = fc.constantFrom({}, { actor: 'EGY' }, { status: 'FAILED' }, { prefix: 'E' });
  const kind = fc.constantFrom('events', 'documents', 'actors');
  const last = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('2024-02-06#x', '9999-99-99#', '\u{1F600}'.repeat(400), 'E'.repeat(1500), 'x#in/a b.txt'),
  );
  const bucket = fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.constant(undefined), fc.double());
  return fc.oneof(
    fc
      .base64String({ maxLength: 300 })
      .map((b) => b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')),
    fc
      .tuple(kind, filters, last, bucket)
      .map(([k, f, l, b]) =>
        encodeCursor(queryHash(k, f), { last: l, ...(b === undefined ? {} : { bucket: b }) }),
      ),
  );
}

/** A raw query string: pairs joined without escaping, sometimes percent-encoded, keys may repeat. */
const queryString = fc
  .array(fc.tuple(keys, values, fc.boolean()), { maxLength: 8 })
  .map((pairs) =>
    pairs
      .map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`))
      .join('&'),
  );

/** Raw request text: any code points, or the characters that paths and queries treat specially. */
const rawText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      '%',
      '/',
      '.',
      '?',
      '#',
      '&',
      '=',
      '+',
      '\\',
      '~',
      ' ',
      'a',
      'E',
      '2',
      'F',
      '\u00e9',
      '\u0000',
    ),
    maxLength: 30,
  }),
);

describe.each(apps)('hostile input over %s', (_name, app, numRuns) => {
  it.each(['/events', '/stats/timeline', '/documents', '/actors'])(
    'never makes %s answer with a 5xx',
    async (path) => {
      await fc.assert(
        fc.asyncProperty(queryString, async (qs) => {
          const res = await app().request(`${path}?${qs}`);
          expect(res.status, `${path}?${qs}`).toBeLessThan(500);
        }),
        { numRuns },
      );
      expect(logged).toEqual([]);
    },
    60_000,
  );

  it('never answers a raw path, query, method or origin straight from API Gateway with a 5xx', async () => {
    // Past fetch's URL, which would clean the path up before the app saw it.
    const withCors = createQueryApp({
      store: new FakeEventStore(events),
      logger,
      corsOrigins: ['https://a.example'],
    });
    await fc.assert(
      fc.asyncProperty(
        rawText,
        rawText,
        fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'POST'),
        async (raw, rawQuery, method) => {
          for (const rawPath of [raw, `/${raw}`, `/events/${raw}`, `/documents/${raw}`]) {
            for (const target of [app(), withCors]) {
              const res = await target.handle({
                method,
                rawPath,
                rawQuery,
                header: (name) => (name === 'origin' ? raw : undefined),
              });
              expect(
                res.status,
                `${method} ${JSON.stringify(rawPath)}?${JSON.stringify(rawQuery)}`,
              ).toBeLessThan(500);
            }
          }
        },
      ),
      { numRuns },
    );
    expect(logged).toEqual([]);
  }, 60_000);

  it('never answers a hostile document key or event id with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(values, fc.boolean(), async (key, encode) => {
        const raw = encode ? encodeURIComponent(key) : key;
        for (const path of [`/documents/${raw}`, `/events/${raw}`]) {
          const res = await app().request(path);
          expect(res.status, path).toBeLessThan(500);
        }
      }),
      { numRuns },
    );
    expect(logged).toEqual([]);
  }, 60_000);

  it.each<[string, string, number]>([
    ['an empty cursor', '/events?cursor=', 400],
    ['a lone percent sign', '/documents/%', 400],
    ['a truncated escape', '/documents/%E0%A4%A', 400],
    ['a 1200-byte document key', `/documents/${'%F0%9F%98%80'.repeat(300)}`, 400],
    ['a 2000-byte event id', `/events/${'%F0%9F%98%80'.repeat(500)}`, 400],
    ['a 1200-byte doc filter', `/events?doc=${'%F0%9F%98%80'.repeat(300)}`, 400],
    ['a name that NFKD expands 18-fold', `/actors?name=${'%EF%B7%BA'.repeat(64)}`, 200],
    [
      'a right-hash cursor with a 1200-byte position',
      `/events?actor=EGY&cursor=${encodeCursor(queryHash('events', { actor: 'EGY' }), { bucket: 2024, last: `2024-02-06#${'\u{1F600}'.repeat(300)}` })}`,
      400,
    ],
    [
      'a right-hash actors cursor with a 1200-byte position',
      `/actors?prefix=E&cursor=${encodeCursor(queryHash('actors', { prefix: 'E' }), { last: `E${'\u{1F600}'.repeat(300)}` })}`,
      400,
    ],
    [
      'a right-hash documents cursor with a long made-up position',
      `/documents?status=FAILED&cursor=${encodeCursor(queryHash('documents', { status: 'FAILED' }), { last: `x#${'y'.repeat(1000)}` })}`,
      // Inside the query's own partition: the real store just finds nothing after it.
      ANY_BELOW_500,
    ],
  ])('answers %s without a 5xx', async (_label, path, status) => {
    const res = await app().request(path);
    if (status === ANY_BELOW_500) expect(res.status).toBeLessThan(500);
    else expect(res.status).toBe(status);
    expect(logged).toEqual([]);
  });
});
