/** Lambda entry for ingest: wires the handler to AWS once per cold start. */
import { Logger } from '@aws-lambda-powertools/logger';
import { makeDynamoClient, makeS3Client, settingsFromEnv } from '../aws/clients';
import { DynamoEventStore } from '../store/event-store';
import { createIngestHandler } from './ingest';

const settings = settingsFromEnv(process.env);
const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');

export const handler = createIngestHandler({
  s3: makeS3Client(settings),
  store: new DynamoEventStore(makeDynamoClient(settings), tableName),
  maxObjectBytes: Number(process.env.MAX_OBJECT_BYTES ?? 5 * 1024 * 1024),
  maxEventsPerDocument: Number(process.env.MAX_EVENTS_PER_DOCUMENT) || undefined,
  logger: new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'eventwire-ingest' }),
});
