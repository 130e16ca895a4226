/**
 * The emulators on loopback for measurements that need them without the whole local stack (cold
 * start, capacity): dynalite with the project's table and s3rver with the articles bucket. The
 * DynamoDB client can be metered: every request asks for ReturnConsumedCapacity and the meter sums
 * what comes back, plus what dynalite leaves out (see CapacityMeter).
 */

import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type AttributeValue, type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import S3rver from 's3rver';
import { startDynaliteThread } from '../infra/local/dynalite-thread';
import { makeDynamoClient } from '../lambdas/aws/clients';
import type { CodedDocument } from '../lambdas/core';
import { createTableAndWait } from '../lambdas/store/create-table';
import type { DynamoEventStore } from '../lambdas/store/event-store';
import { STATUS_INDEX } from '../lambdas/store/table';

export const BENCH_BUCKET = 'articles';
export const BENCH_TABLE = 'eventwire-bench';

export interface Dynamo {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * dynalite in a thread of this process, as the local stack runs it (infra/local/dynalite-thread.ts);
 * `dir` keeps LevelDB on disk like the local stack, else in memory. The table is created unless `dir`
 * already has it.
 */
export async function startDynalite(dir?: string): Promise<Dynamo> {
  if (dir) await mkdir(dir, { recursive: true });
  const server = await startDynaliteThread({
    ...(dir ? { path: dir } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  const client = makeDynamoClient({ dynamodbEndpoint: server.endpoint });
  try {
    await createTableAndWait(client, BENCH_TABLE);
  } catch (error) {
    // A table on disk from an earlier phase (the capacity tables grow between measurements).
    if (!(error instanceof Error && error.name === 'ResourceInUseException')) {
      await server.stop(); // a live thread would keep a failed bench from exiting
      throw error;
    }
  } finally {
    client.destroy();
  }
  return server;
}

/** Stores coded documents through the store, 10 at a time like the local queue's batches. */
export async function putDocuments(store: DynamoEventStore, docs: CodedDocument[]): Promise<void> {
  const at = new Date().toISOString();
  for (let i = 0; i < docs.length; i += 10) {
    await Promise.all(
      docs
        .slice(i, i + 10)
        .map((d) => store.putDocument({ doc: d.doc, sequencer: '1', at }, d.published, d.events, d.warnings)),
    );
  }
}

/** Every item of the bench table (a bench-only Scan: the project's own code never scans). */
export async function scanTable(client: DynamoDBClient): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: BENCH_TABLE, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export interface S3 {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startS3rver(dir: string): Promise<S3> {
  await mkdir(dir, { recursive: true });
  // s3rver knows one access key, the one lambdas/aws/clients signs with for a local endpoint.
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: BENCH_BUCKET, configs: [] }],
    allowMismatchedSignatures: true,
  });
  const address = (await server.run()) as AddressInfo;
  return { endpoint: `http://127.0.0.1:${address.port}`, stop: () => server.close() };
}

export async function startEmulators(
  dir: string,
): Promise<{ dynamo: Dynamo; s3: S3; stop(): Promise<void> }> {
  const dynamo = await startDynalite(join(dir, 'dynamodb'));
  const s3 = await startS3rver(join(dir, 's3'));
  return {
    dynamo,
    s3,
    async stop() {
      await s3.stop();
      await dynamo.stop();
    },
  };
}

// ---- capacity --------------------------------------------------------------------------------

type Item = Record<string, AttributeValue>;

/** DynamoDB's item size rule: attribute name bytes plus value bytes (numbers ~1 byte per 2 digits). */
export function itemSize(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|e.*$/gi, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.length;
  if (value.SS !== undefined) return value.SS.reduce((s, v) => s + Buffer.byteLength(v), 0);
  if (value.NS !== undefined) return value.NS.reduce((s, v) => s + Math.ceil(v.length / 2) + 1, 0);
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L !== undefined) return 3 + value.L.reduce((s, v) => s + 1 + valueSize(v), 0);
  if (value.M !== undefined) return 3 + itemSize(value.M);
  return 0;
}

