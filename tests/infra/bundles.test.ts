/**
 * What each Lambda bundle takes from the runtime at a cold start, bundled as the stack bundles it
 * (bench/bundle.ts with infra/bundling-options.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../bench/bundle';
import { INGEST_EXTERNAL_MODULES, QUERY_EXTERNAL_MODULES } from '../../infra/bundling-options';
import { codeDocument } from '../../lambdas/core';

const root = join(import.meta.dirname, '..', '..');
let outDir: string;

async function bundledCode(name: string, entry: string, external: string[]): Promise<string> {
  const { file } = await bundle(name, join(root, entry), outDir, external);
  return readFile(file, 'utf8');
}

async function runtimeModules(name: string, entry: string, external: string[]): Promise<string[]> {
  const code = await bundledCode(name, entry, external);
  const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1] ?? '');
  return [...new Set(required.filter((module) => !module.startsWith('node:')))].sort();
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'eventwire-bundles-'));
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('Lambda bundles', () => {
  it('the query Lambda loads only the DynamoDB client from the runtime, not the S3 or SQS client', async () => {
    expect(await runtimeModules('query', 'lambdas/query/handler.ts', QUERY_EXTERNAL_MODULES)).toEqual([
      '@aws-sdk/client-dynamodb',
    ]);
  });

  it("the query Lambda carries zod's English messages and none of its other languages", async () => {
    // Importing zod as the `z` object (as @hono/zod-openapi does) keeps every locale: 450 KB.
    const code = await bundledCode('query-zod', 'lambdas/query/handler.ts', QUERY_EXTERNAL_MODULES);
    expect(code).toContain('Invalid input: expected');
    expect(code).not.toContain('Ongeldige invoer'); // Dutch
  });

  it('maps stack traces to the TypeScript sources without carrying the sources in the map', async () => {
    const { file } = await bundle(
      'query-map',
      join(root, 'lambdas/query/handler.ts'),
      outDir,
      QUERY_EXTERNAL_MODULES,
    );
    const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as {
      sources: string[];
      sourcesContent?: unknown;
    };
    expect(map.sources.some((source) => source.endsWith('lambdas/query/app.ts'))).toBe(true);
    expect(map.sourcesContent).toBeUndefined();
  });

  it('carries the dictionaries as JSON text, and the bundled coder codes as the source does', async () => {
    const { file } = await bundle('core', join(root, 'lambdas/core/index.ts'), outDir);
    const code = await readFile(file, 'utf8');
    // A string of JSON (esbuild writes a template literal), not an object literal.
    expect(code.includes('`[{"name":"'), 'the actors as JSON text').toBe(true);
    const bundled = createRequire(import.meta.url)(file) as { codeDocument: typeof codeDocument };
    const article =
      ' date 2026-03-10 Portugal hosted Spanish Foreign Minister Jose Manuel Albares in Lisbon on Monday.' +
      ' Angola accused Portugal of interfering in its internal affairs.';
    const options = { doc: 'lisbon.txt' };
    const fromBundle = bundled.codeDocument(article, options).events;
    expect(fromBundle.length).toBeGreaterThan(0);
    expect(fromBundle).toEqual(codeDocument(article, options).events);
  });

  it('the ingest Lambda carries its own SDK clients', async () => {
    const modules = await runtimeModules('ingest', 'lambdas/ingest/handler.ts', INGEST_EXTERNAL_MODULES);
    // The SDK's signer asks for its optional CRT variant inside a try, for SigV4a only.
    expect(modules).toEqual(['@aws-sdk/signature-v4-crt']);
  });
});
