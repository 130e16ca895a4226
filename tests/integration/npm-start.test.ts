/**
 * `npm start` as a user runs it: the real entry point (infra/local/start.ts) in a child process on
 * a data directory of its own and free ports, stopped with signals and started again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_BUCKET } from '../../infra/local/local-stack';
import { makeS3Client } from '../../lambdas/aws/clients';
import { documentStatus, makeTempDir, removeDir } from './local-stack-fixture';

const root = join(import.meta.dirname, '../..');
let dataDir: string;

interface Started {
  child: ChildProcess;
  banner: string;
  apiUrl: string;
  s3Endpoint: string;
  exited: Promise<number | null>;
}

/** Starts `npm start`'s script and resolves once its banner is out (or rejects with its output). */
function startNpmStart(
  options: { args?: string[]; s3Port?: number; dynamoPort?: number } = {},
): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', 'infra/local/start.ts', ...(options.args ?? [])],
    {
      cwd: root,
      env: {
        ...process.env,
        EVENTWIRE_DATA_DIR: dataDir,
        PORT: '0',
        S3_PORT: String(options.s3Port ?? 0),
        DYNAMODB_PORT: String(options.dynamoPort ?? 0),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Ctrl-C stops.')) return;
      const apiUrl = /query API\s+(\S+)/.exec(output)?.[1] ?? '';
      const s3Endpoint = /S3\s+(http\S+)/.exec(output)?.[1] ?? '';
      resolve({ child, banner: output, apiUrl, s3Endpoint, exited });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before its banner:\n${output}`)));
  });
}

beforeAll(async () => {
  dataDir = await makeTempDir('npm-start');
});
afterAll(async () => {
  await removeDir(dataDir);
});

describe('npm start', () => {
  it('seeds a new store, stops on SIGINT, and on restart keeps a seed the user deleted deleted', {
    timeout: 120_000,
  }, async () => {
    const first = await startNpmStart();
    const seeded = /Uploaded (\d+) seed articles; (\d+) documents parsed, (\d+) events queryable/.exec(
      first.banner,
    );
    expect(seeded).not.toBeNull();
    expect(Number(seeded?.[2])).toBe(Number(seeded?.[1]));
    expect(Number(seeded?.[3])).toBeGreaterThan(0);

    const s3 = makeS3Client({ s3Endpoint: first.s3Endpoint });
    await s3.send(new DeleteObjectCommand({ Bucket: LOCAL_BUCKET, Key: '005_protest-tbilisi.txt' }));
    s3.destroy();
    for (let tries = 0; tries < 50; tries++) {
      if ((await documentStatus(first.apiUrl, '005_protest-tbilisi.txt')).body.status === 'DELETED') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = await startNpmStart();
    expect(second.banner).toContain('Kept the data of earlier runs');
    expect(second.banner).not.toContain('Uploaded');
    expect((await documentStatus(second.apiUrl, '005_protest-tbilisi.txt')).body.status).toBe('DELETED');
    second.child.kill('SIGHUP');
    expect(await second.exited).toBe(0);
  });

  it('refuses a taken port in one line naming its variable, before --fresh deletes anything', {
    timeout: 60_000,
  }, async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const marker = join(dataDir, 'kept.txt');
    await writeFile(marker, 'data of an earlier run');
    try {
      await expect(startNpmStart({ args: ['--fresh'], s3Port: port })).rejects.toThrow(
        `before its banner:\nnpm start: port ${port} (S3) is in use; set S3_PORT to another port (0 picks a free one)\n`,
      );
      expect(await readFile(marker, 'utf8')).toBe('data of an earlier run');
    } finally {
      taken.close();
      await rm(marker, { force: true });
    }
  });

  it('refuses one port given to two services in one line, before starting either', {
    timeout: 60_000,
  }, async () => {
    await expect(startNpmStart({ s3Port: 47_123, dynamoPort: 47_123 })).rejects.toThrow(
      'before its banner:\nnpm start: port 47123 is given to both S3 and DynamoDB; set DYNAMODB_PORT to another port (0 picks a free one)\n',
    );
  });

  it('refuses a second npm start on the same data directory in one line', { timeout: 120_000 }, async () => {
    const running = await startNpmStart();
    try {
      await expect(startNpmStart()).rejects.toThrow(
        /npm start exited \(1\) before its banner:\nnpm start: another eventwire stack \(pid \d+/,
      );
    } finally {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });
});
