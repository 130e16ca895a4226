/**
 * The whole pipeline on one machine: s3rver for S3 and dynalite for DynamoDB (in a thread of its own:
 * dynalite-thread.ts), in-process on loopback, wired to the same ingest and query code the Lambdas
 * run. Only the SDK clients' endpoints differ.
 *
 * The queue between them lives in this process, so `npm run redrive` (another process) reaches it
 * through a control server: loopback only, on its own random port so it never shows up in the query
 * API, with a random bearer token. Both are written to `<dataDir>/local-stack.json` (mode 600) while
 * the stack runs (the format is defined next to its reader, lambdas/cli/redrive.ts); whoever can read the data directory may redrive, nobody else (a web page cannot
 * read the token, so a cross-site POST to 127.0.0.1 is refused).
 */

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Server } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import S3rver from 's3rver';
import { makeDynamoClient, makeS3Client } from '../../lambdas/aws/clients';
import {
  DEAD_LETTER_FILE,
  LOCAL_STATE_FILE,
  type LocalStackState,
  readLocalStackState,
  readRunningLocalStack,
} from '../../lambdas/cli/local-stack-state';
import { createIngestHandler } from '../../lambdas/ingest/ingest';
import { createQueryApp } from '../../lambdas/query/app';
import { createTableAndWait } from '../../lambdas/store/create-table';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import type { EventStore } from '../../lambdas/store/types';
import { DEFAULT_SETTINGS } from '../settings';
import { startDynaliteThread } from './dynalite-thread';
import {
  type FaultPlan,
  injectDynamoFaults,
  injectS3Faults,
  type NotificationFaults,
  NotificationPerturber,
} from './fault-injector';
import { LocalQueue, type LocalQueueOptions, type RestoredMessages } from './local-queue';
import { createQueryServer } from './query-server';
import { toAwsS3Event } from './s3-notifications';

export const LOCAL_BUCKET = 'articles';

/**
 * s3rver only knows the access key "S3RVER"; the local S3 is meant to take any credentials (whatever
 * the user's aws CLI is configured with). It does not check SigV4 signatures, so mapping every access
 * key to its one account is all it takes.
 */
function acceptAnyAccessKey(): void {
  const require = createRequire(import.meta.url);
  const account = require('s3rver/lib/models/account') as {
    registry: Map<string, unknown>;
    DUMMY_ACCOUNT: unknown;
  };
  const known = account.registry.get.bind(account.registry);
  account.registry.get = (accessKeyId: string) => known(accessKeyId) ?? account.DUMMY_ACCOUNT;
}
export const LOCAL_TABLE = 'eventwire-events';

export interface LocalStackOptions {
  dataDir: string;
  /** Start empty: remove what earlier runs kept in dataDir. */
  fresh?: boolean;
  /** Query API port (0 picks a free one). */
  port?: number;
  s3Port?: number;
  dynamoPort?: number;
  maxObjectBytes?: number;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** Retry behaviour of the local queue; tests shorten the backoff to reach the dead letters fast. */
  queue?: Pick<
    LocalQueueOptions,
    | 'maxReceiveCount'
    | 'retryDelayMs'
    | 'batchWindowMs'
    | 'batchSize'
    | 'maxConcurrency'
    | 'onRetry'
    | 'onDeadLetter'
    | 'redeliverAfterMs'
  >;
  /** Called with the name of every command the stack's DynamoDB client sends (tests assert no Scan). */
  onDynamoCommand?: (commandName: string) => void;
  /** Wraps the store the ingest handler writes to, so tests can inject failures; queries are unaffected. */
  wrapIngestStore?: (store: EventStore) => EventStore;
  /**
   * Fault injection (infra/local/fault-injector.ts): failing attempts of the SDK clients the stack
   * builds (ingest and query share them), and duplicated or reordered notifications.
   */
  faults?: { s3?: FaultPlan; dynamodb?: FaultPlan; notifications?: NotificationFaults };
}

