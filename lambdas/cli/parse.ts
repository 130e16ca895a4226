/**
 * `npm run --silent parse -- FILE... [--explain]`: the events of article files as JSON Lines, using the
 * coder alone (no AWS, no emulators, no network). A file that cannot be parsed gets one line on stderr
 * naming it and the reason; the others are still parsed; the exit code is 1 if any file failed.
 * `-` reads an article from standard input (document key "stdin", undated text dated today).
 * `--explain` writes the trace (which rule produced each event, what was dropped and why) to stderr.
 */
import { readFile, stat } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { codeDocument, DocumentError, decodeArticle } from '../core';

interface Article {
  bytes: Uint8Array;
  doc: string;
  /** The day an undated text is dated by, and what that day is. */
  day: Date;
  dayIs: string;
}

/** The calendar day where the user is: "today" late in the evening west of UTC is not tomorrow. */
function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

async function readArticle(path: string): Promise<Article> {
  if (path === '-')
    return { bytes: await buffer(process.stdin), doc: 'stdin', day: new Date(), dayIs: 'today' };
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
  return { bytes, doc: path, day: info.mtime, dayIs: "the file's last modification day" };
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { explain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
}

async function parseFile(path: string, explain: boolean): Promise<boolean> {
  try {
    const { bytes, doc, day, dayIs } = await readArticle(path);
    const coded = codeDocument(decodeArticle(bytes), {
      doc,
      fallbackDate: localDay(day),
      fallbackDateIs: dayIs,
      explain,
    });
    const lines = coded.events.map((event) => JSON.stringify(event));
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    for (const warning of coded.warnings) process.stderr.write(`${path}: warning: ${warning}\n`);
    if (explain) {
      for (const entry of coded.trace) {
        process.stderr.write(
          `${path} #${entry.sentence} ${entry.outcome.padEnd(8)} ${entry.rule}: ${entry.detail}\n`,
        );
      }
    }
    return true;
  } catch (error) {
    const reason =
      error instanceof DocumentError
        ? `${error.code}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`${path}: ${reason}\n`);
    return false;
  }
}

const USAGE = 'usage: npm run --silent parse -- FILE... [--explain]   (- reads standard input)\n';

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    // An unknown option ("--bogus") is a usage error, not a file that cannot be read.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (parsed.values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const explain = parsed.values.explain ?? false;
  const files = parsed.positionals;
  if (files.length === 0) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  let failed = 0;
  for (const file of files) if (!(await parseFile(file, explain))) failed++;
  if (failed > 0) process.exitCode = 1;
}

// `parse ... | head`: a reader that stops early closes the pipe; stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

await main();
