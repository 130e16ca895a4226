/**
 * `npm run drop` as a user runs it: a child process uploading a folder of articles into a running
 * local stack, which then codes every one of them.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../infra/local/local-stack';
import { documentStatus, eventsOf, makeTempDir, removeDir, startTestStack } from './local-stack-fixture';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

/** `npm run drop -- ...args` in a child process: its exit code and output, whatever the code. */
function drop(
  args: string[],
  timeout = 30_000,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'lambdas/cli/drop.ts', ...args], {
    cwd: root,
    timeout,
    env: { ...process.env, ...env },
  }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

const LEADERS = [
  'Japanese Prime Minister Fumio Kishida',
  'French President Emmanuel Macron',
  'German Chancellor Olaf Scholz',
  'Turkish President Recep Tayyip Erdogan',
  'Philippine President Ferdinand Marcos Jr.',
];
const VERBS = ['met with', 'spoke by phone with', 'hosted'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Article n: a dated, one-paragraph report of two different leaders meeting, plus filler. */
function generateArticle(n: number): string {
  const source = LEADERS[n % LEADERS.length];
  const target = LEADERS[(n + 1 + (n % (LEADERS.length - 1))) % LEADERS.length];
  const verb = VERBS[n % VERBS.length];
  const day = String(1 + (n % 28)).padStart(2, '0');
  return [
    ` date 2024-04-${day} ${source} ${verb} ${target} on ${WEEKDAYS[n % WEEKDAYS.length]}.`,
    `The talks, the ${n + 1}th of their kind this year, covered trade and regional security.`,
    'Most Popular: Weather | Sports | Markets',
  ].join('\n\n');
}

const COUNT = 20;
let dataDir: string;
let folder: string;
let stack: LocalStack;

beforeAll(async () => {
  dataDir = await makeTempDir('drop');
  folder = await makeTempDir('drop-articles');
  // A subfolder too, since keys keep the relative path.
  await mkdir(join(folder, 'april'));
  await Promise.all(
    Array.from({ length: COUNT }, (_, n) =>
      writeFile(join(folder, n % 2 ? 'april' : '', `article ${n}.txt`), generateArticle(n)),
    ),
  );
  stack = await startTestStack(dataDir);
});

afterAll(async () => {
  await stack?.stop();
  await removeDir(dataDir);
  await removeDir(folder);
});

describe('npm run drop', () => {
  it('uploads a folder of articles, and every one is coded', async () => {
    const { code, stdout } = await drop(['--endpoint', stack.s3Endpoint, folder]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`uploaded ${COUNT} of ${COUNT} files \\(\\d+ KB\\) to s3://articles/ in`),
    );

    await stack.idle();
    for (let n = 0; n < COUNT; n++) {
      const key = `${n % 2 ? 'april/' : ''}article ${n}.txt`;
      expect((await documentStatus(stack.apiUrl, key)).body, key).toMatchObject({
        status: 'PARSED',
        published: `2024-04-${String(1 + (n % 28)).padStart(2, '0')}`,
      });
      expect((await eventsOf(stack.apiUrl, key)).length, key).toBeGreaterThan(0);
    }
  });

  it('with --wait, says what became of each file once it is coded', async () => {
    const waitFolder = await makeTempDir('drop-wait');
    await writeFile(join(waitFolder, 'good.txt'), generateArticle(3));
    await writeFile(join(waitFolder, 'empty.txt'), '');
    // A FAILED file makes the exit code 1.
    const outcome = await drop(
      ['--endpoint', stack.s3Endpoint, '--api', stack.apiUrl, '--wait', waitFolder],
      60_000,
    );
    await removeDir(waitFolder);
    expect(outcome.code).toBe(1);
    const events = (await documentStatus(stack.apiUrl, 'good.txt')).body.events;
    expect(events).toBeGreaterThan(0);
    expect(outcome.stdout).toContain(`coded 2 of 2: 1 PARSED (${events} events), 1 FAILED`);
    expect(outcome.stdout).toMatch(/^FAILED empty\.txt: EMPTY /m);
  });

  it("finds the running stack's S3 endpoint and API by itself, whatever its ports", async () => {
    const selfFolder = await makeTempDir('drop-self');
    await writeFile(join(selfFolder, 'found by itself.txt'), generateArticle(7));
    // No --endpoint, no --api: both come from the state file the running stack wrote in its data directory.
    const outcome = await drop(['--wait', selfFolder], 60_000, { EVENTWIRE_DATA_DIR: dataDir });
    await removeDir(selfFolder);
    expect(outcome.stdout).toContain('coded 1 of 1: 1 PARSED');
    expect(outcome.code).toBe(0);
  });

  it('uploads the files it can read and names a missing path in one line, exit code 1', async () => {
    const partFolder = await makeTempDir('drop-partial');
    await writeFile(join(partFolder, 'present.txt'), generateArticle(5));
    const missing = join(partFolder, 'no such folder');
    const outcome = await drop(['--endpoint', stack.s3Endpoint, missing, join(partFolder, 'present.txt')]);
    await removeDir(partFolder);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('uploaded 1 of 2 files');
    expect(outcome.stderr.trim()).toBe(`failed: ${missing}: no such file or folder`);
    await stack.idle();
    expect((await documentStatus(stack.apiUrl, 'present.txt')).body.status).toBe('PARSED');
  });

  it('with --wait, stops at once when the query API cannot be reached', async () => {
    const started = Date.now();
    const outcome = await drop([
      '--endpoint',
      stack.s3Endpoint,
      '--api',
      'http://127.0.0.1:9',
      '--wait',
      'seeds',
    ]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('cannot reach the query API at http://127.0.0.1:9');
    // Well inside its default 600 s timeout: it did not poll.
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it('stops at once, in one line, when no S3 answers at the endpoint', async () => {
    const outcome = await drop(['--endpoint', 'http://127.0.0.1:9', 'seeds']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      'cannot reach S3 at http://127.0.0.1:9: is npm start running? (give its address with --endpoint or S3_PORT)\n',
    );
    expect(outcome.stdout).not.toContain('uploaded');
  });

  it('with --cloud and no AWS region anywhere, says so in one line and uploads nothing', async () => {
    const home = await makeTempDir('drop-no-region');
    try {
      const outcome = await drop(['--cloud', '--bucket', 'any', 'seeds'], 30_000, {
        AWS_REGION: '',
        AWS_DEFAULT_REGION: '',
        AWS_PROFILE: '',
        HOME: home,
        AWS_CONFIG_FILE: join(home, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        // Never real AWS, even if a region were found: no credentials, no instance metadata.
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_EC2_METADATA_DISABLED: 'true',
      });
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain('no AWS region: set AWS_REGION, or a region in your AWS profile');
      expect(outcome.stdout).not.toContain('uploaded');
    } finally {
      await removeDir(home);
    }
  });

  it('refuses --wait against the cloud, where the API needs signed requests', async () => {
    const outcome = await drop(['--cloud', '--wait', 'seeds']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('--wait works with the local stack only');
  });
});
