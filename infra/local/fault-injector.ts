/**
 * Faults for the local stack, so tests can prove the pipeline ends in the state a perfect run gives
 * while S3 and DynamoDB misbehave and notifications arrive twice, late or out of order.
 *
 * - SDK faults: a middleware inside the SDK's retry loop (after `retryMiddleware`), so the fault rate
 *   applies to every attempt, as a flaky network or a throttled table would. The SDK retries what it
 *   classifies as retryable; what outlasts its attempts reaches the handler, becomes a batch item
 *   failure and is retried by the queue.
 * - DynamoDB partial batches: BatchWriteItem / BatchGetItem answer with part of the request
 *   unprocessed, as DynamoDB does under throttling (the SDK does not retry those; the store must).
 * - Notification faults: duplicates (the same message twice, as S3's at-least-once delivery does) and
 *   reordering (a notification held back and delivered after the next one for the same key).
 *
 * Every decision comes from a seeded PRNG, so which calls fail is reproducible; when they run is not
 * (the pipeline is concurrent), which is the point: the outcome must not depend on it.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { FinalizeRequestMiddleware, InitializeMiddleware } from '@smithy/types';

import { seededRandom } from './seeded-random';

export { seededRandom };

export type FaultService = 's3' | 'dynamodb';

/**
 * - `throttling`: the service refused the request (ThrottlingException / SlowDown); nothing happened.
 * - `server-error`: a 500 (InternalServerError / InternalError); nothing happened.
 * - `timeout`: the connection timed out before the request reached the service; nothing happened.
 * - `lost-response`: the service did the work, then the response was lost (a timeout after the
 *   fact). The retry repeats a call that already took effect, which is what idempotency is for.
 */
export type FaultKind = 'throttling' | 'server-error' | 'timeout' | 'lost-response';

export interface FaultCall {
  service: FaultService;
  /** e.g. GetObjectCommand, UpdateItemCommand. */
  command: string;
}

/** Decides, per attempt, whether the call fails and how. */
export interface FaultPlan {
  decide(call: FaultCall): FaultKind | null;
  /** Per call (not per attempt): answer a DynamoDB batch with part of it unprocessed. */
  partialBatch?(call: FaultCall): boolean;
}

export interface FaultStats {
  attempts: number;
  faults: number;
  byKind: Record<FaultKind, number>;
  byCommand: Record<string, number>;
  partialBatches: number;
}

export interface RandomFaultPlanOptions {
  seed: number;
  /** Share of attempts that fail, e.g. 0.1. */
  rate: number;
  /** Which kinds, picked uniformly; default all four. */
  kinds?: FaultKind[];
  /** Share of BatchWriteItem / BatchGetItem calls answered partially; default 0. */
  partialBatchRate?: number;
}

export type RandomFaultPlan = FaultPlan & { readonly stats: FaultStats };

export function randomFaultPlan(options: RandomFaultPlanOptions): RandomFaultPlan {
  const random = seededRandom(options.seed);
  const kinds: FaultKind[] = options.kinds ?? ['throttling', 'server-error', 'timeout', 'lost-response'];
  const stats: FaultStats = {
    attempts: 0,
    faults: 0,
    byKind: { throttling: 0, 'server-error': 0, timeout: 0, 'lost-response': 0 },
    byCommand: {},
    partialBatches: 0,
  };
  return {
    stats,
    decide(call) {
      stats.attempts++;
      if (random() >= options.rate) return null;
      const kind = kinds[Math.floor(random() * kinds.length)] ?? 'server-error';
      stats.faults++;
      stats.byKind[kind]++;
      stats.byCommand[call.command] = (stats.byCommand[call.command] ?? 0) + 1;
      return kind;
    },
    partialBatch() {
      const partial = random() < (options.partialBatchRate ?? 0);
      if (partial) stats.partialBatches++;
      return partial;
    },
  };
}

