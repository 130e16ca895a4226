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

/**
 * Switch registry: one small item naming the documents whose events are changing version now
 * (`m`, entries `<sequencer> <started at, epoch ms> <doc>`) or finished changing within the last
 * seconds (`e`, entries `<ended at, epoch ms> <sequencer> <doc>`). A read of events that could
 * contain a document named there shows of it only the ids its committed version lists. Only
 * replacements and deletes are named (a first version has nothing to be confused with), so the
 * item stays small and a reader pays one GetItem for it.
 */
export function switchesKey(): { pk: string; sk: string } {
  return { pk: 'SWITCHES', sk: 'SWITCHES' };
}

export interface SwitchingEntry {
  sequencer: string;
  startedAt: number;
  doc: string;
}

/** Sequencers are padded hex and times are digits, so the first two spaces end them. */
export function switchingEntry({ sequencer, startedAt, doc }: SwitchingEntry): string {
  return `${sequencer} ${startedAt} ${doc}`;
}

export function endedSwitchEntry(endedAt: number, sequencer: string, doc: string): string {
  return `${endedAt} ${sequencer} ${doc}`;
}

/** `<a> <b> <rest>`, or null. */
function threeParts(entry: string): [string, string, string] | null {
  const first = entry.indexOf(' ');
  const second = first < 0 ? -1 : entry.indexOf(' ', first + 1);
  if (second < 0) return null;
  return [entry.slice(0, first), entry.slice(first + 1, second), entry.slice(second + 1)];
}

export function parseSwitchingEntry(entry: string): SwitchingEntry | null {
  const parts = threeParts(entry);
  const startedAt = Number(parts?.[1]);
  return parts && Number.isFinite(startedAt) ? { sequencer: parts[0], startedAt, doc: parts[2] } : null;
}

export function parseEndedSwitchEntry(
  entry: string,
): { endedAt: number; sequencer: string; doc: string } | null {
  const parts = threeParts(entry);
  const endedAt = Number(parts?.[0]);
  return parts && Number.isFinite(endedAt) ? { endedAt, sequencer: parts[1], doc: parts[2] } : null;
}

/**
 * Which write put an event item or posting there (the `w` attribute): the sequencer without its
 * padding. Lets the events of a writer that died mid-replacement be found and deleted later.
 */
