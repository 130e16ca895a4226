/**
 * `npm run drop -- FILE-OR-FOLDER... [--bucket NAME] [--prefix P] [--concurrency N]`: uploads article
 * files into the bucket, many at a time, with a progress bar and a summary at the end.
 * Locally (the default) it talks to `npm start`'s S3 on http://127.0.0.1:4568; with `--cloud` it uses
 * your AWS credentials and the deployed bucket's name (`--bucket`, from the stack's BucketName output).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import cliProgress from 'cli-progress';
import { makeS3Client } from '../aws/clients';

async function collectFiles(path: string): Promise<{ file: string; key: string }[]> {
  const info = await stat(path);
  if (info.isFile()) return [{ file: path, key: basename(path) }];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, key: relative(path, file).split('\\').join('/') };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

const USAGE = `usage: npm run drop -- FILE-OR-FOLDER... [--bucket NAME] [--prefix P] [--concurrency N] [--endpoint URL] [--cloud]
  locally the S3 endpoint is http://127.0.0.1:$S3_PORT (default 4568), as npm start uses;
  --cloud uploads to the deployed bucket with your AWS credentials (--bucket from the stack's BucketName output)`;

function parseDropArgs() {
  const localEndpoint =
    process.env.EVENTWIRE_S3_ENDPOINT ?? `http://127.0.0.1:${process.env.S3_PORT ?? 4568}`;
  return parseArgs({
    allowPositionals: true,
    options: {
      bucket: { type: 'string', default: process.env.EVENTWIRE_BUCKET ?? 'articles' },
      prefix: { type: 'string', default: '' },
      concurrency: { type: 'string', default: '16' },
      cloud: { type: 'boolean', default: false },
      endpoint: { type: 'string', default: localEndpoint },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseDropArgs>;
  try {
    parsed = parseDropArgs();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length === 0) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const concurrency = Number(values.concurrency);
  // Checked up front: NaN workers would upload nothing and still report every file as uploaded.
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    console.error('--concurrency must be a whole number, 1 or more');
    process.exitCode = 2;
    return;
  }
  const files = (await Promise.all(positionals.map(collectFiles))).flat();
  const s3 = makeS3Client(values.cloud ? {} : { s3Endpoint: values.endpoint });
  const bar = new cliProgress.SingleBar(
    {
      format: 'uploading [{bar}] {value}/{total} files | {speed} files/s | {failed} failed',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const failures: string[] = [];
  let bytes = 0;
  let done = 0;
  bar.start(files.length, 0, { speed: '0', failed: 0 });
  const queue = [...files];
  const workers = Array.from({ length: concurrency }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        const body = await readFile(next.file);
        await s3.send(
          new PutObjectCommand({ Bucket: values.bucket, Key: `${values.prefix}${next.key}`, Body: body }),
        );
        bytes += body.length;
      } catch (error) {
        failures.push(`${next.file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { speed: (done / Math.max(seconds, 0.001)).toFixed(0), failed: failures.length });
    }
  });
  await Promise.all(workers);
  bar.stop();
  s3.destroy();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `uploaded ${files.length - failures.length} of ${files.length} files (${(bytes / 1024).toFixed(0)} KB) to s3://${values.bucket}/${values.prefix} in ${seconds.toFixed(1)} s`,
  );
  for (const failure of failures) console.error(`failed: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
