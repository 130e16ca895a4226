/** Command-line options of `npm run eval`. */

import { parseArgs } from 'node:util';

export type SetName = 'dev' | 'petr2';

export interface EvalArgs {
  sets: SetName[];
  explain: boolean;
  strict: boolean;
}

export const USAGE = 'usage: npm run eval -- [--explain] [--set dev|petr2|all] [--strict]';

export function parseEvalArgs(argv: string[]): EvalArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      explain: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      set: { type: 'string', default: 'all' },
    },
    strict: true,
    allowPositionals: false,
  });
  const set = values.set;
  if (set !== 'dev' && set !== 'petr2' && set !== 'all') {
    throw new Error(`--set must be dev, petr2 or all, not "${set}"`);
  }
  return {
    sets: set === 'all' ? ['dev', 'petr2'] : [set],
    explain: values.explain === true,
    strict: values.strict === true,
  };
}
