/**
 * Item keys of the single table. event-store.ts is the only module that builds or reads them; the
 * access pattern each key serves is next to it. Every query is a Query or GetItem on one of these.
 */
import type { EventRecord } from '../core/types';
import type { DocumentStatus } from './types';

/** Event item: the record by id (GET /events/{id}). */
export function eventKey(id: string): { pk: string; sk: string } {
  return { pk: `EVENT#${id}`, sk: 'EVENT' };
}

/** Document status item: one per S3 key (GET /documents/{key}, the sequencer check). */
export function documentKey(doc: string): { pk: string; sk: string } {
  return { pk: `DOC#${doc}`, sk: 'DOC' };
}

/** byStatus GSI keys of a document item: lists documents by status, newest first. */
export function statusIndexKey(status: DocumentStatus, updatedAt: string, doc: string) {
  return { gsi1pk: statusPartition(status), gsi1sk: `${updatedAt}#${doc}` };
}

export function statusPartition(status: DocumentStatus): string {
  return `STATUS#${status}`;
}

/** The doc key back from a gsi1sk (updatedAt is an ISO time, which has no '#'). */
export function docFromStatusSortKey(gsi1sk: string): string | null {
  const at = gsi1sk.indexOf('#');
  return at < 0 ? null : gsi1sk.slice(at + 1);
}

/**
 * The dimensions an event is posted under. Each posting partition holds one facet value for one
 * year, sorted by `<date>#<id>`, so every filter is a Query on a partition, newest first.
 */
export type Facet = 'all' | 'actor' | 'source' | 'target' | 'root' | 'code3' | 'code4' | 'quad' | 'doc';

/** The value of the `all` facet: every event is posted there once. */
export const ALL = '*';

export interface FacetValue {
  facet: Facet;
  value: string;
}

/**
 * The year bucket keeps one busy actor (USA, say) from turning into one hot, unbounded partition;
 * the year index below says which buckets exist.
 */
export function postingPartition(facet: Facet, value: string, year: number | string): string {
  return `F#${facet}=${value}#${year}`;
}

export function postingSortKey(date: string, id: string): string {
  return `${date}#${id}`;
}

/** Year index item of a facet value: `years` (NS) lists the year buckets that have postings. */
export function yearIndexKey(facet: Facet, value: string): { pk: string; sk: string } {
  return { pk: `Y#${facet}=${value}`, sk: 'Y' };
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function actorValues(actor: EventRecord['source'] | null): string[] {
  if (!actor) return [];
  const values = [actor.code, actor.country, actor.org].filter((v): v is string => !!v);
  return [...new Set(values)];
}

/** The small attributes a posting carries so the filters not used for the key can be a FilterExpression. */
export interface PostingFilterAttributes {
  /** Every source and target code, country and org. */
  ac: string[];
  sc: string[];
  tc: string[];
  code: string;
  quad: number;
  doc: string;
}

export function filterAttributes(record: EventRecord): PostingFilterAttributes {
  const sc = actorValues(record.source);
  const tc = actorValues(record.target);
  return {
    ac: [...new Set([...sc, ...tc])],
    sc,
    tc,
    code: record.action.code,
    quad: record.action.quadClass,
    doc: record.doc,
  };
}

/** Every facet value an event is posted under (deduplicated, so one event never has two equal keys). */
export function facetValues(record: EventRecord): FacetValue[] {
  const attrs = filterAttributes(record);
  const code = record.action.code;
  const out: FacetValue[] = [{ facet: 'all', value: ALL }];
  for (const value of attrs.ac) out.push({ facet: 'actor', value });
  for (const value of attrs.sc) out.push({ facet: 'source', value });
  for (const value of attrs.tc) out.push({ facet: 'target', value });
  out.push({ facet: 'root', value: record.action.root });
  if (code.length >= 3) out.push({ facet: 'code3', value: code.slice(0, 3) });
  if (code.length >= 4) out.push({ facet: 'code4', value: code.slice(0, 4) });
  out.push({ facet: 'quad', value: String(record.action.quadClass) });
  out.push({ facet: 'doc', value: record.doc });
  return out;
}

/** The keys of every posting of an event. */
export function postingKeys(record: EventRecord): { pk: string; sk: string }[] {
  const year = yearOf(record.date);
  const sk = postingSortKey(record.date, record.id);
  return facetValues(record).map(({ facet, value }) => ({ pk: postingPartition(facet, value, year), sk }));
}