export function writerTag(sequencer: string): string {
  return sequencer.replace(/^0+(?=.)/, '');
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
export type Facet =
  | 'all'
  | 'actor'
  | 'source'
  | 'target'
  | 'root'
  | 'code3'
  | 'code4'
  | 'quad'
  | 'doc'
  /** Composite: an actor (either side) with a CAMEO root, value `<actor>/<root>` (actor=USA&root=19). */
  | 'actorRoot'
  /** Composite: a directed dyad, value `<source>><target>` (source=USA&target=IRN). */
  | 'dyad';

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

/**
 * Year index of a facet value: one small item per year bucket that has postings, sk `Y#<year>`, so
 * a writer adds a year with a plain put in its BatchWriteItem (idempotent, 25 a request) and a
 * reader lists the years with one Query. Tables written before this layout have a single item, sk
 * `Y`, with the years as a number set; readers take both.
 */
export function yearIndexPartition(facet: Facet, value: string): string {
  return `Y#${facet}=${value}`;
}

export function yearBucketKey(facet: Facet, value: string, year: number): { pk: string; sk: string } {
  return { pk: yearIndexPartition(facet, value), sk: `Y#${year}` };
}

/** The year of a year index item's sort key, or null for the older single item (sk `Y`). */
export function yearOfBucketSortKey(sk: string): number | null {
  return sk.startsWith('Y#') ? Number(sk.slice(2)) : null;
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
  // Composites make the common pairs a direct Query instead of one facet plus a FilterExpression.
  for (const value of attrs.ac) out.push({ facet: 'actorRoot', value: `${value}/${record.action.root}` });
  for (const s of attrs.sc) for (const t of attrs.tc) out.push({ facet: 'dyad', value: `${s}>${t}` });
  return out;
}

/** The keys of every posting of an event. */
export function postingKeys(record: EventRecord): { pk: string; sk: string }[] {
  const year = yearOf(record.date);
  const sk = postingSortKey(record.date, record.id);
  return facetValues(record).map(({ facet, value }) => ({ pk: postingPartition(facet, value, year), sk }));
}

// ---- pre-aggregated counts ----------------------------------------------------------------------

/**
 * Day counts (GET /stats/timeline) live in month items: one item per counter group, value and
 * month, one attribute per counted facet and day (`a07`: events naming the actor on the 7th).
 * An actor's own, source and target counts share its item, so a document costs one UpdateItem per
 * actor and month it touches instead of one per facet and day: a third of the writes, and a year
 * of one actor's timeline is one Query of at most 12 items of well under 1 KB each.
 */
const COUNTER_SLOTS: Partial<Record<Facet, { group: string; letter: string }>> = {
  all: { group: 'all', letter: 'n' },
  actor: { group: 'actor', letter: 'a' },
  source: { group: 'actor', letter: 's' },
  target: { group: 'actor', letter: 't' },
  root: { group: 'root', letter: 'r' },
};

function counterSlot(facet: Facet): { group: string; letter: string } {
  const slot = COUNTER_SLOTS[facet];
  if (!slot) throw new Error(`the ${facet} facet has no day counter`);
  return slot;
}

/** The month item and the attribute that count `facet=value` events on `date` (yyyy-mm-dd). */
export function counterKey(
  facet: Facet,
  value: string,
  date: string,
): { pk: string; sk: string; attr: string } {
  return {
    pk: counterPartition(facet, value, yearOf(date)),
    sk: date.slice(0, 7),
    attr: `${counterSlot(facet).letter}${date.slice(8, 10)}`,
  };
}

export function counterPartition(facet: Facet, value: string, year: number): string {
  return `TM#${counterSlot(facet).group}=${value}#${year}`;
}

/** The days a month item counts for `facet`, with their counts (attributes of other facets skipped). */
export function counterDays(facet: Facet, month: string, item: Record<string, number>): [string, number][] {
  const letter = counterSlot(facet).letter;
  const out: [string, number][] = [];
  for (const [attr, n] of Object.entries(item)) {
    if (attr.length === 3 && attr[0] === letter) out.push([`${month}-${attr.slice(1)}`, n]);
  }
  return out;
}

/**
 * Facets with day counters (COUNTER_SLOTS): the ones the timeline is asked for most (everything,
 * one actor on either side, a source, a target, a root). Every counter costs one UpdateItem per
 * document that touches it, so the rarer filters (code3, code4, quad, dyad, actorRoot, doc) count
 * their postings instead: one projected posting per matching event, which is cheap for the few
 * events they match.
 */
export function isCountedFacet(facet: Facet): boolean {
  return COUNTER_SLOTS[facet] !== undefined;
}

/** Manifest chunk `n` of a document's event id list `ref` (lists too long for the document item). */
export function manifestKey(doc: string, ref: string, n: number): { pk: string; sk: string } {
  return { pk: `DOC#${doc}`, sk: `M#${ref}#${n}` };
}

/** Actor directory entry by code (GET /actors?prefix=EGY): partitioned by first letter, sorted by code. */
export function actorCodeKey(code: string): { pk: string; sk: string } {
  return { pk: actorCodePartition(code), sk: code };
}

export function actorCodePartition(prefix: string): string {
  return `ACTORS#C#${prefix.slice(0, 1)}`;
}

/**
 * A name folded for prefix search: no diacritics, lower case, single spaces. "Abdel Fattah el-Sisi"
 * and "ABDEL FATTAH EL-SISI" fold alike, so autocomplete is case- and accent-blind.
 */
export function foldName(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  // Sort keys are limited to 1024 bytes; a name's first 100 code points are plenty to find it.
  return Array.from(folded).slice(0, MAX_NAME_CHARS).join('');
}

export const MAX_NAME_CHARS = 100;

/** First code point of a folded name, the partition of its directory entries. */
export function firstChar(folded: string): string {
  return Array.from(folded)[0] ?? '';
}

/** Actor directory entry by name (GET /actors?name=sis): sorted by folded name, then code. */
export function actorNameKey(name: string, code: string): { pk: string; sk: string } | null {
  const folded = foldName(name);
  if (folded.length === 0) return null;
  return { pk: actorNamePartition(folded), sk: `${folded}#${code}` };
}

export function actorNamePartition(folded: string): string {
  return `ACTORS#N#${firstChar(folded)}`;
}

/** A document version's contribution to every counter (the source of truth the counters follow). */
export function contributionKey(doc: string, version: string): { pk: string; sk: string } {
  return { pk: `DOC#${doc}`, sk: `C#${version}` };
}

/** Which version of a document the counters reflect, and the transition in progress. */
export function countStateKey(doc: string): { pk: string; sk: string } {
  return { pk: `DOC#${doc}`, sk: 'COUNTS' };
}
