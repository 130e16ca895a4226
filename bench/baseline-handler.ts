/**
 * Cold start baseline for the ingest Lambda: the same SDK clients built the same way at module
 * load, and a handler that does nothing. What the real handler costs on top of this is ours.
 */
import { makeDynamoClient, makeS3Client, settingsFromEnv } from '../lambdas/aws/clients';

const settings = settingsFromEnv(process.env);
export const clients = { s3: makeS3Client(settings), dynamo: makeDynamoClient(settings) };

export const handler = async (_event: unknown) => ({ batchItemFailures: [] });
