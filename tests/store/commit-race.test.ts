import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoClient } from '../../lambdas/aws/clients';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import { makeEvent } from '../fixtures/events';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;

beforeAll(async () => {
  dynamo = await startDynalite();
});

afterAll(async () => {
  await dynamo?.close();
});

const doc = 'race/article.txt';
const at = '2024-03-01T00:00:00.000Z';

/**
 * A second client on the same endpoint whose first document commit waits for `before` to finish:
 * the writer has read the document, written its events, and another version commits in between.
 */
function clientThatCommitsAfter(before: () => Promise<unknown>): DynamoDBClient {
  const client = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
  let waited = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { Item?: { pk?: { S?: string } } };
      if (!waited && context.commandName === 'PutItemCommand' && input.Item?.pk?.S === `DOC#${doc}`) {
        waited = true;
        await before();
      }
      return next(args);
    },
    { step: 'initialize', name: 'commitAfterAnotherWriter' },
  );
  return client;
}

describe('two versions of one document written at the same time', () => {
  it('leaves exactly the newer version when an older one commits between its read and its commit', async () => {
    const table = await dynamo.createTable();
    const older = [makeEvent({ doc, code: '040' }), makeEvent({ doc, code: '051' })];
    const newer = [makeEvent({ doc, code: '111' })];
    const olderStore = new DynamoEventStore(dynamo.client, table);
    const newerStore = new DynamoEventStore(
      clientThatCommitsAfter(() =>
        olderStore.putDocument({ doc, sequencer: '01', at }, '2024-02-07', older, []),
      ),
      table,
    );

    const outcome = await newerStore.putDocument({ doc, sequencer: '02', at }, '2024-02-07', newer, []);

    expect(outcome).toBe('applied');
    const page = await olderStore.queryEvents({ doc }, 100, null);
    expect(page.items.map((event) => event.id)).toEqual(newer.map((event) => event.id));
    for (const event of older) expect(await olderStore.getEvent(event.id)).toBeNull();
    expect(await olderStore.getDocument(doc)).toMatchObject({ status: 'PARSED', events: 1 });
  });
});
