/**
 * `npm run eval`: scores the coder against the gold sets in ../shared and prints a report.
 *
 *   node --import tsx scripts/eval.ts [--explain] [--set dev|petr2|all | --gold-dir DIR] [--strict]
 *
 * `--gold-dir` scores another set labelled by ../shared/gold/dev/GUIDE.md, in the same layout (DIR/docs/,
 * DIR/gold.jsonl), with the dev set's scoring and targets: how new text is measured the same way.
 *
 * The exit code is 0 whatever the scores (it is a report), 1 with --strict when a target fails, and
 * 2 when it cannot run (bad arguments, no ../shared, no coder).
 */

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EvalArgs, parseEvalArgs, type SetName, USAGE } from './eval/args';
import { type GoldDocument, GoldSetMissing, loadDevLayout, loadDevSet, loadPetr2Set } from './eval/gold-sets';
import {
  devTargets,
  formatExplain,
  formatPerRoot,
  formatSummary,
  formatTargets,
  petr2Targets,
  type Target,
} from './eval/report';
import { codeGoldDocuments, loadCoder } from './eval/run-coder';
import { scoreDocuments } from './eval/score';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The gold material sits beside the project on developer machines and in CI, never in a clone.
const sharedDir = resolve(repoRoot, '..', 'shared');

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function loadSet(name: SetName, goldDir: string | null): GoldDocument[] {
  if (goldDir !== null) return loadDevLayout(resolve(goldDir));
  return name === 'dev' ? loadDevSet(sharedDir) : loadPetr2Set(sharedDir);
}

async function main(args: EvalArgs): Promise<boolean> {
  if (args.goldDir === null && !existsSync(sharedDir)) {
    fail(`gold sets not found: ${sharedDir} does not exist (it sits beside the project, at ../shared)`);
  }
  let codeDocument: Awaited<ReturnType<typeof loadCoder>>;
  try {
    codeDocument = await loadCoder();
  } catch (error) {
    fail(`cannot load the coder (lambdas/core): ${(error as Error).message}`);
  }

  let allPass = true;
  for (const name of args.sets) {
    let documents: GoldDocument[];
    try {
      documents = loadSet(name, args.goldDir);
    } catch (error) {
      if (error instanceof GoldSetMissing) fail(error.message);
      throw error;
    }
    const docs = codeGoldDocuments(codeDocument, documents, args.explain);
    const summary = scoreDocuments(docs);
    const isDev = name === 'dev';
    const label = args.goldDir ?? name;
    const targets: Target[] = isDev ? devTargets(summary) : petr2Targets(summary);
    allPass &&= targets.every((target) => target.pass);

    const failed = docs.filter((doc) => doc.error);
    const lines = [
      ...formatSummary(label, summary, isDev),
      ...(failed.length > 0
        ? [`coder failed on ${failed.length} document(s): ${failed.map((d) => d.doc).join(', ')}`]
        : []),
      '',
      ...formatTargets(targets),
      '',
      ...formatPerRoot(summary),
      '',
    ];
    if (args.explain) lines.push(`-- ${label}: misses and false alarms`, ...formatExplain(docs, summary), '');
    console.log(lines.join('\n'));
  }
  return allPass;
}

let args: EvalArgs;
try {
  args = parseEvalArgs(process.argv.slice(2));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const allPass = await main(args);
process.exitCode = args.strict && !allPass ? 1 : 0;
