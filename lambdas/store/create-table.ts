/**
 * Creates the events table (for the emulators: the cloud table comes from the CDK stack) and waits
 * until it is ACTIVE. dynalite answers ResourceNotFound for a table still CREATING, even with
 * createTableMs: 0, if a request arrives before its timer fires on a busy machine.
 */
import { CreateTableCommand, type DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { createTableInput } from './table';

export async function createTableAndWait(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists(
    { client, maxWaitTime: 30, minDelay: 0.05, maxDelay: 0.2 },
    { TableName: tableName },
  );
}
