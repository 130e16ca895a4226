import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '../lambdas/aws/clients';
import { bundle } from './bundle';
import { lambdaEnv, writeRunner } from './child-runner';
import { generateArticle } from './corpus';
import { BENCH_BUCKET, BENCH_TABLE, startEmulators } from './emulators';
import { sqsS3Event } from './events';

const dir = '/tmp/prof';
await mkdir(dir, { recursive: true });
const b = await bundle('ingest', join(process.cwd(), 'lambdas/ingest/handler.ts'), dir);
const emulators = await startEmulators(join(dir, 'emu'));
const env = lambdaEnv({ dynamo: emulators.dynamo.endpoint, s3: emulators.s3.endpoint }, BENCH_TABLE);
const runner = await writeRunner(dir);
const s3 = makeS3Client({ s3Endpoint: emulators.s3.endpoint });
for (let i = 0; i < 3; i++) {
  const article = generateArticle(500_000 + i);
  const key = `cold/${i}.txt`;
  await s3.send(new PutObjectCommand({ Bucket: BENCH_BUCKET, Key: key, Body: article.text }));
  await writeFile(
    join(dir, 'event.json'),
    JSON.stringify(sqsS3Event(BENCH_BUCKET, [{ key, size: Buffer.byteLength(article.text) }])),
  );
  const out = (
    await promisify(execFile)(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', join(dir, 'cpu'), runner, b.file, join(dir, 'event.json')],
      { env: { ...process.env, ...env, BENCH_TIMING: '1' } },
    )
  ).stdout;
  console.log(out.toString().trim());
}
await emulators.stop();
process.exit(0);
