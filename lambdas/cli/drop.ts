/**
 * `npm run drop -- FILE-OR-FOLDER... [--bucket NAME] [--prefix P] [--concurrency N] [--wait]`: uploads
 * article files into the bucket, many at a time, with a progress bar and a summary at the end. With
 * `--wait` (local stack) it then waits until every file is coded and says what became of each.
 * Locally (the default) it talks to the `npm start` running on this checkout (the S3 endpoint and
 * API it wrote to .eventwire/local-stack.json), else to http://127.0.0.1:4568 and :3000; with
 * `--cloud` it uses your AWS credentials and the deployed bucket's name (`--bucket`, from the
 * stack's BucketName output).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import cliProgress from 'cli-progress';
import { makeS3Client } from '../aws/clients';
import { answers, apiAnswers, localDataDir, readRunningLocalStack } from './local-stack-state';

/** A path that cannot be read: reported with the upload failures, the other paths still go up. */
class UnreadablePath extends Error {}

async function collectFiles(path: string): Promise<{ file: string; key: string }[]> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UnreadablePath(
      `${path}: ${error.code === 'ENOENT' ? 'no such file or folder' : error.message}`,
    );
  });
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

const USAGE = `usage: npm run drop -- FILE-OR-FOLDER... [--bucket NAME] [--prefix P] [--concurrency N] [--endpoint URL] [--cloud] [--wait [--api URL] [--timeout SECONDS]]
  locally the S3 endpoint is the running npm start's (from .eventwire/local-stack.json), else
    http://127.0.0.1:$S3_PORT (default 4568); --endpoint and --api override;
  --wait (local only) waits until every file is coded, then lists PARSED/FAILED per file; the API is
    the running npm start's, else http://127.0.0.1:$PORT (default 3000); the exit code is 1 if any
    file FAILED;
  --cloud uploads to the deployed bucket with your AWS credentials (--bucket from the stack's BucketName output)`;

