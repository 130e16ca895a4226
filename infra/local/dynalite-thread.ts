/**
 * dynalite on loopback in a worker thread of this process. In AWS, DynamoDB does its work on other
 * machines while the Lambda codes the next document; on one event loop, every request dynalite
 * serves would stop the pipeline instead. Its own thread gives it the machine's second core.
 *
 * The worker is a few lines of CommonJS evaluated in place (no file to find, bundle or transpile
 * under tsx, vitest or node): it loads dynalite by the path this module resolves, listens, and
 * posts back its port; `stop` closes the server and ends the thread.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DynaliteOptions } from 'dynalite';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const server = require(workerData.dynalite)(workerData.options);
server.once('error', (error) => parentPort.postMessage({ error: error.message }));
server.listen(workerData.port, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'stop') server.close(() => parentPort.close());
});
`;

export interface DynaliteThread {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** Closes the server and ends the thread; resolves at once if the thread already ended. */
  stop(): Promise<void>;
}

/**
 * What happens when the thread dies after it started listening (a LevelDB error, say: a second stack
 * on the same data directory finds it locked at its first request). By default the error is thrown,
 * named as dynalite's, and ends the process as it did when dynalite ran on the main thread: the
 * pipeline cannot go on without its table.
 */
export type OnDynaliteDeath = (error: Error) => void;

const throwDeath: OnDynaliteDeath = (error) => {
  throw error;
};

export async function startDynaliteThread(
  options: DynaliteOptions,
  port = 0,
  onDeath: OnDynaliteDeath = throwDeath,
): Promise<DynaliteThread> {
  const dynalite = createRequire(import.meta.url).resolve('dynalite');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dynalite, options, port } });
  const listening = await new Promise<number>((resolve, reject) => {
    worker.once('error', (error) => reject(new Error(`dynalite: ${error.message}`)));
    worker.once('exit', (code) => reject(new Error(`dynalite thread exited (${code}) before listening`)));
    worker.once('message', (message: { port?: number; error?: string }) =>
      message.port === undefined ? reject(new Error(`dynalite: ${message.error}`)) : resolve(message.port),
    );
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  worker.removeAllListeners();
  const exit = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (error) => onDeath(new Error(`dynalite thread died: ${error.message}`)));
  return {
    endpoint: `http://127.0.0.1:${listening}`,
    // A message to a thread that has ended goes nowhere; `exit` has resolved by then.
    stop: () => {
      worker.postMessage('stop');
      return exit;
    },
  };
}
