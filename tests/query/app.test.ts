import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryApp } from '../../lambdas/query/app';
import { CSV_COLUMNS, csvField } from '../../lambdas/query/csv';
import type { DocumentRecord } from '../../lambdas/store/types';
import { makeEvent } from '../fixtures/events';
import { FakeEventStore } from './fake-store';

const meeting = makeEvent({ date: '2024-02-06', source: 'EGYGOV', target: 'USAGOV', code: '040' });
const sanction = makeEvent({
  date: '2024-02-08',
  source: 'USAGOV',
  target: 'IRN',
  code: '163',
  text: 'The US said, "sanctions, now"\nand more.',
});
const failed: DocumentRecord = {
  doc: 'in/2024/a b+c%.txt',
  status: 'FAILED',
  published: null,
  events: 0,
  error: { code: 'BINARY', message: 'not text' },
  warnings: [],
  updatedAt: '2024-03-01T00:00:00.000Z',
};

let store: FakeEventStore;
let app: ReturnType<typeof createQueryApp>;
const logged: unknown[] = [];

beforeEach(() => {
  store = new FakeEventStore([meeting, sanction], [failed]);
  logged.length = 0;
  app = createQueryApp({ store, logger: { error: (_m, extra) => logged.push(extra.error) } });
});

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: { parameter: string; message: string }[];
  };
}

describe('GET /events', () => {
  it('returns the matching events newest first with a null cursor on the last page', async () => {
    const res = await app.request('/events');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ events: [sanction, meeting], cursor: null });
  });

  it('takes actor codes in any case, as /actors?prefix= does', async () => {
    const res = await app.request('/events?actor=usa&source=UsaGov&target=irn');
    expect(res.status).toBe(200);
    expect(store.calls.at(-1)?.args[0]).toEqual({ actor: 'USA', source: 'USAGOV', target: 'IRN' });
    expect((await res.json()) as unknown).toEqual({ events: [sanction], cursor: null });
  });

  it('passes every filter, the limit and the cursor to the store', async () => {
    const first = await app.request('/events?limit=1');
    const { cursor } = (await first.json()) as { cursor: string };
    expect(cursor).toEqual(expect.any(String));
    const qs = new URLSearchParams({
      actor: 'USA',
      source: 'USAGOV',
      target: 'IRN',
      root: '16',
      code: '163',
      quadClass: '4',
      from: '2024-02-01',
      to: '2024-02-29',
      doc: 'articles/sample.txt',
      limit: '7',
    });
    const res = await app.request(`/events?${qs}`);
    expect(res.status).toBe(200);
    expect(store.calls.at(-1)).toEqual({
      method: 'queryEvents',
      args: [
        {
          actor: 'USA',
          source: 'USAGOV',
          target: 'IRN',
          root: '16',
          code: '163',
          quadClass: 4,
          from: '2024-02-01',
          to: '2024-02-29',
          doc: 'articles/sample.txt',
        },
        7,
        null,
      ],
    });
    const second = await app.request(`/events?limit=1&cursor=${encodeURIComponent(cursor)}`);
    expect(((await second.json()) as { events: unknown[] }).events).toEqual([meeting]);
  });

  it('defaults the page size to 100', async () => {
    await app.request('/events');
    expect(store.calls.at(-1)?.args[1]).toBe(100);
  });

  it('answers CSV with GDELT-like columns and RFC 4180 quoting', async () => {
    const res = await app.request('/events?format=csv&limit=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('x-next-cursor')).toEqual(expect.any(String));
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toMatch(/^id,date,Actor1Code,Actor1Name,Actor1CountryCode,Actor1Type1Code,Actor2Code,/);
    expect(text).toContain(`${sanction.id},2024-02-08,USAGOV,USAGOV,USA,GOV,IRN,IRN,IRN,,163,16,4,`);
    expect(text).toContain('"The US said, ""sanctions, now""\nand more."\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes only the CSV fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(-2.5)).toBe('-2.5');
  });

  it('answers NDJSON, one record per line', async () => {
    const res = await app.request('/events?format=ndjson');
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([sanction, meeting]);
    expect(res.headers.get('x-next-cursor')).toBeNull();
  });

  it.each([
    ['text/csv', 'text/csv'],
    ['application/x-ndjson', 'application/x-ndjson'],
    ['text/html, text/csv;q=0.9', 'text/csv'],
    ['application/json, text/csv', 'application/json'],
    ['*/*', 'application/json'],
  ])('negotiates the format from Accept: %s', async (accept, expected) => {
    const res = await app.request('/events', { headers: { Accept: accept } });
    expect(res.headers.get('content-type')?.split(';')[0]).toBe(expected);
    expect(res.headers.get('vary')).toContain('Accept');
  });

  it('lets the format parameter override the Accept header', async () => {
    const res = await app.request('/events?format=json', { headers: { Accept: 'text/csv' } });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('the OpenAPI document', () => {
  it('gives patterns that accept what the API accepts (a pattern carries no flags)', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; schema?: { pattern?: string } }[] } }>;
    };
    const actorPattern = doc.paths['/events']?.get?.parameters?.find((p) => p.name === 'actor')?.schema
      ?.pattern;
    expect(actorPattern).toEqual(expect.any(String));
    const pattern = new RegExp(actorPattern ?? '', 'u');
    for (const code of ['EGY', 'egy', 'EGYGOV', 'NATO']) expect(pattern.test(code)).toBe(true);
    expect(pattern.test('EG1')).toBe(false);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const parameter of item.get?.parameters ?? []) {
        const source = parameter.schema?.pattern;
        if (source) expect(() => new RegExp(source, 'u'), `${path} ${parameter.name}`).not.toThrow();
      }
    }
  });
});

