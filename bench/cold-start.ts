/**
 * Measurement 2: bundle sizes and cold starts. Each Lambda and its baseline (same SDK clients, an
 * empty handler) are bundled like the stack bundles them and run in a fresh `node` per sample; the
 * samples alternate real/baseline so drift on a noisy machine hits both alike.
 */

import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { QUERY_EXTERNAL_MODULES } from '../infra/bundling-options';
import { makeS3Client } from '../lambdas/aws/clients';
import { type Bundle, bundle } from './bundle';
import { type ChildResult, lambdaEnv, runChild, writeRunner } from './child-runner';
import { generateArticle } from './corpus';
import { BENCH_BUCKET, BENCH_TABLE, startEmulators } from './emulators';
import { apiGatewayEvent, sqsS3Event } from './events';
import { median, ratio } from './stats';

const root = new URL('..', import.meta.url).pathname;

export interface ColdStartResult {
  name: 'ingest' | 'query';
  bundleBytes: number;
  baselineBundleBytes: number;
  /** Median of totalMs (process start to the handler's answer). */
  coldMs: number;
  baselineColdMs: number;
  ratio: number;
  loadMs: number;
  handleMs: number;
  baselineLoadMs: number;
  maxRssKb: number;
  baselineMaxRssKb: number;
  samples: number[];
  baselineSamples: number[];
  /**
   * Ingest only: the same run of a handler doing just the I/O a document cannot avoid
   * (io-floor-handler.ts), to show how much of the cold start any ingest handler pays.
   */
  ioFloor?: { coldMs: number; ratio: number; bundleBytes: number; samples: number[] };
  /**
   * Ingest only: the real handler with its store's work timed (timed-store-handler.ts), run cold on
   * another copy of the same article: how much of the cold start is the store's DynamoDB calls.
   */
  store?: { coldMs: number; storeMs: number; dynamoCalls: number; events: number };
}

export interface Bundles {
  ingest: Bundle;
  query: Bundle;
  ingestBaseline: Bundle;
  ingestFloor: Bundle;
  ingestTimedStore: Bundle;
  queryBaseline: Bundle;
  memory: Bundle;
}

export async function bundleAll(outDir: string): Promise<Bundles> {
  const [ingest, query, ingestBaseline, ingestFloor, ingestTimedStore, queryBaseline, memory] =
    await Promise.all([
      bundle('ingest', join(root, 'lambdas/ingest/handler.ts'), outDir),
      bundle('query', join(root, 'lambdas/query/handler.ts'), outDir, QUERY_EXTERNAL_MODULES),
      bundle('ingest-baseline', join(root, 'bench/baseline-handler.ts'), outDir),
      bundle('ingest-floor', join(root, 'bench/io-floor-handler.ts'), outDir),
      bundle('ingest-timed-store', join(root, 'bench/timed-store-handler.ts'), outDir),
      bundle('query-baseline', join(root, 'bench/baseline-query-handler.ts'), outDir, QUERY_EXTERNAL_MODULES),
      bundle('memory', join(root, 'bench/memory-handler.ts'), outDir),
    ]);
  return { ingest, query, ingestBaseline, ingestFloor, ingestTimedStore, queryBaseline, memory };
}

function summarise(
  name: 'ingest' | 'query',
  real: ChildResult[],
  base: ChildResult[],
  bundles: [Bundle, Bundle],
): ColdStartResult {
  const coldMs = median(real.map((r) => r.totalMs));
  const baselineColdMs = median(base.map((r) => r.totalMs));
  return {
    name,
    bundleBytes: bundles[0].bytes,
    baselineBundleBytes: bundles[1].bytes,
    coldMs,
    baselineColdMs,
    ratio: ratio(coldMs, baselineColdMs),
    loadMs: median(real.map((r) => r.loadMs)),
    handleMs: median(real.map((r) => r.handleMs)),
    baselineLoadMs: median(base.map((r) => r.loadMs)),
    maxRssKb: Math.max(...real.map((r) => r.maxRssKb)),
    baselineMaxRssKb: Math.max(...base.map((r) => r.maxRssKb)),
    samples: real.map((r) => r.totalMs),
    baselineSamples: base.map((r) => r.totalMs),
  };
}