export interface LocalStack {
  apiUrl: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  /** Loopback-only control server (POST /_local/redrive), described in `<dataDir>/local-stack.json`. */
  controlUrl: string;
  deadLetterFile: string;
  queue: LocalQueue;
  /** Unfinished notifications an earlier process left in the queue's journal, queued again. */
  restored: RestoredMessages;
  /** Set when `faults.notifications` is: what it did to the notifications so far. */
  notifications?: NotificationPerturber;
  /**
   * Resolves once every notification so far has been handled; with `exceptRestored`, except those
   * a killed run left mid-receive, which wait out their visibility (see local-queue.ts).
   */
  idle(options?: { exceptRestored?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

function startControlServer(queue: LocalQueue, token: string) {
  const reply = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    // The body is never read; drain it so the connection can be reused or closed cleanly.
    request.resume();
    if (request.headers.authorization !== `Bearer ${token}`)
      return reply(response, 401, { error: 'bad token' });
    if (request.method !== 'POST' || request.url !== '/_local/redrive') {
      return reply(response, 404, { error: 'only POST /_local/redrive' });
    }
    queue.redrive().then(
      (moved) => reply(response, 200, { moved }),
      (error: unknown) => reply(response, 500, { error: String(error) }),
    );
  });
}

interface Closable {
  close(callback?: (error?: Error) => void): unknown;
}

/** Listens on loopback; a failure to listen (EADDRINUSE) comes as an 'error' event, not to the callback. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export type LocalService = 'query API' | 'S3' | 'DynamoDB';

/** A fixed port that another process holds, or that two of the stack's services were both given. */
export class PortInUseError extends Error {
  constructor(
    readonly service: LocalService,
    readonly port: number,
    readonly sharedWith?: LocalService,
  ) {
    super(
      sharedWith
        ? `port ${port} is given to both ${sharedWith} and ${service}`
        : `port ${port} (${service}) is in use`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * Every fixed port, checked before anything starts or --fresh deletes anything. s3rver's server has
 * no 'error' listener while it starts, so a taken S3 port would otherwise crash the process with a
 * stack trace instead of saying which port.
 */
async function refuseTakenPorts(options: LocalStackOptions): Promise<void> {
  const ports: [LocalService, number | undefined][] = [
    ['query API', options.port],
    ['S3', options.s3Port],
    ['DynamoDB', options.dynamoPort],
  ];
  for (const [at, [service, port]] of ports.entries()) {
    if (!port) continue;
    const clash = ports.slice(0, at).find(([, other]) => other === port);
    if (clash) throw new PortInUseError(service, port, clash[0]);
    const probe = createServer();
    await listen(probe, port).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE' ? new PortInUseError(service, port) : error;
    });
    await new Promise((resolve) => probe.close(resolve));
  }
}

async function ensureTable(endpoint: string): Promise<void> {
  const client = makeDynamoClient({ dynamodbEndpoint: endpoint });
  try {
    await client.send(new DescribeTableCommand({ TableName: LOCAL_TABLE }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await createTableAndWait(client, LOCAL_TABLE);
  } finally {
    client.destroy();
  }
}

/** The queue's journal in the data directory (local-queue.ts): notifications outlive the process. */
export const QUEUE_JOURNAL_FILE = 'queue.jsonl';
const CURSOR_SECRET_FILE = 'cursor-secret';

/** One stack per data directory: a second would find dynalite's LevelDB locked and die unreadably. */
async function refuseIfInUse(dataDir: string): Promise<void> {
  const running = await readRunningLocalStack(dataDir);
  if (running) {
    throw new Error(
      `another eventwire stack (pid ${running.pid}, API ${running.apiUrl}) is using ${dataDir}: stop it first`,
    );
  }
}

/**
 * The newest modification time among these files and the files directly in these directories (0
 * for none). A writer that died took its counter lease with a DynamoDB write, which dynalite's
 * LevelDB files record: the lease ends at most the store's lease length after this time.
 */
async function newestWriteIn(paths: string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    newest = Math.max(newest, info.mtimeMs);
    if (!info.isDirectory()) continue;
    for (const name of await readdir(path)) {
      const file = await stat(join(path, name)).catch(() => null);
      if (file) newest = Math.max(newest, file.mtimeMs);
    }
  }
  return newest;
}

/** The key that signs cursors, kept with the data so a cursor still pages after a restart. */
async function cursorSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, CURSOR_SECRET_FILE);
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (/^[0-9a-f]{64}$/.test(kept)) return kept;
  const secret = randomBytes(32).toString('hex');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  await refuseIfInUse(options.dataDir);
  await refuseTakenPorts(options);
  if (options.fresh) await rm(options.dataDir, { recursive: true, force: true });
  const s3Dir = join(options.dataDir, 's3');
  const dynamoDir = join(options.dataDir, 'dynamodb');
  await mkdir(s3Dir, { recursive: true });
  await mkdir(dynamoDir, { recursive: true });

  // Before dynalite opens (and writes to) its files: when the last run last wrote anything.
  const lastActivityAt = await newestWriteIn([dynamoDir, join(options.dataDir, QUEUE_JOURNAL_FILE)]);

  // dynalite keeps its LevelDB files in dataDir, so events survive a restart. It runs in a thread of
  // its own, as DynamoDB runs apart from the Lambda (see dynalite-thread.ts).
  const dynamo = await startDynaliteThread(
    { path: dynamoDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 },
    options.dynamoPort ?? 0,
  );
  const dynamoEndpoint = dynamo.endpoint;
  await ensureTable(dynamoEndpoint);

