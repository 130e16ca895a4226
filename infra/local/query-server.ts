/**
 * The query API over Node HTTP for the local stack: the same handler the Lambda runs, fed from
 * node:http instead of API Gateway.
 */
import { createServer, type Server } from 'node:http';
import { type ApiHandler, headerReader } from '../../lambdas/query/http';

export function createQueryServer(handle: ApiHandler): Server {
  return createServer((req, res) => {
    const target = req.url ?? '/';
    const at = target.indexOf('?');
    handle({
      method: (req.method ?? 'GET').toUpperCase(),
      rawPath: at < 0 ? target : target.slice(0, at),
      rawQuery: at < 0 ? '' : target.slice(at + 1),
      header: headerReader(req.headers),
    }).then(
      (response) => {
        res.writeHead(response.status, response.headers);
        res.end(response.body);
      },
      (error: unknown) => {
        // app.ts answers every failure itself; this is a bug, reported rather than left hanging.
        console.error('query API failed', error);
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      },
    );
  });
}
