import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createQueryApp } from '../../lambdas/query/app';
import { toLambdaHandler } from '../../lambdas/query/lambda-adapter';
import type { DocumentRecord } from '../../lambdas/store/types';
import { makeEvent } from '../fixtures/events';
import { FakeEventStore } from './fake-store';

/** Real HTTP API payload v2.0 events, as API Gateway hands them to the function. */
function fixture(name: string): APIGatewayProxyEventV2 {
  return JSON.parse(readFileSync(new URL(`../fixtures/api-gateway/${name}.json`, import.meta.url), 'utf8'));
}

const event = makeEvent({
  id: 'ev-fixture-1',
  date: '2024-02-06',
  source: 'EGYGOV',
  target: 'USAGOV',
  code: '040',
});
const document: DocumentRecord = {
  doc: 'in/2024/cairo talks.txt',
  status: 'PARSED',
  published: '2024-02-07',
  events: 1,
  error: null,
  warnings: [],
  updatedAt: '2024-03-01T00:00:00.000Z',
};

function setup() {
  const store = new FakeEventStore([event], [document]);
  const handler = toLambdaHandler(createQueryApp({ store }).handle);
  const invoke = async (name: string) =>
    (await handler(fixture(name))) as APIGatewayProxyStructuredResultV2 & {
      headers: Record<string, string>;
      body: string;
    };
  return { store, invoke };
}

describe('the query Lambda behind API Gateway (payload v2.0)', () => {
  it('answers GET /events as CSV with text (not base64) body', async () => {
    const { invoke, store } = setup();
    const res = await invoke('get-events-csv');
    expect(res.statusCode).toBe(200);
    expect(res.isBase64Encoded).toBe(false);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.body.split('\r\n')[1]).toMatch(/^ev-fixture-1,2024-02-06,EGYGOV,/);
    expect(store.calls[0]).toEqual({ method: 'queryEvents', args: [{ actor: 'EGY' }, 100, null] });
  });

  it('parses filters from the raw query string of a named route', async () => {
    const { invoke, store } = setup();
    const res = await invoke('get-events-json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ events: [event], cursor: null });
    expect(store.calls[0]?.args).toEqual([
      { source: 'EGYGOV', from: '2024-02-01', to: '2024-02-29' },
      10,
      null,
    ]);
  });

  it('answers GET /events/{id} through a proxy route', async () => {
    const { invoke } = setup();
    const res = await invoke('get-event-by-id');
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual(event);
  });

  it('decodes a percent-encoded document key from rawPath', async () => {
    const { invoke, store } = setup();
    const res = await invoke('get-document-encoded-key');
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual(document);
    expect(store.calls[0]).toEqual({ method: 'getDocument', args: ['in/2024/cairo talks.txt'] });
  });

  it('rejects a repeated parameter with a problem+json 400', async () => {
    const { invoke, store } = setup();
    const res = await invoke('get-events-repeated-limit');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.isBase64Encoded).toBe(false);
    expect(JSON.parse(res.body).errors).toEqual([{ parameter: 'limit', message: 'must be given once' }]);
    expect(store.calls).toEqual([]);
  });

  it('answers POST with 405 and Allow: GET', async () => {
    const { invoke } = setup();
    const res = await invoke('post-events');
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET');
  });

  it('answers without fetch Request or Response objects (the first one makes Node load undici)', async () => {
    const { invoke } = setup();
    const fetchApi = {
      Request: globalThis.Request,
      Response: globalThis.Response,
      Headers: globalThis.Headers,
    };
    Object.assign(globalThis, { Request: undefined, Response: undefined, Headers: undefined });
    try {
      const res = await invoke('get-events-json');
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body).events).toHaveLength(1);
    } finally {
      Object.assign(globalThis, fetchApi);
    }
  });

  it('negotiates NDJSON from the Accept header', async () => {
    const { invoke, store } = setup();
    const res = await invoke('get-events-ndjson-accept');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.isBase64Encoded).toBe(false);
    expect(JSON.parse(res.body.trim())).toEqual(event);
    expect(store.calls[0]?.args[0]).toEqual({ quadClass: 1 });
  });
});
