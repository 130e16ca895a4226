/** Cold start baseline for the query Lambda: its one SDK client (DynamoDB) and an empty handler. */
import { makeDynamoClient, settingsFromEnv } from '../lambdas/aws/clients';

export const clients = { dynamo: makeDynamoClient(settingsFromEnv(process.env)) };

export const handler = async (_event: unknown) => ({ statusCode: 200, body: '{}' });