describe('400 responses name the parameter', () => {
  it.each([
    ['/events?actor=EG1', 'actor'],
    ['/events?source=ABCDEFGHIJKLMNOPQ', 'source'],
    ['/events?target=', 'target'],
    ['/events?root=4', 'root'],
    ['/events?root=040', 'root'],
    ['/events?code=0', 'code'],
    ['/events?code=04011', 'code'],
    ['/events?code=abc', 'code'],
    ['/events?quadClass=5', 'quadClass'],
    ['/events?quadClass=0', 'quadClass'],
    ['/events?quadClass=1.5', 'quadClass'],
    ['/events?quadClass=x', 'quadClass'],
    ['/events?from=2024-02-30', 'from'],
    ['/events?from=2024-2-3', 'from'],
    ['/events?to=yesterday', 'to'],
    ['/events?from=2024-03-01&to=2024-02-01', 'to'],
    ['/events?doc=', 'doc'],
    ['/events?limit=0', 'limit'],
    ['/events?limit=501', 'limit'],
    ['/events?limit=99999999999999999999999', 'limit'],
    ['/events?limit=ten', 'limit'],
    ['/events?limit=1e2', 'limit'],
    ['/events?limit=%20', 'limit'],
    ['/events?limit=1&limit=2', 'limit'],
    ['/events?actor=EGY&actor=USA', 'actor'],
    ['/events?format=xml', 'format'],
    ['/events?cursor=', 'cursor'],
    ['/events?cursor=garbage', 'cursor'],
    ['/events?actr=EGY', 'actr'],
    ['/stats/timeline?interval=year', 'interval'],
    ['/stats/timeline?code=1', 'code'],
    ['/stats/timeline?limit=5', 'limit'],
    ['/documents', 'status'],
    ['/documents?status=failed', 'status'],
    ['/documents?status=FAILED&limit=-1', 'limit'],
    ['/documents?status=FAILED&cursor=nope', 'cursor'],
    ['/documents/%E0%A4%A', 'key'],
    ['/documents/%FF', 'key'],
    [`/documents/${encodeURIComponent('\u{1F600}'.repeat(300))}`, 'key'],
    [`/events?doc=${encodeURIComponent('\u00e9'.repeat(600))}`, 'doc'],
    ['/actors', 'prefix'],
    ['/actors?prefix=EGY&name=sisi', 'prefix'],
    ['/actors?prefix=EG1', 'prefix'],
    ['/actors?prefix=ABCDEFGHIJKLM', 'prefix'],
    ['/actors?name=', 'name'],
    ['/actors?prefix=EGY&limit=0', 'limit'],
    ['/actors?prefix=EGY&cursor=garbage', 'cursor'],
  ])('%s → 400 on %s', async (path, parameter) => {
    const res = await app.request(path);
    expect(res.status).toBe(400);
    const body = await problemOf(res);
    expect(body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
    expect(body.errors?.map((e) => e.parameter)).toContain(parameter);
    expect(body.detail).toContain(parameter);
    for (const error of body.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
  });

  it('says what is wrong with a date once, not once per rule it breaks', async () => {
    const body = await problemOf(await app.request('/events?from=yesterday'));
    expect(body.errors).toEqual([{ parameter: 'from', message: 'must be a date YYYY-MM-DD' }]);
    expect(body.detail).toBe('Invalid parameter(s): from. from must be a date YYYY-MM-DD');
  });

  it('takes a number written in digits only: "1e2" and " " are not page sizes', async () => {
    for (const limit of ['1e2', '%20', '0x10']) {
      const body = await problemOf(await app.request(`/events?limit=${limit}`));
      expect(body.errors).toEqual([{ parameter: 'limit', message: 'must be a whole number from 1 to 500' }]);
    }
  });

  it('asks /actors for one of prefix and name in a sentence that reads', async () => {
    const body = await problemOf(await app.request('/actors'));
    expect(body.detail).toBe('Invalid parameter(s): prefix. prefix or name is needed, and only one of them');
  });

  it('says a repeated parameter must be given once', async () => {
    const body = await problemOf(await app.request('/events?limit=1&limit=2'));
    expect(body.errors).toEqual([{ parameter: 'limit', message: 'must be given once' }]);
  });

  it('reports every bad parameter at once', async () => {
    const body = await problemOf(await app.request('/events?root=x&limit=0'));
    expect(body.errors?.map((e) => e.parameter).sort()).toEqual(['limit', 'root']);
  });
});

describe('single resources', () => {
  it('GET /events/{id} returns the record, or 404', async () => {
    const res = await app.request(`/events/${meeting.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(meeting);
    const missing = await app.request('/events/nope');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).detail).toContain('nope');
  });

  it('GET /documents/{key} decodes a key with slashes and escapes', async () => {
    const res = await app.request(`/documents/${encodeURIComponent(failed.doc)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(failed);
    expect(store.calls.at(-1)).toEqual({ method: 'getDocument', args: [failed.doc] });
    // Slashes may also arrive unencoded.
    const raw = await app.request('/documents/in/2024/a%20b%2Bc%25.txt');
    expect(raw.status).toBe(200);
  });

  it('GET /documents/{key} is 404 for an unknown key', async () => {
    const res = await app.request('/documents/none%2Fsuch.txt');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toContain('none/such.txt');
  });

  it('GET /documents lists by status', async () => {
    const res = await app.request('/documents?status=FAILED&limit=10');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ documents: [failed], cursor: null });
    expect(store.calls.at(-1)).toEqual({ method: 'listDocuments', args: ['FAILED', 10, null] });
  });

  it('GET /stats/timeline returns buckets and defaults to days', async () => {
    const res = await app.request('/stats/timeline?actor=USA');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      buckets: [
        { date: '2024-02-06', count: 1 },
        { date: '2024-02-08', count: 1 },
      ],
    });
    expect(store.calls.at(-1)).toEqual({ method: 'timeline', args: [{ actor: 'USA' }, 'day'] });
    await app.request('/stats/timeline?interval=month&from=2024-01-01');
    expect(store.calls.at(-1)).toEqual({ method: 'timeline', args: [{ from: '2024-01-01' }, 'month'] });
  });
});

