/**
 * Sentence splitting. Every line is a hard boundary. Inside a line we split after . ! ? (and any
 * closing quote or bracket) when whitespace and then a capital, quote, bracket or digit follow,
 * except after abbreviations (U.S., Gen., Mr., Jan., a.m.) and single-letter initials (Antony J. Blinken).
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cmdr',
  'adm',
  'brig',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'amb',
  'sec',
  'gens',
  'cpl',
  'pvt',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'ltd',
  'corp',
  'co',
  'dept',
  'est',
  'approx',
  'fig',
  'op',
  'vol',
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
]);

/** Candidate boundary: terminal punctuation, optional closers, whitespace. */
const BOUNDARY = /[.!?]+["')\]]*\s+/g;
const OPENS_SENTENCE = /^["'([\p{Lu}\d]/u;
/** Very long runs without punctuation are cut so every later step stays linear in the input. */
export const MAX_SENTENCE_CHARS = 2_000;

export interface Sentence {
  index: number;
  text: string;
}

/** The definition of wordBeforePeriod: the letters and dots right before a final period. */
export const WORD_BEFORE_PERIOD = /([\p{L}.]+)\.$/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const TRAILING_CLOSERS = /["')\]]+$/;

/**
 * "Gen" in "... Gen.", "U.S" in "the U.S.": WORD_BEFORE_PERIOD's group, or ''. Scanned backwards
 * over ASCII letters and dots; the regex tries every start position of the 40 characters it is
 * given, and was a third of the time of splitting. A character outside ASCII hands over to it.
 */
export function wordBeforePeriod(before: string): string {
  const period = before.length - 1;
  if (before.charCodeAt(period) !== 46) return '';
  let start = period;
  while (start > 0) {
    const c = before.charCodeAt(start - 1);
    if (c >= 128) return WORD_BEFORE_PERIOD.exec(before)?.[1] ?? '';
    if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    start--;
  }
  return before.slice(start, period);
}

function endsWithAbbreviation(before: string): boolean {
  const word = wordBeforePeriod(before);
  if (word === '') return false;
  if (INITIAL.test(word)) return true; // an initial: "J."
  if (DOTTED_ACRONYM.test(word)) return true; // dotted acronym: "U.S", "a.m", "E.O"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function chunkLongText(text: string): string[] {
  if (text.length <= MAX_SENTENCE_CHARS) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const cut = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const at = cut > MAX_SENTENCE_CHARS / 2 ? cut : MAX_SENTENCE_CHARS;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  if (rest.trim()) pieces.push(rest.trim());
  return pieces;
}

export function splitLine(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(line); match !== null; match = BOUNDARY.exec(line)) {
    const end = match.index + match[0].length;
    const next = line.slice(end, end + 1);
    if (!OPENS_SENTENCE.test(next)) continue;
    const candidateEnd = match.index + match[0].trimEnd().length;
    // Only the last few characters decide whether the period ends an abbreviation; looking at the
    // whole (possibly huge) candidate each time would make a run of abbreviations quadratic.
    const tail = line.slice(Math.max(start, candidateEnd - 40), candidateEnd).replace(TRAILING_CLOSERS, '');
    if (tail.endsWith('.') && !tail.endsWith('..') && endsWithAbbreviation(tail)) continue;
    sentences.push(line.slice(start, candidateEnd).trim());
    start = end;
  }
  const tail = line.slice(start).trim();
  if (tail) sentences.push(tail);
  return sentences.flatMap(chunkLongText);
}

export function splitSentences(lines: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines) {
    for (const text of splitLine(line)) sentences.push({ index: sentences.length, text });
  }
  return sentences;
}
