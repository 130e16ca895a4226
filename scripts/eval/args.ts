/** Command-line options of `npm run eval`. */

import { parseArgs } from 'node:util';

export type SetName = 'dev' | 'petr2';

export interface EvalArgs {
  sets: SetName[];
  /** A set in the dev layout elsewhere (docs/ and gold.jsonl), scored instead of ../shared's sets. */
  goldDir: string | null;
  explain: boolean;
  strict: boolean;
}

export const USAGE = 'usage: npm run eval -- [--explain] [--set dev|petr2|all | --gold-dir DIR] [--strict]';

export function parseEvalArgs(argv: string[]): EvalArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      explain: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      set: { type: 'string' },
      'gold-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const goldDir = values['gold-dir'] ?? null;
  if (goldDir !== null && values.set !== undefined)
    throw new Error('--set and --gold-dir do not go together');
  if (goldDir === '') throw new Error('--gold-dir needs a directory');
  const set = values.set ?? 'all';
  if (set !== 'dev' && set !== 'petr2' && set !== 'all') {
    throw new Error(`--set must be dev, petr2 or all, not "${set}"`);
  }
  return {
    sets: goldDir !== null ? ['dev'] : set === 'all' ? ['dev', 'petr2'] : [set],
    goldDir,
    explain: values.explain === true,
    strict: values.strict === true,
  };
}
