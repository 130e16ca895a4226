/**
 * Measurement 3: articles dropped into the local pipeline at once (s3rver -> notification -> local
 * queue -> ingest handler -> dynalite), timed until the last one is queryable and checked exactly;
 * baseline: the same coded documents written straight into a fresh dynalite table by the store
 * (the same items, BatchWriteItem and all), with the same concurrency as the local queue (one batch
 * of 10 at a time), so the ratio is what S3, notifications, queueing and coding add.
 */
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startLocalStack } from '../infra/local/local-stack';
import { makeDynamoClient, makeS3Client } from '../lambdas/aws/clients';
import { codeDocument } from '../lambdas/core';
import { DynamoEventStore } from '../lambdas/store/event-store';
import type { Article } from './corpus';
import { BENCH_TABLE, CapacityMeter, type CapacityTotals, startDynalite } from './emulators';
import { mapLimit, ratio } from './stats';

/** The local queue hands the handler batches of 10, one batch at a time. */
const QUEUE_BATCH = 10;

export interface EndToEndResult {
  documents: number;
  events: number;
  /** PutObject of every article, ms (concurrency 32). */
  uploadMs: number;
  /** First PutObject to the last document queryable, ms. */
  pipelineMs: number;
  documentsPerSecond: number;
  /** Baseline: store.putDocument of the same coded documents, ms. */
  rawWriteMs: number;
  ratio: number;
  /** Every document checked PARSED through GET /documents/{key}, and its event count. */
  verified: { parsed: number; events: number; expectedEvents: number };
  /** Capacity and requests of the baseline writes (the same writes the pipeline does). */
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

  // Baseline: dynalite on disk like the local stack, in this process like the local stack.
  const dynamo = await startDynalite(join(options.workDir, 'e2e-raw'));
  const meter = new CapacityMeter();
  const client = meter.attach(makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint }));
  const store = new DynamoEventStore(client, BENCH_TABLE);
  const at = new Date().toISOString();
  const rawStart = performance.now();
  for (let i = 0; i < coded.length; i += QUEUE_BATCH) {
    await Promise.all(
      coded
        .slice(i, i + QUEUE_BATCH)
        .map((d) => store.putDocument({ doc: d.doc, sequencer: '1', at }, d.published, d.events, d.warnings)),
    );
  }
  const rawWriteMs = performance.now() - rawStart;
  client.destroy();
  await dynamo.stop();

  return {
    documents: articles.length,
    events: expectedEvents,
    uploadMs,
    pipelineMs,
    documentsPerSecond: articles.length / (pipelineMs / 1000),
    rawWriteMs,
    ratio: ratio(pipelineMs, rawWriteMs),
    verified,
    writes: meter.totals,
  };
}
