/**
 * `npm run --silent parse` as other tools call it (DESIGN.md's contract): JSON Lines on stdout, one
 * line per failed file on stderr, the other files still parsed, a non-zero exit code on any failure.
 */
import { execFile, spawn } from 'node:child_process';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lambdas/core/types';
import { makeTempDir, removeDir } from '../integration/local-stack-fixture';

const root = join(import.meta.dirname, '../..');
const run = promisify(execFile);
const ARTICLE =
  ' date 2024-03-15 Egypt condemned Israel on Tuesday. Turkish President Recep Tayyip Erdogan met with Russian President Vladimir Putin in Moscow.';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('parse-cli');
  await writeFile(join(dir, 'good.txt'), ARTICLE);
  await writeFile(join(dir, 'empty.txt'), '');
});
afterAll(async () => {
  await removeDir(dir);
});

function parse(args: string[], input?: string, env: Record<string, string> = {}) {
  const child = run(process.execPath, ['--import', 'tsx', 'lambdas/cli/parse.ts', ...args], {
    cwd: root,
    timeout: 30_000,
    env: { ...process.env, ...env },
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  } else child.child.stdin?.end();
  return child.then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EventRecord);

describe('npm run parse', () => {
  it('prints the events of each file as JSON Lines, keyed by the path given', async () => {
    const out = await parse([join(dir, 'good.txt')]);
    expect(out.code).toBe(0);
    const events = records(out.stdout);
    expect(events.map((e) => `${e.source.code} ${e.action.code} ${e.target?.code} ${e.date}`)).toEqual([
      'EGYGOV 111 ISRGOV 2024-03-12',
      'TURGOV 040 RUSGOV 2024-03-15',
    ]);
    expect(new Set(events.map((e) => e.doc))).toEqual(new Set([join(dir, 'good.txt')]));
  });

  it('names a file it cannot parse on stderr, still parses the others, and exits 1', async () => {
    const missing = join(dir, 'missing.txt');
    const out = await parse([join(dir, 'empty.txt'), missing, join(dir, 'good.txt')]);
    expect(out.code).toBe(1);
    expect(records(out.stdout)).toHaveLength(2);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${join(dir, 'empty.txt')}: EMPTY: `));
    expect(lines[1]).toContain(`${missing}: `);
  });

  it('reads an article from standard input for "-"', async () => {
    const out = await parse(['-'], ARTICLE);
    expect(out.code).toBe(0);
    expect(records(out.stdout).map((e) => [e.doc, e.action.code])).toEqual([
      ['stdin', '111'],
      ['stdin', '040'],
    ]);
  });

  it('takes an unknown option for a mistake, not a file name: usage, exit 2, nothing parsed', async () => {
    const out = await parse([join(dir, 'good.txt'), '--bogus']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain("Unknown option '--bogus'");
    expect(out.stderr).toContain('usage: npm run --silent parse -- FILE...');
  });

  it('prints its usage on stdout for --help, exit 0', async () => {
    const out = await parse(['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('usage: npm run --silent parse -- FILE...');
  });

  it('dates an undated file by its modification day and says so; standard input by today', async () => {
    const undated = join(dir, 'undated.txt');
    await writeFile(undated, 'Egypt condemned Israel.');
    await utimes(undated, new Date('2024-05-06T12:00:00Z'), new Date('2024-05-06T12:00:00Z'));
    const fromFile = await parse([undated]);
    expect(records(fromFile.stdout).map((e) => e.date)).toEqual(['2024-05-06']);
    expect(fromFile.stderr).toContain("dated against 2024-05-06 (the file's last modification day)");
    // The day where the user is: noon UTC is already the next day at UTC+14.
    const east = await parse([undated], undefined, { TZ: 'Pacific/Kiritimati' });
    expect(records(east.stdout).map((e) => e.date)).toEqual(['2024-05-07']);
    const fromStdin = await parse(['-'], 'Egypt condemned Israel.');
    expect(fromStdin.stderr).toMatch(/dated against \d{4}-\d{2}-\d{2} \(today\)/);
  });

  it('stops quietly when its reader closes the pipe early (parse ... | head -1)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'lambdas/cli/parse.ts', ...Array(200).fill(join(dir, 'good.txt'))],
      {
        cwd: root,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });

  it('prints its usage and exits 2 without a file', async () => {
    const out = await parse([]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('usage: npm run --silent parse -- FILE...');
  });
});
