/**
 * Tokens with their character offsets, so every match can point back at the words it came from.
 * The same tokenizer reads dictionary names and sentences, so both sides compare like with like.
 */

export interface Token {
  /** As written (without a trailing possessive). */
  text: string;
  /** Lowercase, accents and dots removed, possessive stripped: "U.S." -> "us", "Egypt's" -> "egypt". */
  norm: string;
  start: number;
  end: number;
  /** "Egypt's", "ministers'" */
  possessive: boolean;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** Every letter is a capital (UN, US, RSF). */
  allCaps: boolean;
  /** Punctuation token (one character). */
  punct: boolean;
}

// A word: letters/digits joined by inner apostrophes, hyphens or dots ("al-sisi", "u.s", "d'ivoire"),
// with an optional trailing dot when it is a dotted acronym ("U.S."). Everything else is one punctuation
// character. This regex is the definition; `scanTokens` below is the same rule as a hand-written scanner
// (tokenizing is a quarter of the coder's time, and the scanner is several times faster), and a
// property test holds the two equal on arbitrary text.
export const TOKEN_PATTERN = /([\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*(?:(?<=\.\p{L})\.)?)|[^\s\p{L}\p{N}]/gu;

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const classOf = new Map<number, number>();
const IS_LETTER = 1;
const IS_NUMBER = 2;
const IS_SPACE = 4;

/** Letter, number or space bits of a code point; ASCII by arithmetic, the rest once by regex. */
function classify(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return IS_LETTER;
    if (cp >= 48 && cp <= 57) return IS_NUMBER;
    return cp === 32 || (cp >= 9 && cp <= 13) ? IS_SPACE : 0;
  }
  let bits = classOf.get(cp);
  if (bits === undefined) {
    const char = String.fromCodePoint(cp);
    bits = LETTER.test(char)
      ? IS_LETTER
      : LETTER_OR_NUMBER.test(char)
        ? IS_NUMBER
        : SPACE.test(char)
          ? IS_SPACE
          : 0;
    classOf.set(cp, bits);
  }
  return bits;
}

const isWordCode = (cp: number) => (classify(cp) & (IS_LETTER | IS_NUMBER)) !== 0;
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The code point that ends just before `end` (a surrogate pair counts as one). */
function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(end - 2) ?? low;
  }
  return low;
}

/** [start, end, isWord] of every token, exactly as TOKEN_PATTERN would match them. */
export function scanTokens(text: string, visit: (start: number, end: number, word: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const bits = classify(cp);
    if (bits & IS_SPACE) {
      i += width(cp);
      continue;
    }
    if ((bits & (IS_LETTER | IS_NUMBER)) === 0) {
      visit(i, i + width(cp), false);
      i += width(cp);
      continue;
    }
    let j = i + width(cp);
    for (;;) {
      while (j < n) {
        const c = text.charCodeAt(j);
        // ASCII letters and digits, most of every text, without a code point or a class lookup.
        if (c < 128) {
          if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
          j += 1;
          continue;
        }
        const next = text.codePointAt(j) as number;
        if (!isWordCode(next)) break;
        j += width(next);
      }
      const joiner = text.charCodeAt(j);
      // ' . - join two runs of letters or digits.
      if (
        j + 1 < n &&
        (joiner === 39 || joiner === 46 || joiner === 45) &&
        isWordCode(text.codePointAt(j + 1) as number)
      ) {
        j += 1;
        continue;
      }
      break;
    }
    // A trailing dot after ".<letter>": the last dot of "U.S.".
    if (text.charCodeAt(j) === 46) {
      const last = codePointBefore(text, j);
      const dotAt = j - width(last) - 1;
      if (dotAt >= 0 && text.charCodeAt(dotAt) === 46 && classify(last) & IS_LETTER) j += 1;
    }
    visit(i, j, true);
    i = j;
  }
}

const ASCII_WORD = /^[A-Za-z0-9'.-]+$/;
const normalized = new Map<string, string>();
const MAX_CACHED = 50_000;

/** Lowercase, accents and dots removed. Words repeat a lot in news, so results are memoised. */
export function normalizeToken(word: string): string {
  const cached = normalized.get(word);
  if (cached !== undefined) return cached;
  const norm = ASCII_WORD.test(word)
    ? word.toLowerCase().replaceAll('.', '')
    : word
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replaceAll('.', '');
  if (normalized.size >= MAX_CACHED) normalized.clear();
  normalized.set(word, norm);
  return norm;
}

function isUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

/** Has a capital and no lower-case letter: "UN", "U.S", "G7". ASCII by char codes, the rest by case mapping. */
function isAllCaps(word: string): boolean {
  let capital = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word === word.toUpperCase() && word !== word.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/** Whether the word text[start, end) ends in a possessive "'s" ("Egypt's"). */
function endsPossessive(text: string, start: number, end: number): boolean {
  return end - start > 2 && text.charCodeAt(end - 2) === 39 && (text.charCodeAt(end - 1) | 32) === 115;
}

function wordToken(text: string, start: number, end: number): Token {
  const possessive = endsPossessive(text, start, end);
  const word = text.slice(start, possessive ? end - 2 : end);
  return {
    text: word,
    norm: normalizeToken(word),
    start,
    end,
    possessive,
    capitalized: isUpperInitial(word),
    allCaps: isAllCaps(word),
    punct: false,
  };
}

export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, isWord) => {
    if (isWord) {
      tokens.push(wordToken(text, start, end));
      return;
    }
    const mark = text.slice(start, end);
    // "ministers' " : a plural possessive leaves a lone apostrophe token; fold it into the word.
    const previous = tokens[tokens.length - 1];
    if (mark === "'" && previous && previous.end === start && /s$/i.test(previous.text)) {
      previous.possessive = true;
      previous.end = start + 1;
      return;
    }
    tokens.push({
      text: mark,
      norm: mark,
      start,
      end,
      possessive: false,
      capitalized: false,
      allCaps: false,
      punct: true,
    });
  });
  return tokens;
}

/**
 * The normalised tokens of a dictionary name ("Abdel Fattah Al-Sisi" -> ["abdel","fattah","al-sisi"]):
 * the words of tokenizeWithOffsets without building Token objects, because every dictionary name
 * goes through here once per cold start.
 */
export function nameTokens(name: string): string[] {
  const words: string[] = [];
  scanTokens(name, (start, end, isWord) => {
    if (!isWord) return;
    words.push(normalizeToken(name.slice(start, endsPossessive(name, start, end) ? end - 2 : end)));
  });
  return words;
}

/** Past forms a second verb after "and" often has that do not end in -ed. */
const IRREGULAR_PAST = new Set(
  'met held spoke struck fought sent gave took made paid flew sought withdrew broke froze went shot led brought said told began won left kept cut'.split(
    ' ',
  ),
);

/** A lower-case past form, the finite verb of a clause ("convened", "broke"). */
export function isPastVerb(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !token.capitalized &&
    (/[a-z]ed$/.test(token.norm) || IRREGULAR_PAST.has(token.norm))
  );
}
