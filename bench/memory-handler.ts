/**
 * The ingest handler for the memory measurement: the real createIngestHandler, S3 client and
 * DynamoEventStore, with one difference: DynamoDB requests are built and serialized but answered by
 * a stub instead of sent. A 5 MB article codes to ~25,000 events (~275,000 items); dynalite would
 * take many minutes to store them, and the memory that matters (the text, the records, the write
 * requests) is all allocated before the network.
 */
import { makeDynamoClient, settingsFromEnv } from '../lambdas/aws/clients';
import { DynamoEventStore } from '../lambdas/store/event-store';
import type { EventStore } from '../lambdas/store/types';
import { benchIngestHandler } from './bench-ingest';

const settings = settingsFromEnv(process.env);
const dynamo = makeDynamoClient(settings);
dynamo.middlewareStack.add(() => async () => ({ output: { $metadata: {} }, response: {} }), {
  step: 'build',
  name: 'benchDynamoStub',
});
const real = new DynamoEventStore(dynamo, process.env.TABLE_NAME ?? 'bench');

const seen = { documents: 0, events: 0, eventIdBytes: 0 };
const store: EventStore = Object.assign(Object.create(real) as EventStore, {
  putDocument: (...args: Parameters<EventStore['putDocument']>) => {
    const events = args[2];
    seen.documents++;
    seen.events += events.length;
    // The document item lists every event id; DynamoDB items are capped at 400 KB.
    seen.eventIdBytes = Math.max(
      seen.eventIdBytes,
      events.reduce((s, e) => s + e.id.length + 1, 0),
    );
    return real.putDocument(...args);
  },
});

export const handler = benchIngestHandler(settings, store, seen);
