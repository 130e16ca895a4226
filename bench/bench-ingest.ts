/**
 * The real ingest handler (createIngestHandler with the S3 client) around a store a bench entry
 * wraps, answering with what that entry counted under `bench`. Shared by the bench's handler bundles.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent } from 'aws-lambda';
import { type ClientSettings, makeS3Client } from '../lambdas/aws/clients';
import { createIngestHandler } from '../lambdas/ingest/ingest';
import type { EventStore } from '../lambdas/store/types';

export function benchIngestHandler(settings: ClientSettings, store: EventStore, seen: object) {
  const ingest = createIngestHandler({
    s3: makeS3Client(settings),
    store,
    maxObjectBytes: Number(process.env.MAX_OBJECT_BYTES ?? 5 * 1024 * 1024),
    logger: new Logger({ serviceName: 'eventwire-ingest' }),
  });
  return async (event: SQSEvent) => ({ ...(await ingest(event)), bench: seen });
}
