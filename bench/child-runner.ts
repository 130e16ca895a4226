/**
 * Runs a bundled Lambda handler in a fresh `node` process, as the Lambda runtime would: require the
 * bundle, hand it one event, report timings and peak memory on one line, exit.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const RUNTIME_MODULES = join(import.meta.dirname, '..', 'node_modules');

/** Plain CommonJS so the child runs on bare node, with no tsx loader in its time or memory. */
const RUNNER = `'use strict';
const t0 = performance.now();
const mod = require(process.argv[2]);
const t1 = performance.now();
const event = JSON.parse(require('node:fs').readFileSync(process.argv[3], 'utf8'));
const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 60000 };
Promise.resolve(mod.handler(event, context)).then((out) => {
  const t2 = performance.now();
  const line = JSON.stringify({
    loadMs: t1 - t0,
    handleMs: t2 - t1,
    totalMs: t2,
    maxRssKb: process.resourceUsage().maxRSS,
    statusCode: out && out.statusCode !== undefined ? out.statusCode : null,
    failures: out && Array.isArray(out.batchItemFailures) ? out.batchItemFailures.length : null,
    extra: out && out.bench !== undefined ? out.bench : null,
  });
  process.stdout.write('BENCH_RESULT ' + line + '\\n', () => process.exit(0));
}, (error) => { console.error(error); process.exit(1); });
`;

export interface ChildResult {
  /** require() of the bundle, ms. */
  loadMs: number;
  /** The one invocation, ms. */
  handleMs: number;
  /** From process start (node's time origin) to the handler's answer: the cold start as a whole. */
  totalMs: number;
  /** Parent's view: spawn to exit, ms. */
  wallMs: number;
  maxRssKb: number;
  statusCode: number | null;
  failures: number | null;
  /** What a bench entry adds to its answer under `bench` (e.g. events coded). */
  extra: unknown;
}

export async function writeRunner(dir: string): Promise<string> {
  const file = join(dir, 'runner.cjs');
  await writeFile(file, RUNNER);
  return file;
}

export async function runChild(
  runner: string,
  bundleFile: string,
  event: unknown,
  env: Record<string, string>,
  eventFile: string,
): Promise<ChildResult> {
  await writeFile(eventFile, JSON.stringify(event));
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, bundleFile, eventFile], {
      // NODE_PATH stands in for the Lambda runtime's preinstalled AWS SDK, which the query bundle
      // leaves out (infra/bundling-options.ts).
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_PATH: RUNTIME_MODULES, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) {
        reject(
          new Error(`child ${bundleFile} exited ${code}: ${stderr.slice(-2000) || stdout.slice(-2000)}`),
        );
        return;
      }
      resolve({ ...(JSON.parse(line.slice('BENCH_RESULT '.length)) as Omit<ChildResult, 'wallMs'>), wallMs });
    });
  });
}

/** The environment the stack gives the functions, pointed at the emulators. */
export function lambdaEnv(endpoints: { dynamo: string; s3: string }, table: string): Record<string, string> {
  return {
    TABLE_NAME: table,
    EVENTWIRE_DYNAMODB_ENDPOINT: endpoints.dynamo,
    EVENTWIRE_S3_ENDPOINT: endpoints.s3,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    MAX_OBJECT_BYTES: String(5 * 1024 * 1024),
    // As infra/stack.ts sets them: source maps on (they cost load time), INFO logs.
    NODE_OPTIONS: '--enable-source-maps',
    POWERTOOLS_LOG_LEVEL: 'INFO',
  };
}