export interface CapacityTotals {
  requests: number;
  /** Request count per command name (GetItem, Query, BatchWriteItem...). */
  byCommand: Record<string, number>;
  /** Read capacity units DynamoDB (dynalite) reported. */
  rcu: number;
  /** Write capacity units dynalite reported for the table. */
  tableWcu: number;
  /** Write units of the GSI copies, which dynalite does not report: ceil(size / 1 KB) per indexed item. */
  indexWcu: number;
  /** Items read: Query ScannedCount (before any filter), GetItem hits, BatchGetItem responses. */
  itemsRead: number;
  /** Bytes of the items read, by the item size rule. */
  bytesRead: number;
  /** Items put (PutItem, BatchWriteItem puts, UpdateItem) and deleted. */
  itemsWritten: number;
  bytesWritten: number;
}

function emptyTotals(): CapacityTotals {
  return {
    requests: 0,
    byCommand: {},
    rcu: 0,
    tableWcu: 0,
    indexWcu: 0,
    itemsRead: 0,
    bytesRead: 0,
    itemsWritten: 0,
    bytesWritten: 0,
  };
}

interface Consumed {
  CapacityUnits?: number;
}

function units(consumed: Consumed | Consumed[] | undefined): number {
  if (!consumed) return 0;
  return (Array.isArray(consumed) ? consumed : [consumed]).reduce((s, c) => s + (c.CapacityUnits ?? 0), 0);
}

/**
 * Sums consumed capacity over every request a DynamoDB client sends. dynalite answers
 * ReturnConsumedCapacity for reads the way DynamoDB does (Query: every item read before the filter,
 * ceil(bytes/4 KB), halved when eventually consistent), and for writes counts the table only; index
 * copies are added here from the item sizes (an item with the byStatus keys is written to the GSI).
 */
export class CapacityMeter {
  totals: CapacityTotals = emptyTotals();

  reset(): CapacityTotals {
    const previous = this.totals;
    this.totals = emptyTotals();
    return previous;
  }

  attach(client: DynamoDBClient): DynamoDBClient {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as Record<string, unknown>;
        input.ReturnConsumedCapacity = 'INDEXES';
        const result = await next(args);
        this.record(
          context.commandName ?? 'unknown',
          input,
          result.output as unknown as Record<string, unknown>,
        );
        return result;
      },
      { step: 'initialize', name: 'benchCapacityMeter' },
    );
    return client;
  }

  private countWrite(item: Item | undefined): void {
    if (!item) return;
    const size = itemSize(item);
    this.totals.itemsWritten++;
    this.totals.bytesWritten += size;
    if (item[STATUS_INDEX.partitionKey] && item[STATUS_INDEX.sortKey]) {
      this.totals.indexWcu += Math.max(1, Math.ceil(size / 1024));
    }
  }

  private record(command: string, input: Record<string, unknown>, output: Record<string, unknown>): void {
    const t = this.totals;
    t.requests++;
    t.byCommand[command] = (t.byCommand[command] ?? 0) + 1;
    const consumed = output.ConsumedCapacity as Consumed | Consumed[] | undefined;
    const read = (items: Item[]) => {
      t.itemsRead += items.length;
      t.bytesRead += items.reduce((s, item) => s + itemSize(item), 0);
    };
    switch (command) {
      case 'GetItemCommand':
        t.rcu += units(consumed);
        read(output.Item ? [output.Item as Item] : []);
        break;
      case 'QueryCommand':
        t.rcu += units(consumed);
        // ScannedCount is what the read paid for; Items may be fewer (filter) or smaller (projection).
        t.itemsRead += (output.ScannedCount as number | undefined) ?? 0;
        t.bytesRead += ((output.Items as Item[] | undefined) ?? []).reduce(
          (s, item) => s + itemSize(item),
          0,
        );
        break;
      case 'BatchGetItemCommand':
        t.rcu += units(consumed);
        read(Object.values((output.Responses as Record<string, Item[]> | undefined) ?? {}).flat());
        break;
      case 'PutItemCommand':
        t.tableWcu += units(consumed);
        this.countWrite(input.Item as Item);
        break;
      case 'UpdateItemCommand':
        t.tableWcu += units(consumed);
        t.itemsWritten++;
        break;
      case 'BatchWriteItemCommand': {
        t.tableWcu += units(consumed);
        const requests = Object.values(
          (input.RequestItems as Record<
            string,
            { PutRequest?: { Item: Item }; DeleteRequest?: unknown }[]
          >) ?? {},
        ).flat();
        for (const request of requests) {
          if (request.PutRequest) this.countWrite(request.PutRequest.Item);
          else t.itemsWritten++;
        }
        break;
      }
      default:
        t.rcu += units(consumed);
    }
  }
}
