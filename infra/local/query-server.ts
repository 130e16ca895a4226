/**
 * The query API over Node HTTP for the local stack: the app the Lambda runs (createQueryApp), fed
 * from node:http instead of API Gateway.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { type ApiHandler, type ApiResponse, headerReader } from '../../lambdas/query/http';

/**
 * The path and query of a request target. A proxy may send the absolute form
 * (`GET http://host/events`, RFC 9112 3.2.2); a fragment is never part of either.
 */
export function splitTarget(target: string): { rawPath: string; rawQuery: string } {
  let pathAndQuery = target.split('#')[0] ?? '';
  if (!pathAndQuery.startsWith('/')) {
    try {
      const url = new URL(pathAndQuery);
      pathAndQuery = url.pathname + url.search;
    } catch {
      // Not a URL either: the app answers it as a path it does not know.
    }
  }
  const at = pathAndQuery.indexOf('?');
  return at < 0
    ? { rawPath: pathAndQuery, rawQuery: '' }
    : { rawPath: pathAndQuery.slice(0, at), rawQuery: pathAndQuery.slice(at + 1) };
}

function send(res: ServerResponse, response: ApiResponse): void {
  // A length, not chunks: HTTP/1.0 clients keep the connection, and curl shows the size.
  res.writeHead(response.status, {
    ...response.headers,
    ...(response.body ? { 'content-length': String(Buffer.byteLength(response.body)) } : {}),
  });
  res.end(response.body);
}

export function createQueryServer(handle: ApiHandler): Server {
  return createServer((req, res) => {
    handle({
      method: (req.method ?? 'GET').toUpperCase(),
      ...splitTarget(req.url ?? '/'),
      header: headerReader(req.headers),
    })
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        // app.ts answers every failure itself, so this is a bug (or a header Node refuses to
        // send): reported, and the client answered rather than left hanging.
        console.error('query API failed', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      });
  });
}
