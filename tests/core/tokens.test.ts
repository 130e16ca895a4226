/**
 * The tokenizer is a hand-written scanner for speed; TOKEN_PATTERN is its definition. These hold the
 * two equal on arbitrary text, and pin the cases the coder relies on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTokens, scanTokens, TOKEN_PATTERN, tokenizeWithOffsets } from '../../lambdas/core/text/tokens';

function byScanner(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  scanTokens(text, (start, end, word) => out.push([start, end, word]));
  return out;
}

function byPattern(text: string): [number, number, boolean][] {
  return [...text.matchAll(TOKEN_PATTERN)].map((m) => [m.index, m.index + m[0].length, m[1] !== undefined]);
}

/** Text made of the characters where the rule has choices: joiners, dots, letters, digits, spaces. */
const tricky = fc
  .array(
    fc.constantFrom(
      'U',
      'S',
      'a',
      'é',
      'Ж',
      '𝐀',
      '7',
      '.',
      "'",
      '-',
      ' ',
      '\u00a0',
      '\n',
      '"',
      '\ud800',
      '😀',
      '٣',
      'ǅ',
    ),
    { maxLength: 40 },
  )
  .map((chars) => chars.join(''));

describe('the tokenizer', () => {
  it('splits exactly as its defining pattern on tricky text', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits exactly as its defining pattern on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 })),
        (text) => {
          expect(byScanner(text)).toEqual(byPattern(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads dictionary names as the words of the sentence tokenizer', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const words = tokenizeWithOffsets(text)
          .filter((token) => !token.punct)
          .map((token) => token.norm);
        expect(nameTokens(text)).toEqual(words);
      }),
      { numRuns: 3000 },
    );
    expect(nameTokens("Egypt's Al-Sisi")).toEqual(['egypt', 'al-sisi']);
  });

  it.each([
    ['U.S. troops', ['U.S.', 'troops']],
    ["Egypt's al-Sisi", ['Egypt', 'al-Sisi']],
    ['d\u2019Ivoire 3.5 km.', ['d', '\u2019', 'Ivoire', '3.5', 'km', '.']],
    ['"Yes," he said.', ['"', 'Yes', ',', '"', 'he', 'said', '.']],
    ["the ministers' talks", ['the', 'ministers', 'talks']],
  ])('tokenizes %j', (text, expected) => {
    expect(tokenizeWithOffsets(text).map((t) => t.text)).toEqual(expected);
  });
});
