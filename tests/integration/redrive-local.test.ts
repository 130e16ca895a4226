/**
 * `npm run redrive` against a running local stack: a message whose handling keeps failing lands in the
 * dead-letter file after maxReceiveCount receives, and once the fault is gone the CLI, run as its own
 * process the way a user runs it, puts it back on the queue and it is processed.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../infra/local/local-stack';
import { encodeS3Key } from '../../infra/local/s3-notifications';
import { makeS3Client } from '../../lambdas/aws/clients';
import { LOCAL_STATE_FILE, readLocalStackState } from '../../lambdas/cli/local-stack-state';
import type { EventStore } from '../../lambdas/store/types';
import {
  documentStatus,
  eventsOf,
  makeTempDir,
  putArticle,
  removeDir,
  startTestStack,
} from './local-stack-fixture';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const FLAKY = 'flaky/store outage.txt';
const STEADY = 'flaky/unaffected.txt';
const ARTICLE =
  ' date 2024-03-12 Japanese Prime Minister Fumio Kishida met with Philippine President Ferdinand Marcos Jr. in Tokyo on Monday.';
const MAX_RECEIVES = 3;

/** Keys whose writes fail as if DynamoDB were down, for as long as they are in the set. */
const outage = new Set<string>();
let receivesOfFlaky = 0;

/** The real store, except that writes for a key in `outage` throw (a transient fault, retried). */
function withOutage(store: EventStore): EventStore {
  return Object.assign(Object.create(store) as EventStore, {
    putDocument: (...args: Parameters<EventStore['putDocument']>) => {
      if (args[0].doc === FLAKY) receivesOfFlaky++;
      if (outage.has(args[0].doc)) throw new Error('injected: the table is unavailable');
      return store.putDocument(...args);
    },
  });
}

async function deadLetters(stack: LocalStack): Promise<string[]> {
  const text = await readFile(stack.deadLetterFile, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean);
}

function redriveCli(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'lambdas/cli/redrive.ts', ...args], {
    cwd: root,
    timeout: 20_000,
  });
}

let dataDir: string;
let stack: LocalStack;
let s3: S3Client;

beforeAll(async () => {
  dataDir = await makeTempDir('redrive');
  stack = await startTestStack(dataDir, {
    // Short backoff so the retries are over in well under a second.
    queue: { maxReceiveCount: MAX_RECEIVES, retryDelayMs: 10, batchWindowMs: 10 },
    wrapIngestStore: withOutage,
  });
  s3 = makeS3Client({ s3Endpoint: stack.s3Endpoint });
});

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
  await removeDir(dataDir);
});

describe('redriving the local dead letters', () => {
  it('dead-letters a message that fails maxReceiveCount times, without holding up others', async () => {
    outage.add(FLAKY);
    await Promise.all([putArticle(s3, FLAKY, ARTICLE), putArticle(s3, STEADY, ARTICLE)]);
    await stack.idle();

    expect(receivesOfFlaky).toBe(MAX_RECEIVES);
    const letters = await deadLetters(stack);
    expect(letters).toHaveLength(1);
    // The notification as S3 sent it, key URL-encoded, so a redrive replays exactly that change.
    expect(letters[0]).toContain(encodeS3Key(FLAKY));
    expect((await documentStatus(stack.apiUrl, FLAKY)).status).toBe(404);
    expect((await documentStatus(stack.apiUrl, STEADY)).body.status).toBe('PARSED');
  });

  it('moves the dead letters back with npm run redrive, and they are processed', async () => {
    outage.clear();

    const { stdout } = await redriveCli('--local', '--data-dir', dataDir);
    expect(stdout).toMatch(/moved 1 dead letter back onto the local queue/);
    // The stack enqueued it before answering the CLI, so idle() covers its processing.
    await stack.idle();

    expect(await deadLetters(stack)).toEqual([]);
    expect((await documentStatus(stack.apiUrl, FLAKY)).body.status).toBe('PARSED');
    expect((await eventsOf(stack.apiUrl, FLAKY)).length).toBeGreaterThan(0);
  });

  it('says so when there is nothing to redrive', async () => {
    const { stdout } = await redriveCli('--data-dir', dataDir);
    expect(stdout).toMatch(/no dead letters to redrive/);
  });

  it('refuses control requests without the token from the state file', async () => {
    const state = await readLocalStackState(dataDir);
    expect(state?.controlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${state?.controlUrl}/_local/redrive`, { method: 'POST' });
    expect(response.status).toBe(401);
  });

  it('fails with a clear message when no local stack runs on the data directory', async () => {
    const empty = await makeTempDir('redrive-none');
    try {
      await expect(redriveCli('--local', '--data-dir', empty)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/no local stack is running/),
      });
    } finally {
      await removeDir(empty);
    }
  });

  it('removes its state file when the stack stops', async () => {
    await stack.stop();
    expect(await readLocalStackState(dataDir)).toBeNull();
    await expect(readFile(join(dataDir, LOCAL_STATE_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
    // afterAll stops it again; stop() has to tolerate that.
  });
});
