/**
 * The real ingest handler (createIngestHandler, the S3 client, DynamoEventStore) with the store's
 * work timed, for the cold start row: how much of a cold start is the store's DynamoDB calls, which
 * the I/O floor (io-floor-handler.ts) only samples with one BatchWriteItem and one UpdateItem.
 * Not the bundle the row measures: the timing wrapper is the only difference.
 */
import { makeDynamoClient, settingsFromEnv } from '../lambdas/aws/clients';
import { DynamoEventStore } from '../lambdas/store/event-store';
import type { EventStore } from '../lambdas/store/types';
import { benchIngestHandler } from './bench-ingest';

const settings = settingsFromEnv(process.env);
const dynamo = makeDynamoClient(settings);
const seen = { storeMs: 0, dynamoCalls: 0, events: 0 };
dynamo.middlewareStack.add(
  (next) => async (args) => {
    seen.dynamoCalls++;
    return next(args);
  },
  { step: 'initialize', name: 'benchCallCount' },
);
const real = new DynamoEventStore(dynamo, process.env.TABLE_NAME ?? 'bench');
const store: EventStore = Object.assign(Object.create(real) as EventStore, {
  putDocument: async (...args: Parameters<EventStore['putDocument']>) => {
    const started = performance.now();
    try {
      return await real.putDocument(...args);
    } finally {
      seen.storeMs += performance.now() - started;
      seen.events += args[2].length;
    }
  },
});

export const handler = benchIngestHandler(settings, store, seen);
