/**
 * Measurement 6: peak resident memory of a fresh process running the ingest handler (bundled, see
 * memory-handler.ts) on the largest allowed article (5 MB) and on a batch of ten 100 KB articles.
 * Baseline: the same process shape with the empty handler (runtime + SDK clients).
 */
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '../lambdas/aws/clients';
import { lambdaEnv, runChild, writeRunner } from './child-runner';
import type { Bundles } from './cold-start';
import { generateArticle } from './corpus';
import { BENCH_BUCKET, BENCH_TABLE, startS3rver } from './emulators';
import { sqsS3Event } from './events';
import { ratio } from './stats';

export interface MemoryCase {
  articles: number;
  bytes: number;
  maxRssMb: number;
  handleMs: number;
  events: number;
  /** Bytes the document item's event id list needs (DynamoDB caps an item at 400 KB). */
  eventIdListBytes: number;
  failures: number;
}

export interface MemoryResult {
  large: MemoryCase;
  batch: MemoryCase;
  baselineRssMb: number;
  lambdaMemoryMb: number;
  /** The larger peak over the Lambda memory setting. */
  ratio: number;
}

export async function measureMemory(options: {
  workDir: string;
  bundles: Bundles;
  largeBytes: number;
  batchCount: number;
  batchBytes: number;
  lambdaMemoryMb: number;
}): Promise<MemoryResult> {
  const s3rver = await startS3rver(join(options.workDir, 'memory-s3'));
  try {
    const s3 = makeS3Client({ s3Endpoint: s3rver.endpoint });
    const put = async (index: number, size: number) => {
      // The generator counts characters and overshoots by up to a paragraph; aim under the size.
      const article = generateArticle(700_000 + index, Math.floor(size * 0.95));
      if (Buffer.byteLength(article.text) > size) throw new Error(`generated article over ${size} bytes`);
      const key = `memory/${index}.txt`;
      await s3.send(new PutObjectCommand({ Bucket: BENCH_BUCKET, Key: key, Body: article.text }));
      return { key, size: Buffer.byteLength(article.text) };
    };
    const large = await put(0, options.largeBytes);
    const batch = await Promise.all(
      Array.from({ length: options.batchCount }, (_, i) => put(i + 1, options.batchBytes)),
    );
    s3.destroy();
    // No DynamoDB: the memory entry stubs it (see memory-handler.ts).
    const env = lambdaEnv({ dynamo: 'http://127.0.0.1:9', s3: s3rver.endpoint }, BENCH_TABLE);
    const runner = await writeRunner(options.workDir);
    const eventFile = join(options.workDir, 'memory-event.json');
    const run = async (objects: { key: string; size: number }[]): Promise<MemoryCase> => {
      const out = await runChild(
        runner,
        options.bundles.memory.file,
        sqsS3Event(BENCH_BUCKET, objects),
        env,
        eventFile,
      );
      const seen = (out.extra ?? {}) as { events?: number; eventIdBytes?: number };
      return {
        articles: objects.length,
        bytes: objects.reduce((s, o) => s + o.size, 0),
        maxRssMb: out.maxRssKb / 1024,
        handleMs: out.handleMs,
        events: seen.events ?? 0,
        eventIdListBytes: seen.eventIdBytes ?? 0,
        failures: out.failures ?? 0,
      };
    };
    const largeCase = await run([large]);
    const batchCase = await run(batch);
    const baseline = await runChild(
      runner,
      options.bundles.ingestBaseline.file,
      sqsS3Event(BENCH_BUCKET, [large]),
      env,
      eventFile,
    );
    const peak = Math.max(largeCase.maxRssMb, batchCase.maxRssMb);
    return {
      large: largeCase,
      batch: batchCase,
      baselineRssMb: baseline.maxRssKb / 1024,
      lambdaMemoryMb: options.lambdaMemoryMb,
      ratio: ratio(peak, options.lambdaMemoryMb),
    };
  } finally {
    await s3rver.stop();
  }
}
