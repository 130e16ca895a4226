import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../lambdas/core/decode';
import { cleanText, isBoilerplate } from '../../lambdas/core/steps/clean-text';
import { readHeader } from '../../lambdas/core/steps/read-header';
import { splitLine, WORD_BEFORE_PERIOD, wordBeforePeriod } from '../../lambdas/core/steps/split-sentences';
import { DocumentError } from '../../lambdas/core/types';

describe('readHeader', () => {
  it('reads the publication date and the body after it', () => {
    expect(readHeader(' date 2024-02-07 Egypt said.')).toEqual({
      published: '2024-02-07',
      body: 'Egypt said.',
      warnings: [],
    });
  });

  it('accepts the header without the leading space', () => {
    expect(readHeader('date 2021-09-13 Text').published).toBe('2021-09-13');
  });

  it.each([
    ['date 2024-02-30 Body', 'BAD_DATE'],
    ['date 2024-13-01 Body', 'BAD_DATE'],
    ['date 07/02/2024 Body', 'BAD_DATE'],
    ['No header at all', 'NO_DATE'],
  ])('rejects %j with %s', (text, code) => {
    expect(() => readHeader(text)).toThrow(expect.objectContaining({ code }));
  });

  it('falls back to the upload day with a warning when there is no header', () => {
    const header = readHeader('Egypt said.', '2025-01-02');
    expect(header.published).toBe('2025-01-02');
    expect(header.warnings[0]).toMatch(/no "date YYYY-MM-DD" header/);
  });
});

describe('cleanText', () => {
  it('turns HTML into lines of prose with entities decoded', () => {
    const html =
      '<div><p>Egypt&nbsp;and Qatar &amp; the US met.</p><script>var x = 1;</script><p>Second&#8217;s line.</p></div>';
    expect(cleanText(html)).toEqual(['Egypt and Qatar & the US met.', "Second's line."]);
  });

  it.each([
    'Most Popular',
    'Share this article',
    'Facebook | Twitter | LinkedIn',
    '09/13/2021 03:27 PM EDT',
    'Photo: Reuters',
    'Home | World | Politics | Middle East',
  ])('drops the page furniture line %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it('keeps a real sentence that starts like a widget word', () => {
    expect(isBoilerplate('Share prices fell sharply in Cairo on Tuesday after the announcement.')).toBe(
      false,
    );
  });

  it('straightens curly quotes and non-breaking spaces', () => {
    expect(cleanText('Egypt\u2019s \u201cleading\u201d\u00a0role')).toEqual([`Egypt's "leading" role`]);
  });

  it('turns every run of blanks inside a line into one space, as the plain rule does', () => {
    const line = fc
      .array(fc.constantFrom('a', 'B', ' ', '  ', '\t', '\f', '\v', '.', 'é'), { maxLength: 30 })
      .map((parts) => `Ab${parts.join('')}`);
    fc.assert(
      fc.property(line, (text) => {
        expect(cleanText(text)).toEqual([text.replace(/[ \t\f\v]+/g, ' ').trim()]);
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts deeply nested HTML without blowing the stack', () => {
    const nested = `${'<div>'.repeat(20_000)}Deep text here.${'</div>'.repeat(20_000)}`;
    expect(cleanText(nested)).toEqual(['Deep text here.']);
  });
});

describe('splitLine', () => {
  it.each([
    [
      'Secretary Antony J. Blinken met Gen. Smith. He left.',
      ['Secretary Antony J. Blinken met Gen. Smith.', 'He left.'],
    ],
    ['The U.S. Embassy said so. Egypt agreed.', ['The U.S. Embassy said so.', 'Egypt agreed.']],
    [
      'Talks began at 9 a.m. local time. They ended late.',
      ['Talks began at 9 a.m. local time.', 'They ended late.'],
    ],
    ['Troops left on Jan. 5 after talks. Then peace.', ['Troops left on Jan. 5 after talks.', 'Then peace.']],
    ['"We condemn this." The minister left.', ['"We condemn this."', 'The minister left.']],
    ['Is it over? No! It is not.', ['Is it over?', 'No!', 'It is not.']],
  ])('splits %j', (line, expected) => {
    expect(splitLine(line)).toEqual(expected);
  });

  it('finds the word before a final period exactly as its defining pattern does', () => {
    const tail = fc
      .array(fc.constantFrom('U', 's', '.', ' ', 'é', 'Ж', '𝐀', '—', '"', '7'), { maxLength: 40 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(tail, (text) => {
        expect(wordBeforePeriod(text)).toBe(WORD_BEFORE_PERIOD.exec(text)?.[1] ?? '');
      }),
      { numRuns: 5000 },
    );
    expect(wordBeforePeriod('met the U.S.')).toBe('U.S');
    expect(wordBeforePeriod('met Gen.')).toBe('Gen');
  });

  it('cuts a huge run without punctuation into bounded pieces', () => {
    const pieces = splitLine('word '.repeat(100_000));
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(2_000);
  });
});

describe('decodeArticle', () => {
  const bytes = (values: number[]) => new Uint8Array(values);

  it.each([
    ['an empty file', bytes([]), 'EMPTY'],
    ['whitespace only', new TextEncoder().encode('  \n\t '), 'EMPTY'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7 ...'), 'BINARY'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'BINARY'],
    ['text with NUL bytes', bytes([0x61, 0x00, 0x62]), 'BINARY'],
    ['invalid UTF-8', bytes([0x64, 0x61, 0xff, 0xfe, 0x74]), 'INVALID_ENCODING'],
  ])('rejects %s', (_name, input, code) => {
    expect(() => decodeArticle(input)).toThrow(DocumentError);
    expect(() => decodeArticle(input)).toThrow(expect.objectContaining({ code }));
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const text = ' date 2024-02-07 Égypte';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeArticle(utf16)).toBe(text);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
});
