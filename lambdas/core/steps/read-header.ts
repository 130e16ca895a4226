import { DocumentError } from '../types';

export interface Header {
  /** The publication date, YYYY-MM-DD. */
  published: string;
  body: string;
  warnings: string[];
}

// The input format: an optional space, `date`, a space, YYYY-MM-DD, a space, then the body.
const HEADER = /^\s?date\s+(\S+)(?:\s|$)/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `day` is a real calendar day (rejects 2024-02-30 and 2023-13-01). */
export function isCalendarDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === day;
}

/**
 * Splits the `date YYYY-MM-DD` header from the body. A file without the header is still coded,
 * dated with `fallbackDate` (the object's LastModified day) and a warning; a header whose date is
 * malformed or impossible is an error, because every event date would be resolved against it.
 */
export function readHeader(
  text: string,
  fallbackDate?: string,
  fallbackDateIs = "the file's upload day",
): Header {
  const match = HEADER.exec(text);
  if (match) {
    const published = match[1] ?? '';
    if (!isCalendarDay(published)) {
      throw new DocumentError(
        'BAD_DATE',
        `the date header "${published.slice(0, 40)}" is not a real calendar day in the form YYYY-MM-DD`,
      );
    }
    return { published, body: text.slice(match[0].length), warnings: [] };
  }
  if (fallbackDate && isCalendarDay(fallbackDate)) {
    return {
      published: fallbackDate,
      body: text,
      warnings: [`no "date YYYY-MM-DD" header: events are dated against ${fallbackDate} (${fallbackDateIs})`],
    };
  }
  throw new DocumentError('NO_DATE', 'the file does not start with a "date YYYY-MM-DD" header');
}
