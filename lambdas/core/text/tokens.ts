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
// character. No nested quantifiers, so matching is linear in the input.
const TOKEN = /([\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*(?:(?<=\.\p{L})\.)?)|[^\s\p{L}\p{N}]/gu;

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

export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    // The punctuation branch of TOKEN matches exactly one character that is not a letter or digit.
    const punct = match[1] === undefined;
    let word = raw;
    let possessive = false;
    if (
      !punct &&
      word.length > 2 &&
      word.charCodeAt(word.length - 2) === 39 &&
      (word.endsWith('s') || word.endsWith('S'))
    ) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const upper = word.toUpperCase();
    tokens.push({
      text: word,
      norm: punct ? word : normalizeToken(word),
      start,
      end: start + raw.length,
      possessive,
      capitalized: !punct && isUpperInitial(word),
      allCaps: !punct && word === upper && word !== word.toLowerCase(),
      punct,
    });
    // "ministers' " : a plural possessive leaves a lone apostrophe token; fold it into the word.
    if (punct && word === "'" && tokens.length > 1) {
      const previous = tokens[tokens.length - 2];
      if (previous && previous.end === start && /s$/i.test(previous.text)) {
        previous.possessive = true;
        previous.end = start + 1;
        tokens.pop();
      }
    }
  }
  return tokens;
}

/** The normalised tokens of a dictionary name ("Abdel Fattah Al-Sisi" -> ["abdel","fattah","al-sisi"]). */
export function nameTokens(name: string): string[] {
  return tokenizeWithOffsets(name)
    .filter((token) => !token.punct)
    .map((token) => token.norm);
}
