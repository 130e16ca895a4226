/**
 * BatchWriteItem in chunks of 25 (the service limit), retrying UnprocessedItems. DynamoDB returns
 * unprocessed items instead of failing when a partition is throttled, so a caller that ignores them
 * silently loses writes; this helper is the one place that handles it.
 */
import { BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { keyId, str } from './attributes';

export const BATCH_WRITE_LIMIT = 25;
/** BatchWriteItem requests of one call in flight at once. */
const PARALLEL_CHUNKS = 4;

export interface RetryOptions {
  /** Attempts per chunk, including the first. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected in tests so they do not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Injected in tests for deterministic jitter; returns [0, 1). */
  random?: () => number;
}

export class BatchWriteError extends Error {
  constructor(
    readonly tableName: string,
    readonly unprocessed: number,
    readonly attempts: number,
  ) {
    super(
      `BatchWriteItem on ${tableName}: ${unprocessed} item(s) still unprocessed after ${attempts} attempts (throttled?)`,
    );
    this.name = 'BatchWriteError';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with full jitter: a random delay in [0, min(max, base * 2^attempt)). */
export function backoffDelay(attempt: number, options: RetryOptions = {}): number {
  const base = options.baseDelayMs ?? 50;
  const max = options.maxDelayMs ?? 2_000;
  const random = options.random ?? Math.random;
  return Math.floor(random() * Math.min(max, base * 2 ** attempt));
}

function requestKey(request: WriteRequest): string | undefined {
  const item = request.PutRequest?.Item ?? request.DeleteRequest?.Key;
  const pk = str(item, 'pk');
  const sk = str(item, 'sk');
  return pk !== undefined && sk !== undefined ? keyId({ pk, sk }) : undefined;
}

/**
 * Writes every request. Two requests for the same key in one batch are rejected by DynamoDB, so
 * the last one for a key wins (the same as sending them in order).
 */
export async function batchWrite(
  client: DynamoDBClient,
  tableName: string,
  requests: WriteRequest[],
  options: RetryOptions = {},
): Promise<void> {
  const byKey = new Map<string, WriteRequest>();
  const unkeyed: WriteRequest[] = [];
  for (const request of requests) {
    const key = requestKey(request);
    if (key === undefined) unkeyed.push(request);
    else {
      byKey.delete(key);
      byKey.set(key, request);
    }
  }
  const unique = [...byKey.values(), ...unkeyed];
  const maxAttempts = options.maxAttempts ?? 8;
  const sleep = options.sleep ?? defaultSleep;

  const writeChunk = async (chunk: WriteRequest[]) => {
    let pending = chunk;
    for (let attempt = 1; ; attempt++) {
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = out.UnprocessedItems?.[tableName] ?? [];
      if (pending.length === 0) return;
      if (attempt >= maxAttempts) throw new BatchWriteError(tableName, pending.length, attempt);
      await sleep(backoffDelay(attempt, options));
    }
  };
  const chunks: WriteRequest[][] = [];
  for (let start = 0; start < unique.length; start += BATCH_WRITE_LIMIT) {
    chunks.push(unique.slice(start, start + BATCH_WRITE_LIMIT));
  }
  // Chunks hold distinct keys, so their order does not matter: a few in flight at once turn a
  // document's ~10 sequential round trips into ~3. The caller still sees one call that either
  // wrote everything or threw.
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(PARALLEL_CHUNKS, chunks.length) }, async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await writeChunk(chunk);
    }),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
