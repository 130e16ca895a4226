/**
 * Hostile text (issue 5): whatever a user drops into the bucket, the core either codes it or says why
 * it cannot (a DocumentError, which becomes a FAILED status). Anything else thrown would be retried as
 * a transient failure and end in the dead-letter queue, so these properties guard the "never retried
 * forever" promise. Speed is measured by `npm run bench`; here vitest's timeout is the only guard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeDocument, DocumentError, decodeArticle } from '../../lambdas/core';
import cameo from '../../lambdas/core/data/cameo.json';
import { isCalendarDay } from '../../lambdas/core/steps/read-header';
import type { ActorRef, CodedDocument } from '../../lambdas/core/types';

const CAMEO_CODES = new Set((cameo as { code: string }[]).map((entry) => entry.code));
const HEADER = ' date 2024-02-07 ';
const FALLBACK = '2024-02-09';
/** Enough runs to find shallow bugs; each run codes a whole document. */
const RUNS = 300;

/** Codes `text`, returning null when it was refused with a DocumentError (anything else escapes). */
function code(text: string, fallbackDate?: string): CodedDocument | null {
  try {
    return codeDocument(text, { doc: 'hostile.txt', ...(fallbackDate ? { fallbackDate } : {}) });
  } catch (error) {
    if (error instanceof DocumentError) return null;
    throw error;
  }
}

function expectWellFormedActor(actor: ActorRef): void {
  expect(actor.code).toMatch(/^[A-Z]{3,}/);
  expect(typeof actor.text).toBe('string');
  expect(typeof actor.name).toBe('string');
  if (actor.country !== null) expect(actor.country).toMatch(/^[A-Z]{3}$/);
}

/** Every record a result holds has the shape DESIGN.md promises. */
function expectWellFormed(result: CodedDocument | null): void {
  if (result === null) return;
  expect(isCalendarDay(result.published)).toBe(true);
  for (const event of result.events) {
    expect(event.id).toMatch(/^[0-9a-f]{32}$/);
    expect(event.doc).toBe('hostile.txt');
    expect(isCalendarDay(event.date), event.date).toBe(true);
    expect(['explicit', 'relative', 'document']).toContain(event.dateBasis);
    expect(['day', 'month', 'year']).toContain(event.datePrecision);
    expect(Number.isInteger(event.sentence) && event.sentence >= 0).toBe(true);
    expect(CAMEO_CODES.has(event.action.code), event.action.code).toBe(true);
    expect(CAMEO_CODES.has(event.action.root), event.action.root).toBe(true);
    expect(event.action.code.startsWith(event.action.root)).toBe(true);
    expect(Number.isFinite(event.action.goldstein)).toBe(true);
    expect([1, 2, 3, 4]).toContain(event.action.quadClass);
    expectWellFormedActor(event.source);
    if (event.target) expectWellFormedActor(event.target);
    if (event.location) {
      expect(Number.isFinite(event.location.lat) && Number.isFinite(event.location.lon)).toBe(true);
    }
  }
}

/** Text with the words the coder reacts to, so generated input reaches the deep steps, not just the header. */
const NEWSY = fc.constantFrom(
  'Egyptian President Abdel Fattah al-Sisi',
  'Antony Blinken',
  'Iran',
  'the United Nations',
  'U.S.',
  'Gen.',
  'Mr.',
  'met with',
  'condemned',
  'did not meet',
  'on Tuesday',
  'last week',
  'in Cairo',
  '<p>',
  '</div>',
  '&nbsp;',
  '&#x0;',
  '“',
  '"',
  '.',
  '\n\n',
  'and',
  ' ',
);
const newsyText = fc.array(fc.oneof(NEWSY, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 });

