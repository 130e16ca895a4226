/**
 * Pre-aggregated counts: what one version of a document adds to each counter, and the difference
 * between two versions. event-store.ts applies those differences; see its header for why this is
 * exact under redelivery, replacement, deletion and crashes.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EventRecord } from '../core/types';
import { keyId } from './attributes';
import {
  actorCodeKey,
  actorNameKey,
  counterKey,
  facetValues,
  filterAttributes,
  isCountedFacet,
} from './keys';

export interface CounterEntry {
  pk: string;
  sk: string;
  /** The attribute that holds this count (one item holds several: see counterKey). */
  attr: string;
  n: number;
  /** Display attributes of an actor directory entry (set on every update; they never change). */
  name?: string;
  code?: string;
}

export type Contribution = Map<string, CounterEntry>;

/** The count attribute of the actor directory's items. */
const DIRECTORY_COUNT = 'n';

function counterId(entry: { pk: string; sk: string; attr: string }): string {
  return `${keyId(entry)}\u0000${entry.attr}`;
}

function bump(
  into: Contribution,
  key: { pk: string; sk: string; attr: string },
  extra: Partial<CounterEntry> = {},
): void {
  const id = counterId(key);
  const entry = into.get(id);
  if (entry) entry.n += 1;
  else into.set(id, { ...key, n: 1, ...extra });
}

/** Every counter the events of one document version add to, with how much. */
export function contributionOf(records: EventRecord[]): Contribution {
  const out: Contribution = new Map();
  for (const record of records) {
    for (const { facet, value } of facetValues(record)) {
      if (isCountedFacet(facet)) bump(out, counterKey(facet, value, record.date));
    }
    for (const code of filterAttributes(record).ac)
      bump(out, { ...actorCodeKey(code), attr: DIRECTORY_COUNT }, { code });
    // One event names an actor once even when it is on both sides.
    const names = new Map<string, { key: { pk: string; sk: string }; name: string; code: string }>();
    for (const actor of [record.source, record.target]) {
      if (!actor) continue;
      const key = actorNameKey(actor.name, actor.code);
      if (key) names.set(keyId(key), { key, name: actor.name, code: actor.code });
    }
    for (const { key, name, code } of names.values())
      bump(out, { ...key, attr: DIRECTORY_COUNT }, { name, code });
  }
  return out;
}

/** `to - from` per counter, only the counters that change. */
export function contributionDelta(from: Contribution, to: Contribution): CounterEntry[] {
  const out: CounterEntry[] = [];
  for (const [id, entry] of to) {
    const n = entry.n - (from.get(id)?.n ?? 0);
    if (n !== 0) out.push({ ...entry, n });
  }
  for (const [id, entry] of from) {
    if (!to.has(id)) out.push({ ...entry, n: -entry.n });
  }
  return out;
}

type Row = [pk: string, sk: string, attr: string, n: number, name?: string, code?: string];
/** Rows written before counts moved into month items: the count was always attribute `n`. */
type DayCounterRow = [pk: string, sk: string, n: number, name?: string, code?: string];

/** Gzipped JSON rows: the keys repeat a lot, so a document's contribution stays a few KB. */
export function encodeContribution(contribution: Contribution): Uint8Array {
  const rows: Row[] = [...contribution.values()].map((e) =>
    e.name !== undefined || e.code !== undefined
      ? [e.pk, e.sk, e.attr, e.n, e.name ?? '', e.code ?? '']
      : [e.pk, e.sk, e.attr, e.n],
  );
  const id = (row: Row) => counterId({ pk: row[0], sk: row[1], attr: row[2] });
  rows.sort((a, b) => (id(a) < id(b) ? -1 : 1));
  return gzipSync(JSON.stringify(rows));
}

function isDayCounterRow(row: Row | DayCounterRow): row is DayCounterRow {
  return typeof row[2] === 'number';
}

/**
 * Reads both row layouts: a document counted before the month items has its old day counters
 * taken back when it changes (they are no longer read), and its new version counted in months.
 */
export function decodeContribution(bytes: Uint8Array): Contribution {
  const rows = JSON.parse(gunzipSync(bytes).toString('utf8')) as (Row | DayCounterRow)[];
  const out: Contribution = new Map();
  for (const row of rows) {
    const [pk, sk, attr, n, name, code]: Row = isDayCounterRow(row)
      ? [row[0], row[1], DIRECTORY_COUNT, row[2], row[3], row[4]]
      : row;
    const entry: CounterEntry = { pk, sk, attr, n, ...(name ? { name } : {}), ...(code ? { code } : {}) };
    out.set(counterId(entry), entry);
  }
  return out;
}

/** An empty contribution has no item; its version ends in this instead of a hash. */
export const EMPTY_HASH = '0';

/** A stable hash of a contribution: two deliveries with the same events get the same version. */
export function contributionHash(contribution: Contribution): string {
  if (contribution.size === 0) return EMPTY_HASH;
  const ids = [...contribution.entries()].map(([id, e]) => `${id}\u0001${e.n}`).sort();
  return createHash('sha256').update(ids.join('\u0002')).digest('hex').slice(0, 16);
}