/** The error the SDK would raise for the fault, shaped so its retry strategy classifies it the same. */
export function injectedError(service: FaultService, kind: FaultKind, command: string): Error {
  const make = (name: string, message: string, fields: Record<string, unknown>) =>
    Object.assign(new Error(`injected fault in ${command}: ${message}`), { name, ...fields });
  switch (kind) {
    case 'throttling':
      return service === 's3'
        ? make('SlowDown', 'please reduce your request rate', {
            $fault: 'server',
            $metadata: { httpStatusCode: 503 },
          })
        : make('ThrottlingException', 'rate of requests exceeds the allowed throughput', {
            $fault: 'client',
            $metadata: { httpStatusCode: 400 },
          });
    case 'server-error':
      return make(service === 's3' ? 'InternalError' : 'InternalServerError', 'internal server error', {
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
      });
    case 'timeout':
    case 'lost-response':
      // What the Node HTTP handler raises for a socket timeout: retried as a transient error.
      return make('TimeoutError', 'socket timed out', { code: 'ETIMEDOUT', $metadata: {} });
  }
}

/** A lost response still holds a connection if its body is a stream: release it. */
function discardBody(output: unknown): void {
  const body = (output as { Body?: { destroy?: () => void } } | undefined)?.Body;
  body?.destroy?.();
}

async function attempt<T extends { output: unknown }>(
  plan: FaultPlan,
  call: FaultCall,
  send: () => Promise<T>,
): Promise<T> {
  const kind = plan.decide(call);
  if (kind === null) return send();
  if (kind === 'lost-response') {
    const result = await send();
    discardBody(result.output);
  }
  throw injectedError(call.service, kind, call.command);
}

const PLACEMENT = {
  relation: 'after',
  toMiddleware: 'retryMiddleware',
  name: 'eventwireFaultInjector',
  override: true,
} as const;

function failingAttempts<Input extends object, Output extends object>(
  service: FaultService,
  plan: FaultPlan,
): FinalizeRequestMiddleware<Input, Output> {
  return (next, context) => (args) =>
    attempt(plan, { service, command: context.commandName ?? 'unknown' }, () => next(args));
}

export function injectS3Faults(client: S3Client, plan: FaultPlan): void {
  client.middlewareStack.addRelativeTo(failingAttempts('s3', plan), PLACEMENT);
}

interface WriteBatchInput {
  RequestItems?: Record<string, unknown[]>;
}
interface GetBatchInput {
  RequestItems?: Record<string, { Keys?: unknown[] }>;
}
interface WriteBatchOutput {
  UnprocessedItems?: Record<string, unknown[]>;
}
interface GetBatchOutput {
  UnprocessedKeys?: Record<string, { Keys?: unknown[] }>;
}

/**
 * Sends the first half of a batch and answers the rest as unprocessed, merged with whatever the
 * service left unprocessed itself. Batches of one item are left alone (nothing to split).
 */
async function partially<R extends { output: unknown }>(
  command: string,
  input: unknown,
  send: (input: unknown) => Promise<R>,
): Promise<R> {
  if (command === 'BatchWriteItemCommand') {
    const { RequestItems = {}, ...rest } = input as WriteBatchInput;
    const kept: Record<string, unknown[]> = {};
    const held: Record<string, unknown[]> = {};
    for (const [table, requests] of Object.entries(RequestItems)) {
      const half = Math.max(1, Math.floor(requests.length / 2));
      kept[table] = requests.slice(0, half);
      if (requests.length > half) held[table] = requests.slice(half);
    }
    if (Object.keys(held).length === 0) return send(input);
    const result = await send({ ...rest, RequestItems: kept });
    const output = result.output as WriteBatchOutput;
    const unprocessed = { ...output.UnprocessedItems };
    for (const [table, requests] of Object.entries(held)) {
      unprocessed[table] = [...(unprocessed[table] ?? []), ...requests];
    }
    output.UnprocessedItems = unprocessed;
    return result;
  }
  const { RequestItems = {}, ...rest } = input as GetBatchInput;
  const kept: Record<string, { Keys?: unknown[] }> = {};
  const held: Record<string, { Keys?: unknown[] }> = {};
  for (const [table, request] of Object.entries(RequestItems)) {
    const keys = request.Keys ?? [];
    const half = Math.max(1, Math.floor(keys.length / 2));
    kept[table] = { ...request, Keys: keys.slice(0, half) };
    if (keys.length > half) held[table] = { ...request, Keys: keys.slice(half) };
  }
  if (Object.keys(held).length === 0) return send(input);
  const result = await send({ ...rest, RequestItems: kept });
  const output = result.output as GetBatchOutput;
  const unprocessed = { ...output.UnprocessedKeys };
  for (const [table, request] of Object.entries(held)) {
    const already = unprocessed[table]?.Keys ?? [];
    unprocessed[table] = { ...request, Keys: [...already, ...(request.Keys ?? [])] };
  }
  output.UnprocessedKeys = unprocessed;
  return result;
}

