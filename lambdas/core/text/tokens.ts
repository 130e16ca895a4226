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
const TOKEN = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*(?:(?<=\.\p{L})\.)?|[^\s\p{L}\p{N}]/gu;

export function normalizeToken(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '');
}

export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    const start = match.index;
    const punct = !/[\p{L}\p{N}]/u.test(word);
    let possessive = false;
    if (!punct && /'s$/i.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    tokens.push({
      text: word,
      norm: punct ? word : normalizeToken(word),
      start,
      end: start + match[0].length,
      possessive,
      capitalized: /^\p{Lu}/u.test(word),
      allCaps: !punct && /\p{L}/u.test(word) && word === word.toUpperCase(),
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