describe('the coder on arbitrary text', () => {
  it('throws nothing but a DocumentError for arbitrary strings, and what it codes is well formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (text, withFallback) => {
        expectWellFormed(code(text, withFallback ? FALLBACK : undefined));
      }),
      { numRuns: RUNS },
    );
  });

  it('throws nothing but a DocumentError for arbitrary strings behind a valid date header', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = code(`${HEADER}${text}`);
        // With a valid header nothing is refused: the header is all a text needs to be coded.
        expect(result).not.toBeNull();
        expectWellFormed(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('throws nothing but a DocumentError for arbitrary unicode, including astral and lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        fc.boolean(),
        (binary, graphemes, withHeader) => {
          const text = `${withHeader ? HEADER : ''}${graphemes}${binary}`;
          expectWellFormed(code(text, FALLBACK));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('codes news-shaped noise (actors, verbs, tags, abbreviations in any order) into well-formed records', () => {
    fc.assert(
      fc.property(newsyText, (parts) => {
        expectWellFormed(code(`${HEADER}${parts.join(' ')}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a malformed date header with a DocumentError, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 100 }), (date, body) => {
        expectWellFormed(code(` date ${date} ${body}`));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('decoding arbitrary bytes', () => {
  it('throws nothing but a DocumentError for arbitrary bytes, and what it decodes codes cleanly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        let text: string;
        try {
          text = decodeArticle(bytes);
        } catch (error) {
          if (error instanceof DocumentError) return;
          throw error;
        }
        expect(text.trim()).not.toBe('');
        expectWellFormed(code(text, FALLBACK));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('throws nothing but a DocumentError for byte-order marks followed by anything', () => {
    const bom = fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 300 }), (prefix, rest) => {
        const bytes = Uint8Array.from([...prefix, ...rest]);
        try {
          expectWellFormed(code(decodeArticle(bytes), FALLBACK));
        } catch (error) {
          if (!(error instanceof DocumentError)) throw error;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * Inputs built to make a careless regex backtrack or a careless loop go quadratic. Each is sized to
 * finish in well under a second on a linear implementation. No timing assertion: the guard is
 * vitest's default timeout (5 s; the project's config raises it to 30 s for the integration tests),
 * ten times what a linear coder needs, so only a blow-up trips it.
 */
const KB = 1024;
const GUARD_MS = 5_000;
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
const ADVERSARIAL: [name: string, body: string][] = [
  ['200 KB of repeated capitalised words', fill('Foreign Minister General Secretary ', 200 * KB)],
  ['200 KB of quotes', fill('"“”\'‘’« » ', 200 * KB)],
  ['200 KB of abbreviations', fill('U.S. Gen. Mr. ', 200 * KB)],
  [
    'deeply nested HTML',
    `${'<div><span><p class="x">'.repeat(10_000)}Iran condemned Israel.${'</p></span></div>'.repeat(10_000)}`,
  ],
  ['200 KB of tags that never close', `${fill('<div <a href="', 200 * KB)} Iran condemned Israel.`],
  ['200 KB of unclosed comments in HTML', `<p>Iran condemned Israel.</p>${fill('<!-- ', 200 * KB)}`],
  [
    '200 KB of unclosed script elements in HTML',
    `<p>Iran condemned Israel.</p>${fill('<script>', 200 * KB)}`,
  ],
  [
    'a 500 KB sentence with no punctuation',
    fill('the delegation discussed regional matters at length ', 500 * KB),
  ],
  ['long runs of "and" between country names', fill('Egypt and Iran and Qatar and Jordan and ', 200 * KB)],
  [
    'a sentence naming every actor over and over',
    fill(
      'Egyptian President Abdel Fattah al-Sisi met with Antony Blinken and Iran condemned Qatar ',
      200 * KB,
    ),
  ],
];

describe('adversarial documents', () => {
  it.each(ADVERSARIAL)(
    'codes %s to completion with well-formed records',
    (_name, body) => {
      const result = code(`${HEADER}${body}`);
      expect(result).not.toBeNull();
      expectWellFormed(result);
    },
    GUARD_MS,
  );
});
