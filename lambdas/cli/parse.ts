/**
 * `npm run --silent parse -- FILE... [--explain]`: the events of article files as JSON Lines, using the
 * coder alone (no AWS, no emulators, no network). A file that cannot be parsed gets one line on stderr
 * naming it and the reason; the others are still parsed; the exit code is 1 if any file failed.
 * `-` reads an article from standard input (document key "stdin", undated text dated today).
 * `--explain` writes the trace (which rule produced each event, what was dropped and why) to stderr.
 */
import { readFile, stat } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { codeDocument, DocumentError, decodeArticle } from '../core';

/** The article's bytes, its document key and the day an undated text is dated by (its mtime). */
async function readArticle(path: string): Promise<{ bytes: Uint8Array; doc: string; day: Date }> {
  if (path === '-') return { bytes: await buffer(process.stdin), doc: 'stdin', day: new Date() };
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
  return { bytes, doc: path, day: info.mtime };
}

async function parseFile(path: string, explain: boolean): Promise<boolean> {
  try {
    const { bytes, doc, day } = await readArticle(path);
    const coded = codeDocument(decodeArticle(bytes), {
      doc,
      fallbackDate: day.toISOString().slice(0, 10),
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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const explain = args.includes('--explain');
  const files = args.filter((arg) => arg !== '--explain');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent parse -- FILE... [--explain]   (- reads standard input)\n');
    process.exitCode = 2;
    return;
  }
  let failed = 0;
  for (const file of files) if (!(await parseFile(file, explain))) failed++;
  if (failed > 0) process.exitCode = 1;
}

await main();
