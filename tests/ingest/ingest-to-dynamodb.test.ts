import { Readable } from 'node:stream';
import { Logger } from '@aws-lambda-powertools/logger';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIngestHandler } from '../../lambdas/ingest/ingest';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import { s3Event, sqsEvent, sqsMessage } from '../fixtures/sqs-s3-events';

// The ingest handler over the real DynamoDB store, with both SDK clients mocked: what AWS would be
// asked, and what happens when DynamoDB pushes back.
const ARTICLE = ' date 2024-02-07 Israeli jets bombed Hezbollah positions in Beirut on Tuesday.';

const s3 = mockClient(S3Client);
const dynamo = mockClient(DynamoDBClient);

function handler() {
  return createIngestHandler({
    s3: new S3Client({ region: 'us-east-1' }),
    store: new DynamoEventStore(new DynamoDBClient({ region: 'us-east-1' }), 'events', {
      retry: { maxAttempts: 5, baseDelayMs: 1 },
    }),
    maxObjectBytes: 1024 * 1024,
    logger: new Logger({ logLevel: 'SILENT' }),
  });
}

beforeEach(() => {
  s3.reset();
  dynamo.reset();
  s3.on(GetObjectCommand).callsFake(async () => ({
    Body: sdkStreamMixin(Readable.from([Buffer.from(ARTICLE)])),
    ContentLength: ARTICLE.length,
  }));
  dynamo.on(GetItemCommand).resolves({});
  dynamo.on(QueryCommand).resolves({ Items: [] });
  dynamo.on(BatchGetItemCommand).resolves({ Responses: {} });
  dynamo.on(PutItemCommand).resolves({});
  dynamo.on(UpdateItemCommand).resolves({});
});

describe('ingest into DynamoDB', () => {
  it('retries the items DynamoDB leaves unprocessed until all are written', async () => {
    let first = true;
    dynamo.on(BatchWriteItemCommand).callsFake(async (input: { RequestItems: Record<string, unknown[]> }) => {
      if (!first) return { UnprocessedItems: {} };
      first = false;
      const [table, requests] = Object.entries(input.RequestItems)[0] ?? ['', []];
      return { UnprocessedItems: { [table]: requests.slice(0, 2) } };
    });
    const result = await handler()(
      sqsEvent(sqsMessage(s3Event({ key: 'news/beirut+strike.txt', size: ARTICLE.length }))),
    );
    expect(result.batchItemFailures).toEqual([]);
    const batches = dynamo.commandCalls(BatchWriteItemCommand);
    expect(batches.length).toBeGreaterThan(1);
    for (const call of batches) {
      for (const requests of Object.values(call.args[0].input.RequestItems ?? {}))
        expect(requests.length).toBeLessThanOrEqual(25);
    }
    const written = batches.flatMap((call) => Object.values(call.args[0].input.RequestItems ?? {}).flat());
    const keys = written.map(
      (request) => request.PutRequest?.Item?.pk?.S ?? request.DeleteRequest?.Key?.pk?.S,
    );
    expect(keys.some((key) => key?.startsWith('EVENT#'))).toBe(true);
    // The document item is written under the decoded key.
    const documentWrites = [
      ...dynamo.commandCalls(PutItemCommand),
      ...dynamo.commandCalls(UpdateItemCommand),
    ].map((call) => JSON.stringify(call.args[0].input));
    expect(documentWrites.some((input) => input.includes('DOC#news/beirut strike.txt'))).toBe(true);
  });

  it('reports the message as failed when DynamoDB keeps leaving items unprocessed', async () => {
    dynamo
      .on(BatchWriteItemCommand)
      .callsFake(async (input: { RequestItems: Record<string, unknown[]> }) => ({
        UnprocessedItems: input.RequestItems,
      }));
    const result = await handler()(
      sqsEvent(sqsMessage(s3Event({ key: 'stuck.txt', size: ARTICLE.length }), 'stuck')),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'stuck' }]);
  });
});
