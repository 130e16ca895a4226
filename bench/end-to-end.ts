/**
 * Measurement 3: articles dropped into the local pipeline at once (s3rver -> notification -> local
 * queue -> ingest handler -> dynalite), timed until the last one is queryable and checked exactly;
 * baseline: the items the pipeline leaves in the table (events, postings, counters, documents)
 * written straight into a fresh dynalite with BatchWriteItem, 10 requests at a time like the local
 * queue's batches. The ratio is what S3, notifications, queueing, coding and the store's
 * bookkeeping (counter increments one UpdateItem each, reads before writes) add to the bare writes.
 */
import { join } from 'node:path';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startLocalStack } from '../infra/local/local-stack';
import { makeDynamoClient, makeS3Client } from '../lambdas/aws/clients';
import type { CodedDocument } from '../lambdas/core';
import { codeDocument } from '../lambdas/core';
import { batchWrite } from '../lambdas/store/batch-write';
import { createTableAndWait } from '../lambdas/store/create-table';
import { DynamoEventStore } from '../lambdas/store/event-store';
import type { Article } from './corpus';
import { openDirectDynamo } from './direct-dynamo';
import {
  BENCH_TABLE,
  CapacityMeter,
  type CapacityTotals,
  putDocuments,
  scanTable,
  startDynalite,
} from './emulators';
import { mapLimit, median, ratio } from './stats';

/** The local queue hands the handler batches of 10, at most 5 at once (the stack's ingestConcurrency). */
const QUEUE_BATCH = 10;
/** Baseline runs, each into a fresh table; the median is kept. */
const RAW_WRITE_RUNS = 3;

export interface EndToEndResult {
  documents: number;
  events: number;
  /** PutObject of every article, ms (concurrency 32). */
  uploadMs: number;
  /** First PutObject to the last document queryable, ms. */
  pipelineMs: number;
  documentsPerSecond: number;
  /** Baseline: BatchWriteItem of the items the pipeline leaves (`rawItems` of them), ms. */
  rawWriteMs: number;
  /** Every baseline run, ms (rawWriteMs is their median). */
  rawWriteRuns: number[];
  rawItems: number;
  ratio: number;
  /** Every document checked PARSED through GET /documents/{key}, and its event count. */
  verified: { parsed: number; events: number; expectedEvents: number };
  /** Capacity and requests of the baseline writes. */
  writes: CapacityTotals;
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function measureEndToEnd(options: {
  workDir: string;
  articles: Article[];
}): Promise<EndToEndResult> {
  const { articles } = options;
  // What the pipeline must end up with, coded here once (not timed).
  const coded = articles.map((a) => codeDocument(a.text, { doc: a.key }));
  const expectedEvents = coded.reduce((s, d) => s + d.events.length, 0);

  const stack = await startLocalStack({
    dataDir: join(options.workDir, 'e2e-stack'),
    fresh: true,
    logLevel: 'SILENT',
  });
  let uploadMs: number;
  let pipelineMs: number;
  let verified: EndToEndResult['verified'];
  try {
    const s3 = makeS3Client({ s3Endpoint: stack.s3Endpoint });
    const start = performance.now();
    await mapLimit(articles, 32, (a) =>
      s3.send(new PutObjectCommand({ Bucket: 'articles', Key: a.key, Body: a.text })),
    );
    uploadMs = performance.now() - start;
    // s3rver emits the notification before answering the PUT, so every message is queued by now.
    await stack.idle();
    pipelineMs = performance.now() - start;
    s3.destroy();

    const docs = await mapLimit(articles, 16, (a) =>
      getJson(`${stack.apiUrl}/documents/${encodeURIComponent(a.key)}`),
    );
    verified = {
      parsed: docs.filter((d) => d.status === 200 && d.body.status === 'PARSED').length,
      events: docs.reduce((s, d) => s + (typeof d.body.events === 'number' ? d.body.events : 0), 0),
      expectedEvents,
    };
  } finally {
    await stack.stop();
  }
  if (verified.parsed !== articles.length || verified.events !== expectedEvents) {
    throw new Error(
      `end-to-end: ${verified.parsed}/${articles.length} documents PARSED, ${verified.events} events stored, ${expectedEvents} expected`,
    );
  }

  // Baseline: the final items (built untimed by the store in a scratch table), written straight into
  // dynalite on disk and in a thread of its own, like the local stack's.
  // Median of three fresh tables: one run of the baseline moved by a sixth between runs of the bench.
  const items = await finalItems(coded);
  const requests = items.map((Item) => ({ PutRequest: { Item } }));
  const chunks: (typeof requests)[] = [];
  for (let i = 0; i < requests.length; i += 25) chunks.push(requests.slice(i, i + 25));
  const rawRuns: number[] = [];
  let meter = new CapacityMeter();
  for (let run = 1; run <= RAW_WRITE_RUNS; run++) {
    const dynamo = await startDynalite(join(options.workDir, `e2e-raw-${run}`));
    meter = new CapacityMeter();
    const client = meter.attach(makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint }));
    const rawStart = performance.now();
    await mapLimit(chunks, QUEUE_BATCH, (chunk) => batchWrite(client, BENCH_TABLE, chunk));
    rawRuns.push(performance.now() - rawStart);
    client.destroy();
    await dynamo.stop();
  }
  const rawWriteMs = median(rawRuns);

  return {
    documents: articles.length,
    events: expectedEvents,
    uploadMs,
    pipelineMs,
    documentsPerSecond: articles.length / (pipelineMs / 1000),
    rawWriteMs,
    rawWriteRuns: rawRuns,
    ratio: ratio(pipelineMs, rawWriteMs),
    verified,
    rawItems: items.length,
    writes: meter.totals,
  };
}

/** Every item the store leaves for `docs`: put into an in-memory scratch dynalite, then scanned. */
async function finalItems(docs: CodedDocument[]): Promise<Record<string, AttributeValue>[]> {
  const scratch = openDirectDynamo('');
  try {
    await createTableAndWait(scratch.client, BENCH_TABLE);
    await putDocuments(new DynamoEventStore(scratch.client, BENCH_TABLE), docs);
    return await scanTable(scratch.client);
  } finally {
    await scratch.close();
  }
}
