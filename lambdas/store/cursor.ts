/**
 * Opaque page cursors. A cursor says where the previous page stopped (`bucket`: the year partition,
 * `last`: the last sort key returned) and which query it belongs to (`q`: a hash of the normalised
 * filters). It never carries a partition key: the store re-derives the partition from the current
 * query, so a cursor can at most skip ahead inside the caller's own query, never read another one.
 * Validation alone is sound; an HMAC (when a secret is configured) additionally rejects cursors the
 * server did not issue.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from './types';

export interface CursorState {
  /** Year bucket the page stopped in (absent for unbucketed listings). */
  bucket?: number;
  /** The last sort key returned. */
  last: string;
}

interface CursorPayload {
  v: 1;
  q: string;
  b?: number;
  l: string;
}

/** Longer input is rejected before decoding, so a hostile cursor costs nothing. */
const MAX_CURSOR_LENGTH = 4096;
/** In bytes: the position becomes a DynamoDB sort key, which may not exceed 1024 bytes. */
const MAX_LAST_BYTES = 1024;

/** A short, stable hash of a query: its kind and its filters with keys sorted and undefined dropped. */
export function queryHash(kind: string, filters: object): string {
  const entries = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([kind, entries]))
    .digest('base64url')
    .slice(0, 22);
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function encodeCursor(query: string, state: CursorState, secret?: string): string {
  const payload: CursorPayload = { v: 1, q: query, l: state.last };
  if (state.bucket !== undefined) payload.b = state.bucket;
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return secret ? `${body}.${sign(secret, body)}` : body;
}

/**
 * Decodes and checks a cursor against the current query. Everything that is wrong (encoding, shape,
 * version, another query's hash, signature) is an InvalidCursorError; the caller checks ranges.
 */
export function decodeCursor(cursor: string, query: string, secret?: string): CursorState {
  if (
    cursor.length === 0 ||
    cursor.length > MAX_CURSOR_LENGTH ||
    !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)?$/.test(cursor)
  ) {
    throw new InvalidCursorError('cursor is malformed');
  }
  const [body = '', mac] = cursor.split('.');
  if (secret) {
    const expected = Buffer.from(sign(secret, body));
    const given = Buffer.from(mac ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new InvalidCursorError('cursor signature does not match');
    }
  } else if (mac !== undefined) {
    throw new InvalidCursorError('cursor is malformed');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is malformed');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new InvalidCursorError('cursor is malformed');
  }
  const { v, q, b, l } = payload as Record<string, unknown>;
  if (v !== 1) throw new InvalidCursorError('cursor version is not supported');
  if (typeof q !== 'string' || q !== query) throw new InvalidCursorError('cursor belongs to another query');
  if (typeof l !== 'string' || l.length === 0 || Buffer.byteLength(l, 'utf8') > MAX_LAST_BYTES) {
    throw new InvalidCursorError('cursor is malformed');
  }
  if (b !== undefined && !(typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 9999)) {
    throw new InvalidCursorError('cursor is malformed');
  }
  return b === undefined ? { last: l } : { bucket: b, last: l };
}
