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

function endsWithAbbreviation(before: string): boolean {
  // The word right before the final period, e.g. "Gen" in "... Gen." or "U.S" in "the U.S."
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // dotted acronym: "U.S", "a.m", "E.O"
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
    const tail = line.slice(Math.max(start, candidateEnd - 40), candidateEnd).replace(/["')\]]+$/, '');
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