/** Partial batches are an answer, not an error, so the decision is per call (outside the retry loop). */
function partialBatches<Input extends object, Output extends object>(
  plan: FaultPlan,
): InitializeMiddleware<Input, Output> {
  return (next, context) => (args) => {
    const command = context.commandName ?? 'unknown';
    const batch = command === 'BatchWriteItemCommand' || command === 'BatchGetItemCommand';
    if (!batch || !plan.partialBatch?.({ service: 'dynamodb', command })) return next(args);
    return partially(command, args.input, (input) => next({ ...args, input: input as Input }));
  };
}

export function injectDynamoFaults(client: DynamoDBClient, plan: FaultPlan): void {
  client.middlewareStack.addRelativeTo(failingAttempts('dynamodb', plan), PLACEMENT);
  client.middlewareStack.add(partialBatches(plan), {
    step: 'initialize',
    name: 'eventwirePartialBatchInjector',
    override: true,
  });
}

/** Notification faults, decided per notification from `seed`. */
export interface NotificationFaults {
  seed: number;
  /** Share of notifications delivered twice (the identical message, as S3 redelivers). */
  duplicateRate: number;
  /**
   * Share of the holdable notifications held back and delivered right after the next notification
   * for the same key (so the older change arrives second). Out-of-order needs a later change to be
   * out of order with, so `canHold` can narrow the choice to notifications that will have one.
   */
  reorderRate: number;
  /** `nth` counts the key's notifications from 0. Default: every notification may be held. */
  canHold?: (key: string, nth: number) => boolean;
  /** A held notification with no later one for its key is delivered after this long (late). */
  maxHoldMs?: number;
}

export interface NotificationStats {
  notifications: number;
  duplicated: number;
  held: number;
  /** Held notifications delivered after a newer one for their key. */
  reordered: number;
  /** Held notifications released by maxHoldMs because no newer one came. */
  late: number;
}

interface Held {
  body: string;
  timer: NodeJS.Timeout;
}

/** Sits between the S3 notifier and the queue and perturbs delivery as NotificationFaults says. */
export class NotificationPerturber {
  readonly stats: NotificationStats = { notifications: 0, duplicated: 0, held: 0, reordered: 0, late: 0 };
  private readonly random: () => number;
  private readonly seen = new Map<string, number>();
  /** At most one held notification per key: the next one for the key releases it. */
  private readonly held = new Map<string, Held>();
  private waiters: (() => void)[] = [];

  constructor(
    private readonly faults: NotificationFaults,
    private readonly deliver: (body: string) => void,
  ) {
    this.random = seededRandom(faults.seed);
  }

  /** `key` is the object key the notification is about (for reordering within a key). */
  notify(key: string, body: string): void {
    this.stats.notifications++;
    const nth = this.seen.get(key) ?? 0;
    this.seen.set(key, nth + 1);
    // Both draws happen for every notification, so one decision never shifts the other's sequence.
    const duplicate = this.random() < this.faults.duplicateRate;
    const hold = this.random() < this.faults.reorderRate && (this.faults.canHold?.(key, nth) ?? true);

    const earlier = this.held.get(key);
    if (earlier) {
      // The newer notification goes first, then the older one it overtook: out of order.
      this.held.delete(key);
      clearTimeout(earlier.timer);
      this.deliver(body);
      this.stats.reordered++;
      this.deliver(earlier.body);
    } else if (hold) {
      this.stats.held++;
      const timer = setTimeout(() => this.release(key), this.faults.maxHoldMs ?? 2_000);
      this.held.set(key, { body, timer });
    } else {
      this.deliver(body);
    }
    if (duplicate) {
      this.stats.duplicated++;
      this.deliver(body);
    }
    this.wakeIfSettled();
  }

  get holding(): number {
    return this.held.size;
  }

  /** Resolves once no notification is held back. */
  settled(): Promise<void> {
    if (this.held.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Delivers everything held now (on shutdown: nothing is dropped). */
  flush(): void {
    for (const key of [...this.held.keys()]) this.release(key);
  }

  /** No newer notification came for the key: the held one is merely late. */
  private release(key: string): void {
    const entry = this.held.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.held.delete(key);
    this.stats.late++;
    this.deliver(entry.body);
    this.wakeIfSettled();
  }

  private wakeIfSettled(): void {
    if (this.held.size === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }
}
