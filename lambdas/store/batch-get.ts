/** BatchGetItem in chunks of 100 (the service limit), retrying UnprocessedKeys like batchWrite. */
import {
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { type Item, keyId, keyItem } from './attributes';
import { backoffDelay, type RetryOptions } from './batch-write';

export const BATCH_GET_LIMIT = 100;

export class BatchGetError extends Error {
  constructor(tableName: string, unprocessed: number, attempts: number) {
    super(`BatchGetItem on ${tableName}: ${unprocessed} key(s) still unprocessed after ${attempts} attempts`);
    this.name = 'BatchGetError';
  }
}

/** The items that exist among `keys` (in no particular order), read consistently. */
export async function batchGet(
  client: DynamoDBClient,
  tableName: string,
  keys: { pk: string; sk: string }[],
  options: RetryOptions & {
    projection?: string;
    /** Sees every response, e.g. to add up ConsumedCapacity. */
    onResponse?: (out: BatchGetItemCommandOutput) => void;
  } = {},
): Promise<Item[]> {
  const unique = [...new Map(keys.map((k) => [keyId(k), k])).values()];
  const maxAttempts = options.maxAttempts ?? 8;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const found: Item[] = [];
  for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
    let pending = unique.slice(start, start + BATCH_GET_LIMIT).map(keyItem);
    for (let attempt = 1; ; attempt++) {
      const out = await client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ConsistentRead: true,
              ...(options.projection ? { ProjectionExpression: options.projection } : {}),
            },
          },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      options.onResponse?.(out);
      found.push(...(out.Responses?.[tableName] ?? []));
      pending = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
      if (pending.length === 0) break;
      if (attempt >= maxAttempts) throw new BatchGetError(tableName, pending.length, attempt);
      await sleep(backoffDelay(attempt, options));
    }
  }
  return found;
}
