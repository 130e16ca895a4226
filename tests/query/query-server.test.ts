/**
 * The local stack's HTTP server for the query API (infra/local/query-server.ts), over real sockets.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryServer, splitTarget } from '../../infra/local/query-server';
import { createQueryApp } from '../../lambdas/query/app';
import type { ApiHandler, ApiResponse } from '../../lambdas/query/http';
import { makeEvent } from '../fixtures/events';
import { FakeEventStore } from './fake-store';

const servers: ReturnType<typeof createQueryServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(handle: ApiHandler): Promise<number> {
  const server = createQueryServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** One request with the target written as given (absolute form included). */
function get(port: number, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const app = () => createQueryApp({ store: new FakeEventStore([makeEvent({ date: '2024-02-06' })], []) });

describe('the local query server', () => {
  it('sends a Content-Length, not chunks', async () => {
    const port = await serve(app().handle);
    const res = await get(port, '/events?limit=1');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)));
    expect(res.headers['transfer-encoding']).toBeUndefined();
  });

  it('answers HEAD with the headers and no body', async () => {
    const port = await serve(app().handle);
    const res = await get(port, '/events?limit=1', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.body).toBe('');
  });

  it('accepts an absolute-form target, as a proxy sends it', async () => {
    const port = await serve(app().handle);
    const res = await get(port, 'http://example.org/events?limit=1');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).events).toHaveLength(1);
  });

  it('answers 500 and keeps serving when a response cannot be sent', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const port = await serve(async (request): Promise<ApiResponse> => {
        // Node refuses a header value outside Latin-1.
        if (request.rawPath === '/bad')
          return { status: 200, headers: { 'x-next-cursor': '\u2603' }, body: '{}' };
        return { status: 200, headers: {}, body: 'ok' };
      });
      expect((await get(port, '/bad')).status).toBe(500);
      expect(error).toHaveBeenCalledTimes(1);
      expect((await get(port, '/good')).body).toBe('ok');
    } finally {
      error.mockRestore();
    }
  });
});

describe('splitTarget', () => {
  it.each([
    ['/events?limit=5', '/events', 'limit=5'],
    ['/events', '/events', ''],
    ['/events/a#fragment', '/events/a', ''],
    ['/events?actor=EGY#top', '/events', 'actor=EGY'],
    ['http://example.org/events?limit=5', '/events', 'limit=5'],
    ['*', '*', ''],
  ])('%s → path %s, query %s', (target, rawPath, rawQuery) => {
    expect(splitTarget(target)).toEqual({ rawPath, rawQuery });
  });
});