describe('GET /actors', () => {
  it('lists actors by code prefix with their event counts, any case', async () => {
    const res = await app.request('/actors?prefix=usa');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      actors: [
        { code: 'USA', name: null, events: 2 },
        { code: 'USAGOV', name: null, events: 2 },
      ],
      cursor: null,
    });
    expect(store.calls.at(-1)).toEqual({ method: 'listActors', args: [{ prefix: 'USA' }, 20, null] });
  });

  it('pages with a cursor', async () => {
    const first = (await (await app.request('/actors?prefix=USA&limit=1')).json()) as { cursor: string };
    const second = await app.request(`/actors?prefix=USA&limit=1&cursor=${encodeURIComponent(first.cursor)}`);
    expect(((await second.json()) as { actors: { code: string }[] }).actors).toEqual([
      { code: 'USAGOV', name: null, events: 2 },
    ]);
  });

  it('passes a name prefix through', async () => {
    await app.request('/actors?name=Abdel%20F');
    expect(store.calls.at(-1)).toEqual({ method: 'listActors', args: [{ name: 'Abdel F' }, 20, null] });
  });
});

describe('methods, unknown paths and failures', () => {
  it.each([
    ['POST', '/events'],
    ['DELETE', '/events/abc'],
    ['PUT', '/documents/a/b.txt'],
    ['PATCH', '/documents'],
    ['POST', '/stats/timeline'],
    ['POST', '/openapi.json'],
    ['DELETE', '/actors'],
  ])('%s %s → 405 with Allow: GET', async (method, path) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect((await problemOf(res)).status).toBe(405);
  });

  it.each(['/', '/event', '/events/a/b', '/stats', '/stats/timeline/x'])('%s → 404', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect((await problemOf(res)).status).toBe(404);
  });

  it.each([
    ['escaped letters in the path', '/event%73?limit=1'],
    ['an escaped first letter', '/%65vents?limit=1'],
    ['dot segments', '/stats/../events?limit=1'],
    ['a parameter without a name', '/events?=x'],
    ['a stray "&="', '/events?limit=5&='],
  ])('reads %s as a client means them', async (_label, target) => {
    const [rawPath = '', rawQuery = ''] = target.split('?');
    // Straight to the handler: fetch's URL would resolve the dot segments before the app saw them.
    const res = await app.handle({ method: 'GET', rawPath, rawQuery, header: () => undefined });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toHaveProperty('events');
  });

  it('keeps an escaped slash in an event id', async () => {
    await app.request('/events/a%2Fb');
    expect(store.calls.at(-1)).toEqual({ method: 'getEvent', args: ['a/b'] });
  });

  it.each([
    ['/nope', 404],
    ['/events?limit=0', 400],
  ])('answers HEAD %s with its status and no body', async (path, status) => {
    const res = await app.handle({
      method: 'HEAD',
      rawPath: path.split('?')[0] ?? '',
      rawQuery: path.split('?')[1] ?? '',
      header: () => undefined,
    });
    expect(res.status).toBe(status);
    expect(res.body).toBe('');
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await app.request('/events', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('answers an unexpected store error with a 500 that hides the internals, and logs it', async () => {
    store.failWith = new Error('ProvisionedThroughputExceeded on table secret-table');
    const res = await app.request('/events');
    expect(res.status).toBe(500);
    const text = JSON.stringify(await problemOf(res));
    expect(text).not.toContain('secret-table');
    expect(logged).toEqual([store.failWith]);
  });
});

describe('CORS', () => {
  it('is off by default', async () => {
    const res = await app.request('/events', { headers: { Origin: 'https://example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only the configured origins', async () => {
    const withCors = createQueryApp({ store, corsOrigins: ['https://app.example.org'] });
    const ok = await withCors.request('/events?format=csv', {
      headers: { Origin: 'https://app.example.org' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(ok.headers.get('access-control-expose-headers')).toContain('X-Next-Cursor');
    const other = await withCors.request('/events', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await withCors.request('/events', {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers a preflight from a disallowed origin without allowing it', async () => {
    const withCors = createQueryApp({ store, corsOrigins: ['https://app.example.org'] });
    const preflight = await withCors.request('/stats/timeline', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBeLessThan(500);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin when the setting is "*" (the local stack)', async () => {
    const anyOrigin = createQueryApp({ store, corsOrigins: ['*'] });
    const preflight = await anyOrigin.request('/actors?prefix=E', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('reads the allowed origins from CORS_ORIGINS in the Lambda entry', async () => {
    vi.resetModules();
    vi.stubEnv('TABLE_NAME', 'events');
    vi.stubEnv('CORS_ORIGINS', 'https://a.example, https://b.example');
    try {
      const { app: lambdaApp } = await import('../../lambdas/query/handler');
      for (const [origin, allowed] of [
        ['https://b.example', 'https://b.example'],
        ['https://c.example', null],
      ] as const) {
        const preflight = await lambdaApp.request('/events', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBe(allowed);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document describing every route', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/actors',
      '/documents',
      '/documents/{key}',
      '/events',
      '/events/{id}',
      '/stats/timeline',
    ]);
    const params = JSON.stringify(doc.paths['/events']);
    for (const name of [
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
    ]) {
      expect(params).toContain(`"name":"${name}"`);
    }
  });
});
