/**
 * Bundles a Lambda entry the way infra/stack.ts does (NodejsFunction `bundling`): esbuild, platform
 * node, target node22, CommonJS, minified, external source map without the sources, ESM entry
 * points first so the SDK tree-shakes, the same external modules and loaders (infra/bundling-options.ts).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_LOADERS } from '../infra/bundling-options';

export interface Bundle {
  name: string;
  file: string;
  /** Minified .js size in bytes (the source map is a separate file and not loaded unless asked). */
  bytes: number;
}

export async function bundle(
  name: string,
  entry: string,
  outDir: string,
  external: string[] = [],
): Promise<Bundle> {
  const file = join(outDir, name, 'index.js');
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    external,
    loader: BUNDLE_LOADERS,
    logLevel: 'silent',
  });
  return { name, file, bytes: (await stat(file)).size };
}