  acceptAnyAccessKey();
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: options.s3Port ?? 0,
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: LOCAL_BUCKET, configs: [] }],
    allowMismatchedSignatures: true,
  });
  // Listening before the queue exists: what is uploaded meanwhile is kept and sent once it does.
  type S3Event = Parameters<typeof toAwsS3Event>[0];
  let notify: (event: S3Event) => void;
  const early: S3Event[] = [];
  notify = (event) => early.push(event);
  s3rver.on('event', (event: S3Event) => notify(event));
  const s3Address = (await s3rver.run()) as AddressInfo;
  const s3Endpoint = `http://127.0.0.1:${s3Address.port}`;

  const logLevel = options.logLevel ?? 'WARN';
  const dynamoClient = makeDynamoClient({ dynamodbEndpoint: dynamoEndpoint });
  const hook = options.onDynamoCommand;
  if (hook) {
    dynamoClient.middlewareStack.add(
      (next, context) => async (args) => {
        hook(context.commandName ?? 'unknown');
        return next(args);
      },
      { step: 'initialize', name: 'eventwireCommandHook' },
    );
  }
  if (options.faults?.dynamodb) injectDynamoFaults(dynamoClient, options.faults.dynamodb);
  // Signed cursors: a cursor edited by hand is a 400, as in the cloud. The secret is kept in the
  // data directory, so a client paging through a query can go on after a restart.
  const store = new DynamoEventStore(dynamoClient, LOCAL_TABLE, {
    cursorSecret: await cursorSecret(options.dataDir),
    // The queue's batches share this one store (in AWS each Lambda has its own), so its writers are
    // rarely all waiting at once, and the longest wait decides how many documents share a counter
    // update. 500 articles took 43 and 54 s with 3 s, 56 and 59 s with the 1 s default (alternating
    // runs); a store per batch, as in AWS, took 64 and 76 s (measured with dynalite still on this
    // thread).
    counterMergeWaitMs: 3_000,
  });
  const s3Client = makeS3Client({ s3Endpoint });
  if (options.faults?.s3) injectS3Faults(s3Client, options.faults.s3);
  const ingest = createIngestHandler({
    s3: s3Client,
    store: options.wrapIngestStore ? options.wrapIngestStore(store) : store,
    maxObjectBytes: options.maxObjectBytes ?? 5 * 1024 * 1024,
    logger: new Logger({ serviceName: 'eventwire-ingest', logLevel }),
  });
  const deadLetterFile = join(options.dataDir, DEAD_LETTER_FILE);
  // As many batches at once as the deployed event source mapping allows: a folder of thousands of
  // files is worked through steadily instead of handed to the handler all at once.
  const queue = new LocalQueue({
    maxConcurrency: DEFAULT_SETTINGS.ingestConcurrency,
    ...options.queue,
    handler: ingest,
    deadLetterFile,
    journalFile: join(options.dataDir, QUEUE_JOURNAL_FILE),
  });
  // What a killed process left unfinished goes back on the queue, as SQS would hand it out again.
  const restored = queue.restore({ lastActivityAt });
  const perturber = options.faults?.notifications
    ? new NotificationPerturber(options.faults.notifications, (body) => queue.send(body))
    : undefined;
  // Every change in the bucket becomes the SQS-wrapped notification AWS would deliver.
  notify = (event) => {
    const body = JSON.stringify(toAwsS3Event(event));
    const key = event.Records[0]?.s3.object.key;
    if (perturber && key !== undefined) perturber.notify(key, body);
    else queue.send(body);
  };
  for (const event of early.splice(0)) notify(event);
  const idle = async (idleOptions: { exceptRestored?: boolean } = {}) => {
    // A held notification is not in the queue yet: wait for it to be released, then for the queue.
    while (perturber && perturber.holding > 0) {
      await perturber.settled();
      await queue.idle(idleOptions);
    }
    await queue.idle(idleOptions);
  };

  const app = createQueryApp({ store, corsOrigins: ['*'] });
  const api = createQueryServer(app.handle);
  await listen(api, options.port ?? 0);
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;

  const token = randomBytes(24).toString('hex');
  const control = startControlServer(queue, token);
  await listen(control, 0);
  const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
  const stateFile = join(options.dataDir, LOCAL_STATE_FILE);
  const state: LocalStackState = { pid: process.pid, apiUrl, s3Endpoint, dynamoEndpoint, controlUrl, token };
  await writeFile(stateFile, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });

  const close = (server: Closable & { closeAllConnections?: () => void }) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive connections (a browser, curl --keepalive) would otherwise hold close() open.
      server.closeAllConnections?.();
    });

  // Idempotent: Ctrl-C pressed twice, or a test's afterAll after the test stopped it, stop it once.
  let stopping: Promise<void> | undefined;
  return {
    apiUrl,
    s3Endpoint,
    dynamoEndpoint,
    controlUrl,
    deadLetterFile,
    queue,
    restored,
    ...(perturber ? { notifications: perturber } : {}),
    idle,
    stop() {
      stopping ??= shutdown();
      return stopping;
    },
  };

  async function shutdown(): Promise<void> {
    // Only our own state file: a second stack started on the same dataDir may have replaced it.
    const current = await readLocalStackState(options.dataDir).catch(() => null);
    if (current?.token === token) await rm(stateFile, { force: true });
    await close(control);
    perturber?.flush();
    // The batches being handled finish; what is still queued waits in the journal for the next start.
    await queue.close();
    await close(api);
    s3Client.destroy();
    await s3rver.close();
    dynamoClient.destroy();
    await dynamo.stop();
  }
}