function timedStore(runs: ChildResult[]): ColdStartResult['store'] {
  const seen = runs.map((r) => r.extra as { storeMs: number; dynamoCalls: number; events: number });
  return {
    coldMs: median(runs.map((r) => r.totalMs)),
    storeMs: median(seen.map((s) => s.storeMs)),
    dynamoCalls: median(seen.map((s) => s.dynamoCalls)),
    events: median(seen.map((s) => s.events)),
  };
}

export async function measureColdStarts(options: {
  workDir: string;
  bundles: Bundles;
  repeats: number;
}): Promise<{ ingest: ColdStartResult; query: ColdStartResult }> {
  const { workDir, bundles, repeats } = options;
  const emulators = await startEmulators(join(workDir, 'cold-emulators'));
  try {
    const env = lambdaEnv({ dynamo: emulators.dynamo.endpoint, s3: emulators.s3.endpoint }, BENCH_TABLE);
    const runner = await writeRunner(workDir);
    const s3 = makeS3Client({ s3Endpoint: emulators.s3.endpoint });
    // A fresh object per sample: a second delivery of the same key does different work (replace).
    const objects = await Promise.all(
      Array.from({ length: repeats }, async (_, i) => {
        const article = generateArticle(500_000 + i);
        const key = `cold/${i}.txt`;
        const timedKey = `cold/timed-${i}.txt`;
        for (const Key of [key, timedKey])
          await s3.send(new PutObjectCommand({ Bucket: BENCH_BUCKET, Key, Body: article.text }));
        const size = Buffer.byteLength(article.text);
        return { key, size, timed: { key: timedKey, size } };
      }),
    );
    s3.destroy();
    const eventFile = join(workDir, 'event.json');
    const ingest: ChildResult[] = [];
    const ingestBase: ChildResult[] = [];
    const ingestFloor: ChildResult[] = [];
    const ingestTimed: ChildResult[] = [];
    const query: ChildResult[] = [];
    const queryBase: ChildResult[] = [];
    const queryEvent = apiGatewayEvent('/events', { limit: '100' });
    for (const object of objects) {
      const sqs = sqsS3Event(BENCH_BUCKET, [object]);
      ingestBase.push(await runChild(runner, bundles.ingestBaseline.file, sqs, env, eventFile));
      const floor = await runChild(runner, bundles.ingestFloor.file, sqs, env, eventFile);
      const bytesRead = (floor.extra as { bytesRead?: number } | null)?.bytesRead;
      if (bytesRead !== object.size)
        throw new Error(`the I/O floor read ${bytesRead} bytes of ${object.key}, not ${object.size}`);
      ingestFloor.push(floor);
      const run = await runChild(runner, bundles.ingest.file, sqs, env, eventFile);
      if (run.failures !== 0)
        throw new Error(`cold start ingest of ${object.key} reported ${run.failures} failures`);
      ingest.push(run);
      const timed = await runChild(
        runner,
        bundles.ingestTimedStore.file,
        sqsS3Event(BENCH_BUCKET, [object.timed]),
        env,
        eventFile,
      );
      if (timed.failures !== 0)
        throw new Error(`cold start ingest of ${object.timed.key} reported ${timed.failures} failures`);
      ingestTimed.push(timed);
    }
    for (let i = 0; i < repeats; i++) {
      queryBase.push(await runChild(runner, bundles.queryBaseline.file, queryEvent, env, eventFile));
      const run = await runChild(runner, bundles.query.file, queryEvent, env, eventFile);
      if (run.statusCode !== 200) throw new Error(`cold start query answered ${run.statusCode}`);
      query.push(run);
    }
    const ingestResult = summarise('ingest', ingest, ingestBase, [bundles.ingest, bundles.ingestBaseline]);
    const floorMs = median(ingestFloor.map((r) => r.totalMs));
    return {
      ingest: {
        ...ingestResult,
        ioFloor: {
          coldMs: floorMs,
          ratio: ratio(floorMs, ingestResult.baselineColdMs),
          bundleBytes: bundles.ingestFloor.bytes,
          samples: ingestFloor.map((r) => r.totalMs),
        },
        store: timedStore(ingestTimed),
      },
      query: summarise('query', query, queryBase, [bundles.query, bundles.queryBaseline]),
    };
  } finally {
    await emulators.stop();
  }
}
