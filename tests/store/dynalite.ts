/** A dynalite server and table factory for the store and API tests that need a real DynamoDB. */

import type { AddressInfo } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { makeDynamoClient } from '../../lambdas/aws/clients';
import { createTableAndWait } from '../../lambdas/store/create-table';

export interface LocalDynamo {
  client: DynamoDBClient;
  /** For a second client on the same server. */
  endpoint: string;
  /** Names of every command sent through `client`, in order. */
  commands: string[];
  /** A fresh, ACTIVE table; its name. */
  createTable(): Promise<string>;
  close(): Promise<void>;
}

let tables = 0;

/**
 * `cacheMiddleware: false` for suites that add and remove middleware between requests (crash
 * injection): the production client resolves its middleware once (see ClientSettings).
 */
export async function startDynalite(options: { cacheMiddleware?: boolean } = {}): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = makeDynamoClient({ dynamodbEndpoint: endpoint, ...options });
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommandNames' },
  );
  return {
    client,
    endpoint,
    commands,
    async createTable() {
      tables += 1;
      const tableName = `events-${process.pid}-${tables}`;
      await createTableAndWait(client, tableName);
      return tableName;
    },
    async close() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
