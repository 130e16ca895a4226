/**
 * `npm start [-- --fresh]`: the pipeline on one machine. Uploads seeds/ through the S3 API into a new
 * store, then ingests whatever is put into the bucket until Ctrl-C.
 */
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '../../lambdas/aws/clients';
import { localDataDir } from '../../lambdas/cli/local-stack-state';
import { LOCAL_BUCKET, type LocalService, PortInUseError, startLocalStack } from './local-stack';

const root = resolve(import.meta.dirname, '../..');
const fresh = process.argv.includes('--fresh');
const port = Number(process.env.PORT ?? 3000);
const s3Port = Number(process.env.S3_PORT ?? 4568);
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 4567);

// EVENTWIRE_DATA_DIR: another data directory (a second store beside the default one, or a test's).
const dataDir = localDataDir();
const shownDir = `${relative(root, dataDir) || '.'}/`;

// Installed first: a Ctrl-C while it starts (seeding, or handling what the last run left) stops it
// the same way, once the stack is up. A closed terminal (SIGHUP) too; its output goes nowhere then.
let stopping = false;
const starting = startLocalStack({ dataDir, fresh, port, s3Port, dynamoPort });
process.stdout.on('error', () => {});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown());
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping...');
  const running = await starting.catch(() => null);
  await running?.stop();
  process.exit(0);
}

const PORT_VARIABLES: Record<LocalService, string> = {
  'query API': 'PORT',
  S3: 'S3_PORT',
  DynamoDB: 'DYNAMODB_PORT',
};

// A stack already running on .eventwire/, or a port taken: one line that says so, not a stack trace.
const stack = await starting.catch((error: unknown) => {
  const message =
    error instanceof PortInUseError
      ? `${error.message}; set ${PORT_VARIABLES[error.service]} to another port (0 picks a free one)`
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`npm start: ${message}`);
  process.exit(1);
});

const s3 = makeS3Client({ s3Endpoint: stack.s3Endpoint });
const seeds = await uploadSeedsIntoNewStore();
await stack.idle({ exceptRestored: true });

// Dead letters from earlier runs stay put until someone decides to retry them; say that they exist.
const deadLetters = (await readFile(stack.deadLetterFile, 'utf8').catch(() => ''))
  .split('\n')
  .filter(Boolean);
const deadLetterNote =
  deadLetters.length > 0
    ? `\n${deadLetters.length} failed notification(s) wait in ${shownDir}dead-letters.jsonl; npm run redrive retries them.\n`
    : '';
const { restored } = stack;
const restoredNote =
  restored.delayed > 0
    ? `\n${restored.delayed} notification(s) were being handled when the last run was killed; they are retried at ${new Date(restored.delayedUntil ?? 0).toLocaleTimeString()}, once that run's hold on their documents has expired.\n`
    : '';
const stored = await countStored();
console.log(`
eventwire is running on this machine${fresh ? ' (fresh start)' : ''}.

  query API   ${stack.apiUrl}        (OpenAPI: ${stack.apiUrl}/openapi.json)
  S3          ${stack.s3Endpoint}   bucket "${LOCAL_BUCKET}" (any credentials)
  DynamoDB    ${stack.dynamoEndpoint}   data kept in ${shownDir} (npm start -- --fresh deletes it and starts over)

${seeds === null ? 'Kept the data of earlier runs' : `Uploaded ${seeds} seed articles`}; ${stored.documents} documents parsed, ${stored.events} events queryable.${restored.ready > 0 ? ` ${restored.ready} notification(s) left queued by the last run were handled.` : ''} Try:

  curl '${stack.apiUrl}/events?actor=EGY'
  AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x aws --endpoint-url ${stack.s3Endpoint} s3 cp seeds/004_airstrike-south-lebanon.txt 's3://${LOCAL_BUCKET}/my article.txt'
  ${s3Port === 4568 ? '' : `S3_PORT=${s3Port} `}npm run drop -- seeds/
${deadLetterNote}${restoredNote}
Ctrl-C stops.
`);

/**
 * seeds/ goes into a new store only: on a restart, a seed the user deleted or overwrote stays as
 * they left it. Markers record that seeding began and ended (a run killed in between seeds again;
 * uploading the same text twice changes nothing). A data directory from before the markers counts
 * as seeded if its bucket holds anything. Returns how many were uploaded, or null.
 */
async function uploadSeedsIntoNewStore(): Promise<number | null> {
  const exists = (name: string) =>
    access(join(dataDir, name)).then(
      () => true,
      () => false,
    );
  const began = await exists('seeding');
  const seeded =
    (await exists('seeded')) ||
    (!began &&
      ((await s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, MaxKeys: 1 }))).KeyCount ?? 0) > 0);
  if (seeded) {
    await writeFile(join(dataDir, 'seeded'), '');
    return null;
  }
  await writeFile(join(dataDir, 'seeding'), '');
  const seedDir = join(root, 'seeds');
  const names = (await readdir(seedDir)).filter((name) => !name.startsWith('.'));
  await Promise.all(
    names.map(async (name) =>
      s3.send(
        new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: name, Body: await readFile(join(seedDir, name)) }),
      ),
    ),
  );
  await writeFile(join(dataDir, 'seeded'), '');
  return names.length;
}

/** Parsed documents and their events, every page of the documents listing. */
async function countStored(): Promise<{ documents: number; events: number }> {
  let documents = 0;
  let events = 0;
  let cursor: string | null = null;
  do {
    const page = (await (
      await fetch(
        `${stack.apiUrl}/documents?status=PARSED&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
    ).json()) as { documents: { events: number }[]; cursor: string | null };
    documents += page.documents.length;
    for (const document of page.documents) events += document.events;
    cursor = page.cursor;
  } while (cursor);
  return { documents, events };
}