function parseDropArgs() {
  return parseArgs({
    allowPositionals: true,
    options: {
      bucket: { type: 'string', default: process.env.EVENTWIRE_BUCKET ?? 'articles' },
      prefix: { type: 'string', default: '' },
      concurrency: { type: 'string', default: '16' },
      cloud: { type: 'boolean', default: false },
      endpoint: { type: 'string' },
      wait: { type: 'boolean', default: false },
      api: { type: 'string' },
      timeout: { type: 'string', default: '600' },
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
  const timeoutSeconds = Number(values.timeout);
  if (values.wait && (values.cloud || !(timeoutSeconds > 0))) {
    console.error(
      values.cloud
        ? '--wait works with the local stack only: the deployed API needs IAM-signed requests (GET /documents/{key})'
        : '--timeout must be a number of seconds above 0',
    );
    process.exitCode = 2;
    return;
  }
  // Flags first, then EVENTWIRE_* variables, then the stack running on this checkout, then the ports.
  const running = values.cloud ? null : await readRunningLocalStack(localDataDir());
  // The running stack comes before PORT and S3_PORT, which a shell may have set for something else.
  const endpoint =
    values.endpoint ??
    process.env.EVENTWIRE_S3_ENDPOINT ??
    running?.s3Endpoint ??
    `http://127.0.0.1:${process.env.S3_PORT ?? 4568}`;
  const api =
    values.api ??
    process.env.EVENTWIRE_API_URL ??
    running?.apiUrl ??
    `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  // Checked before uploading: every file failing with ECONNREFUSED, after the SDK's retries, says less.
  if (!values.cloud && !(await answers(endpoint, 5_000))) {
    console.error(
      `cannot reach S3 at ${endpoint}: is npm start running? (give its address with --endpoint or S3_PORT)`,
    );
    process.exitCode = 1;
    return;
  }
  // Checked before uploading: waiting out the whole timeout on an API that is not there says nothing.
  if (values.wait && !(await apiAnswers(api, 5_000))) {
    console.error(
      `cannot reach the query API at ${api}: is npm start running? (give its address with --api or PORT)`,
    );
    process.exitCode = 1;
    return;
  }
  const failures: string[] = [];
  const files = (
    await Promise.all(
      positionals.map((path) =>
        collectFiles(path).catch((error: unknown) => {
          if (!(error instanceof UnreadablePath)) throw error;
          failures.push(error.message);
          return [];
        }),
      ),
    )
  ).flat();
  // In the cloud the region is the AWS CLI's: AWS_REGION, AWS_DEFAULT_REGION, then the profile's.
  const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined;
  const s3 = makeS3Client(values.cloud ? { region } : { s3Endpoint: endpoint });
  if (values.cloud && !(await s3.config.region().catch(() => null))) {
    console.error('no AWS region: set AWS_REGION, or a region in your AWS profile');
    s3.destroy();
    process.exitCode = 1;
    return;
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'uploading [{bar}] {value}/{total} files | {speed} files/s | {failed} failed',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const uploadedKeys: string[] = [];
  let bytes = 0;
  let done = 0;
  bar.start(files.length, 0, { speed: '0', failed: 0 });
  const queue = [...files];
  const workers = Array.from({ length: concurrency }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        const body = await readFile(next.file);
        const key = `${values.prefix}${next.key}`;
        await s3.send(new PutObjectCommand({ Bucket: values.bucket, Key: key, Body: body }));
        uploadedKeys.push(key);
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
  const uploaded = uploadedKeys.length;
  console.log(
    `uploaded ${uploaded} of ${uploaded + failures.length} files (${(bytes / 1024).toFixed(0)} KB) to s3://${values.bucket}/${values.prefix} in ${seconds.toFixed(1)} s`,
  );
  for (const failure of failures) console.error(`failed: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
  if (values.wait) {
    const outcomes = await waitForCoding(api, uploadedKeys.sort(), started, timeoutSeconds);
    if (outcomes.some((o) => o.status !== 'PARSED')) process.exitCode = 1;
  }
}

/** How long --wait polls an API that no longer answers before it gives up. */
const UNREACHABLE_AFTER_MS = 10_000;

interface Outcome {
  key: string;
  status: 'PARSED' | 'FAILED' | 'DELETED' | 'PENDING';
  events: number;
  error: { code: string; message: string } | null;
}

/**
 * Polls GET /documents/{key} until each key has a status for an upload from `sinceMs` on (a status
 * left by an earlier upload of the same key does not count; a second of slack for the emulator's
 * clock), then prints a summary and one line per file that did not parse.
 */
async function waitForCoding(
  api: string,
  keys: string[],
  sinceMs: number,
  timeoutSeconds: number,
): Promise<Outcome[]> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const bar = new cliProgress.SingleBar(
    { format: 'coding    [{bar}] {value}/{total} files | {failed} failed', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const outcomes = new Map<string, Outcome>();
  bar.start(keys.length, 0, { failed: 0 });
  let pending = [...keys];
  let lastAnswerAt = Date.now();
  let unreachable = false;
  while (pending.length > 0 && Date.now() < deadline) {
    const still: string[] = [];
    for (const key of pending) {
      const response = await fetch(`${api}/documents/${encodeURIComponent(key)}`).catch(() => null);
      if (response) lastAnswerAt = Date.now();
      const body = response?.ok ? ((await response.json()) as Record<string, unknown>) : null;
      if (body && typeof body.updatedAt === 'string' && Date.parse(body.updatedAt) >= sinceMs - 1000) {
        outcomes.set(key, {
          key,
          status: body.status as Outcome['status'],
          events: typeof body.events === 'number' ? body.events : 0,
          error: (body.error as Outcome['error']) ?? null,
        });
      } else {
        still.push(key);
      }
    }
    pending = still;
    const failed = [...outcomes.values()].filter((o) => o.status === 'FAILED').length;
    bar.update(outcomes.size, { failed });
    // The stack stopped under us: say so instead of polling a dead port until the timeout.
    if (Date.now() - lastAnswerAt > UNREACHABLE_AFTER_MS) {
      unreachable = true;
      break;
    }
    if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  bar.stop();
  if (unreachable) console.error(`the query API at ${api} stopped answering; gave up waiting`);
  for (const key of pending) outcomes.set(key, { key, status: 'PENDING', events: 0, error: null });
  const all = keys.map((key) => outcomes.get(key) as Outcome);
  const count = (status: Outcome['status']) => all.filter((o) => o.status === status).length;
  const events = all.reduce((sum, o) => sum + o.events, 0);
  console.log(
    `coded ${keys.length - count('PENDING')} of ${keys.length}: ${count('PARSED')} PARSED (${events} events), ${count('FAILED')} FAILED` +
      (count('DELETED') > 0 ? `, ${count('DELETED')} DELETED` : '') +
      (count('PENDING') > 0 ? `, ${count('PENDING')} not coded within ${timeoutSeconds} s` : ''),
  );
  for (const o of all) {
    if (o.status === 'FAILED')
      console.log(`FAILED ${o.key}: ${o.error?.code ?? '?'} ${o.error?.message ?? ''}`);
    else if (o.status !== 'PARSED') console.log(`${o.status} ${o.key}`);
  }
  return all;
}

await main();
