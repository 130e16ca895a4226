import { BatchWriteItemCommand, DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchWriteError, backoffDelay, batchWrite } from '../../lambdas/store/batch-write';

const dynamo = mockClient(DynamoDBClient);
const client = new DynamoDBClient({ region: 'us-east-1' });
const noWait = { sleep: async () => {}, random: () => 0.5 };

function put(i: number, sk = 'S'): WriteRequest {
  return { PutRequest: { Item: { pk: { S: `P#${i}` }, sk: { S: sk } } } };
}

afterEach(() => dynamo.reset());

describe('batchWrite', () => {
  it('retries the unprocessed items until they are written', async () => {
    const requests = [put(1), put(2), put(3)];
    const delays: number[] = [];
    dynamo
      .on(BatchWriteItemCommand)
      .resolvesOnce({ UnprocessedItems: { t: [put(2)] } })
      .resolves({ UnprocessedItems: {} });
    await batchWrite(client, 't', requests, { ...noWait, sleep: async (ms) => void delays.push(ms) });
    const calls = dynamo.commandCalls(BatchWriteItemCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.args[0].input.RequestItems?.t).toEqual(requests);
    expect(calls[1]?.args[0].input.RequestItems?.t).toEqual([put(2)]);
    expect(delays).toHaveLength(1);
  });

  it('gives up after the attempt budget with an error that says how much is left', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({ UnprocessedItems: { t: [put(1)] } });
    const failure = batchWrite(client, 't', [put(1), put(2)], { ...noWait, maxAttempts: 3 });
    await expect(failure).rejects.toBeInstanceOf(BatchWriteError);
    await expect(failure).rejects.toThrow(/1 item\(s\) still unprocessed after 3 attempts/);
    expect(dynamo.commandCalls(BatchWriteItemCommand)).toHaveLength(3);
  });

  it('sends chunks of at most 25 and nothing for no requests', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({});
    await batchWrite(client, 't', [], noWait);
    expect(dynamo.commandCalls(BatchWriteItemCommand)).toHaveLength(0);
    await batchWrite(
      client,
      't',
      Array.from({ length: 60 }, (_, i) => put(i)),
      noWait,
    );
    const sizes = dynamo
      .commandCalls(BatchWriteItemCommand)
      .map((c) => c.args[0].input.RequestItems?.t?.length);
    expect(sizes).toEqual([25, 25, 10]);
  });

  it('has at most four chunks in flight and writes every one of them', async () => {
    let inFlight = 0;
    let most = 0;
    dynamo.on(BatchWriteItemCommand).callsFake(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return {};
    });
    const requests = Array.from({ length: 250 }, (_, i) => put(i));
    await batchWrite(client, 't', requests, noWait);
    expect(most).toBe(4);
    const written = dynamo
      .commandCalls(BatchWriteItemCommand)
      .flatMap((c) => c.args[0].input.RequestItems?.t ?? []);
    expect(new Set(written.map((r) => r.PutRequest?.Item?.pk?.S)).size).toBe(250);
  });

  it('fails the call when one chunk fails, after the chunks already sent have finished', async () => {
    let finished = 0;
    dynamo
      .on(BatchWriteItemCommand)
      .callsFake(async (input: { RequestItems: Record<string, WriteRequest[]> }) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (input.RequestItems.t?.[0]?.PutRequest?.Item?.pk?.S === 'P#25')
          throw new Error('service unavailable');
        finished += 1;
        return {};
      });
    const requests = Array.from({ length: 100 }, (_, i) => put(i));
    await expect(batchWrite(client, 't', requests, noWait)).rejects.toThrow('service unavailable');
    // The failing chunk is the second of four; its worker stops, the other three finish theirs.
    expect(finished).toBe(3);
  });

  it('keeps only the last request for a key, which DynamoDB requires within one batch', async () => {
    dynamo.on(BatchWriteItemCommand).resolves({});
    const deleteFirst: WriteRequest = { DeleteRequest: { Key: { pk: { S: 'P#1' }, sk: { S: 'S' } } } };
    await batchWrite(client, 't', [deleteFirst, put(2), put(1)], noWait);
    expect(dynamo.commandCalls(BatchWriteItemCommand)[0]?.args[0].input.RequestItems?.t).toEqual([
      put(2),
      put(1),
    ]);
  });

  it('propagates errors other than unprocessed items', async () => {
    dynamo.on(BatchWriteItemCommand).rejects(new Error('boom'));
    await expect(batchWrite(client, 't', [put(1)], noWait)).rejects.toThrow('boom');
  });

  it('backs off exponentially with full jitter, capped', () => {
    const top = { random: () => 0.999999, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, top)).toBe(199);
    expect(backoffDelay(2, top)).toBe(399);
    expect(backoffDelay(10, top)).toBe(999);
    expect(backoffDelay(3, { ...top, random: () => 0 })).toBe(0);
  });
});
