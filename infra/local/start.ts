/**
 * `npm start [-- --fresh]`: the pipeline on one machine. Uploads seeds/ through the S3 API, then ingests
 * whatever is put into the bucket until Ctrl-C.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '../../lambdas/aws/clients';
import { LOCAL_BUCKET, startLocalStack } from './local-stack';

const root = resolve(import.meta.dirname, '../..');
const fresh = process.argv.includes('--fresh');
const port = Number(process.env.PORT ?? 3000);
const s3Port = Number(process.env.S3_PORT ?? 4568);
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 4567);

const stack = await startLocalStack({ dataDir: join(root, '.eventwire'), fresh, port, s3Port, dynamoPort });

const s3 = makeS3Client({ s3Endpoint: stack.s3Endpoint });
const seedDir = join(root, 'seeds');
const seeds = (await readdir(seedDir)).filter((name) => !name.startsWith('.'));
await Promise.all(
  seeds.map(async (name) =>
    s3.send(
      new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: name, Body: await readFile(join(seedDir, name)) }),
    ),
  ),
);
await stack.idle();

const events = (await (await fetch(`${stack.apiUrl}/events?limit=500`)).json()) as { events: unknown[] };
// Dead letters from earlier runs stay put until someone decides to retry them; say that they exist.
const deadLetters = (await readFile(stack.deadLetterFile, 'utf8').catch(() => ''))
  .split('\n')
  .filter(Boolean);
const deadLetterNote =
  deadLetters.length > 0
    ? `\n${deadLetters.length} failed notification(s) wait in .eventwire/dead-letters.jsonl; npm run redrive retries them.\n`
    : '';
console.log(`
eventwire is running on this machine${fresh ? ' (fresh start)' : ''}.

  query API   ${stack.apiUrl}        (OpenAPI: ${stack.apiUrl}/openapi.json)
  S3          ${stack.s3Endpoint}   bucket "${LOCAL_BUCKET}" (any credentials)
  DynamoDB    ${stack.dynamoEndpoint}   data kept in .eventwire/ (npm start -- --fresh starts empty)

Uploaded ${seeds.length} seed articles; ${events.events.length} events are queryable. Try:

  curl '${stack.apiUrl}/events?actor=EGY'
  AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x aws --endpoint-url ${stack.s3Endpoint} s3 cp seeds/004_airstrike-south-lebanon.txt 's3://${LOCAL_BUCKET}/my article.txt'
  ${s3Port === 4568 ? '' : `S3_PORT=${s3Port} `}npm run drop -- seeds/
${deadLetterNote}
Ctrl-C stops.
`);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping...');
  s3.destroy();
  await stack.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
