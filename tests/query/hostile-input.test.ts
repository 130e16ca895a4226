import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQueryApp } from '../../lambdas/query/app';
import { makeEvent } from '../fixtures/events';
import { FakeEventStore } from './fake-store';

const app = createQueryApp({
  store: new FakeEventStore([makeEvent(), makeEvent({ date: '2023-01-01' })]),
  logger: { error: () => {} },
});

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
);

/** A raw query string: pairs joined without escaping, sometimes percent-encoded, keys may repeat. */
const queryString = fc
  .array(fc.tuple(keys, values, fc.boolean()), { maxLength: 8 })
  .map((pairs) =>
    pairs
      .map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`))
      .join('&'),
  );

describe('hostile query strings', () => {
  it.each(['/events', '/stats/timeline', '/documents'])('never make %s answer with a 5xx', async (path) => {
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const res = await app.request(`${path}?${qs}`);
        expect(res.status, `${path}?${qs}`).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );
  });

  it('never answers a hostile document key with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(values, async (key) => {
        const res = await app.request(`/documents/${key}`);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
