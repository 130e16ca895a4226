/**
 * The whole pipeline on one machine: s3rver for S3 and dynalite for DynamoDB, in-process on loopback,
 * wired to the same ingest and query code the Lambdas run. Only the SDK clients' endpoints differ.
 */
import { mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { serve } from '@hono/node-server';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { makeDynamoClient, makeS3Client } from '../../lambdas/aws/clients';
import { createIngestHandler } from '../../lambdas/ingest/ingest';
import { createQueryApp } from '../../lambdas/query/app';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import { createTableInput } from '../../lambdas/store/table';
import { LocalQueue } from './local-queue';
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
}

export interface LocalStack {
  apiUrl: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  queue: LocalQueue;
  /** Resolves once every notification so far has been handled. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

interface Closable {
  close(callback?: (error?: Error) => void): unknown;
}

function listen(
  server: Closable & { listen(port: number, host: string, cb: (err?: Error) => void): unknown },
  port: number,
) {
  return new Promise<void>((resolve, reject) =>
    server.listen(port, '127.0.0.1', (err) => (err ? reject(err) : resolve())),
  );
}

async function ensureTable(endpoint: string): Promise<void> {
  const client = makeDynamoClient({ dynamodbEndpoint: endpoint });
  try {
    await client.send(new DescribeTableCommand({ TableName: LOCAL_TABLE }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await client.send(new CreateTableCommand(createTableInput(LOCAL_TABLE)));
  } finally {
    client.destroy();
  }
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  if (options.fresh) await rm(options.dataDir, { recursive: true, force: true });
  const s3Dir = join(options.dataDir, 's3');
  const dynamoDir = join(options.dataDir, 'dynamodb');
  await mkdir(s3Dir, { recursive: true });
  await mkdir(dynamoDir, { recursive: true });

  // dynalite keeps its LevelDB files in dataDir, so events survive a restart.
  const dynamo = dynalite({ path: dynamoDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await listen(dynamo, options.dynamoPort ?? 0);
  const dynamoEndpoint = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;
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
  const s3Address = (await s3rver.run()) as AddressInfo;
  const s3Endpoint = `http://127.0.0.1:${s3Address.port}`;

  const logLevel = options.logLevel ?? 'WARN';
  const store = new DynamoEventStore(makeDynamoClient({ dynamodbEndpoint: dynamoEndpoint }), LOCAL_TABLE);
  const ingest = createIngestHandler({
    s3: makeS3Client({ s3Endpoint }),
    store,
    maxObjectBytes: options.maxObjectBytes ?? 5 * 1024 * 1024,
    logger: new Logger({ serviceName: 'eventwire-ingest', logLevel }),
  });
  const queue = new LocalQueue({
    handler: ingest,
    deadLetterFile: join(options.dataDir, 'dead-letters.jsonl'),
  });
  // Every change in the bucket becomes the SQS-wrapped notification AWS would deliver.
  s3rver.on('event', (event: Parameters<typeof toAwsS3Event>[0]) => {
    queue.send(JSON.stringify(toAwsS3Event(event)));
  });

  const app = createQueryApp({ store, corsOrigins: ['*'] });
  const api = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 });
  await new Promise<void>((resolve, reject) => {
    api.once('listening', resolve);
    api.once('error', reject);
  });
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;

  return {
    apiUrl,
    s3Endpoint,
    dynamoEndpoint,
    queue,
    idle: () => queue.idle(),
    async stop() {
      await queue.idle();
      queue.stop();
      await new Promise<void>((resolve) => api.close(() => resolve()));
      await s3rver.close();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
    },
  };
}
