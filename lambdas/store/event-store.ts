/**
 * The EventStore on one DynamoDB table; the only module that knows the item keys (see keys.ts).
 * Only GetItem, Query, PutItem, UpdateItem, BatchGetItem and BatchWriteItem: no Scan, and nothing
 * dynalite lacks (transactions, PartiQL), so the same code runs in the cloud and on one machine.
 *
 * ## Items
 *
 * | item                | pk                                  | sk                | serves                          |
 * |---------------------|-------------------------------------|-------------------|---------------------------------|
 * | event               | `EVENT#<id>`                        | `EVENT`           | GET /events/{id}                |
 * | posting (full copy) | `F#<facet>=<value>#<yyyy>`          | `<date>#<id>`     | GET /events, one Query per year |
 * | year index          | `Y#<facet>=<value>`                 | `Y#<yyyy>`        | which year buckets exist        |
 * | month counter       | `TM#<group>=<value>#<yyyy>`         | `<yyyy-mm>`       | GET /stats/timeline             |
 * | actor by code       | `ACTORS#C#<first letter>`           | `<code>`          | GET /actors?prefix=             |
 * | actor by name       | `ACTORS#N#<first char>`             | `<folded>#<code>` | GET /actors?name=               |
 * | document            | `DOC#<key>` (GSI byStatus)          | `DOC`             | GET /documents[/{key}]          |
 * | contribution        | `DOC#<key>`                         | `C#<version>`     | counts of one document version  |
 * | count state         | `DOC#<key>`                         | `COUNTS`          | which version the counts follow |
 * | id manifest chunk   | `DOC#<key>`                         | `M#<ref>#<n>`     | event ids of a large document   |
 * | switch registry     | `SWITCHES`                          | `SWITCHES`        | documents changing version now  |
 *
 * Facets: all, actor, source, target, root, code3, code4, quad, doc, and the composites actorRoot
 * (`USA/19`: actor=USA&root=19, or &code=19x) and dyad (`USA>IRN`: source=USA&target=IRN), so the
 * common pairs are a direct Query. planQuery says which partition answers which filters. Day
 * counts (in month counter items) exist only for all, actor, source, target and root
 * (isCountedFacet); a timeline on any other filter counts projected postings (planTimeline returns
 * null).
 *
 * A document item lists its event ids (to delete them when the document changes) inline up to
 * 1,000; longer lists (a 5 MB article codes to ~20,000 events, ~700 KB of ids, over the 400 KB
 * item limit) go to gzipped manifest chunks of 5,000 ids, `ref` a hash of the list, written before
 * the document item names them and deleted once the version that replaced them cleaned up.
 *
 * ## Replacing a document's events without transactions
 *
 * A replacement writes the new version's events, commits the document item (the switch: its id
 * list is the committed version), then deletes the events the new version no longer has. Readers
 * must see one version or the other within a read, never both, never neither. So the writer first
 * names the document in the switch registry (`<sequencer> <started at> <doc>`), and once the old
 * events are gone moves the name to the ended set (`settleSwitches`), where readers still count it
 * for `switchGraceMs` (15 s, more than any read takes: the query Lambda's timeout is 10 s).
 *
 * A read of postings (readAtOneVersion) reads the registry after its Queries. If it names no
 * document the read could contain, no switch touched what it read. Otherwise it runs again, having
 * read the committed versions of those named documents, and shows of them only the ids the committed
 * version lists: those postings exist as long as that version stays committed, and staged ones of
 * a newer version are hidden. Then it reads the registry and those versions again; a document
 * named meanwhile, or another commit (sequencer and version compared: an edit with the same
 * counts keeps the version string), means the read may mix versions, and it runs again.
 *
 * Deletes and failed re-uploads work the same way (their committed version lists no ids). First
 * versions are not named: there is nothing to confuse them with. Every event item and posting
 * carries its writer's tag (`w`), and the doc posting of an event is written before its other
 * items, so the events of a writer that died can be found in the document's own partitions: its
 * retry deletes those its commit does not list (every finished write sweeps its own tag,
 * `finishWrite`), or all of them if a newer version overtook it (`stale`) or the object is gone
 * (`abandonDocument`), and a later version's writer does so for a name older than any Lambda run
 * (`settleSwitches`). Until then its name hides them.
 *
 * ## Exact counts without transactions
 *
 * Counters (month counters, actor directory) are updated by the DELTA between the contribution of
 * the version the counters reflect (`counted`) and the committed version (`version` on the
 * document item). A version is `<padded sequencer>.<hash of its contribution>`, and its
 * contribution (every counter key it adds to, with how much) is stored as its own item BEFORE the
 * document commits, so both sides of a delta can always be read back, whatever crashed when.
 * The count state item moves through three steps, each a conditional UpdateItem:
 *
 * 1. claim: `pending = <version>` (only when nothing is pending or being swept, and `counted` is
 *    what we read), with an owner and a lease, so one writer at a time applies a transition;
 * 2. apply: for every counter item that changes, ONE UpdateItem `ADD <attr> :delta, ... SET x<tid> = 1`
 *    with the condition `attribute_not_exists(x<tid>)` (a month counter item holds one count per
 *    facet and day, see keys.ts counterKey; all its changes move together). `tid` is random per claim (kept when a transition is
 *    taken over), so a token never names two transitions; a retry after a crash skips the counters
 *    already done: each delta is applied at most once, and the retry applies the rest. A crashed
 *    owner's transition is taken over when its lease expires (longer than the ingest Lambda's
 *    timeout, so the old owner is dead, not slow). Documents written at the same time (one SQS
 *    batch) share these updates: one UpdateItem per item adds the sum of their deltas and sets all
 *    their tokens, on the condition that none is there (counter-batcher.ts); if one is (a retry
 *    of a transition that crashed after it), each is sent again alone;
 * 3. finish: `counted = pending`, REMOVE pending/tid/owner (and `sweep = from>to` when `from` has a
 *    contribution item to delete; a sweep deletes it and contributions superseded before they were
 *    counted, then removes `sweep`).
 *
 * Token cleanup without a second write per counter: once finish has committed, nothing can apply
 * that transition again (a new claim gets a new tid), so its `x<tid>` attributes are garbage. The
 * store remembers them per counter in memory and REMOVEs them in the same UpdateItem as its next
 * ADD to that counter (hot counters: `all`, countries, roots, the actor directory, are updated by
 * almost every document). Tokens not folded within `tokenCleanupMs` (30 s) are removed by their
 * own UpdateItem at the end of a write, as every counter change cost before.
 *
 * Leaked tokens: a process that dies (a reclaimed Lambda environment) leaves the tokens of its last
 * 30 s, harmless to the counts (a later transition uses another tid) but not to cost: a month
 * counter like `all` is updated by almost every document for a month, and every update is billed on
 * the item's size. So a token's value is `<written at> <doc>`, counter updates return the item, and
 * a writer that sees at least 4 foreign tokens older than 10 minutes (live writers remove theirs
 * within a minute) reads those documents' count states and removes the tokens whose transition is
 * not the pending one (sweepLeakedTokens): a finished tid is never claimed again, and the token of a
 * pending transition, even a crashed one, stays to guard its retry (tests/store/leaked-tokens).
 * Tokens written before tokens carried their document (value 1) are never swept.
 *
 * Redelivery of the same content (same or newer sequencer): the contribution hash is the committed
 * version's, so the document keeps that version (the commit is conditional on it still being the
 * committed one): no contribution, no transition, and events whose record is unchanged are not
 * rewritten, so it costs the reads and the document item. Replacement: the delta of the two
 * versions. Delete/failure: a version with an empty contribution, so the delta removes everything.
 * Writes of an older sequencer are stale and change nothing. tests/store/exact-counts.test.ts
 * crashes every write of these flows in turn and checks the counts after the retry.
 *
 * ## Hot partitions
 *
 * Every posting and counter partition is per facet value AND year, so a big actor's history is
 * spread over years, and a year of USA is one partition of ~100 items per active day. A document
 * costs per month counter item at most one UpdateItem (never one per event: a document's events
 * are aggregated first, and documents written together share one), so during a backfill of one
 * month every document updates the same `all` and big-country items: at the queue's ingest
 * concurrency (5 Lambdas, a few documents a second each) that is tens of ~1 WCU updates a second,
 * well under the 1,000 WCU/s a single item allows. The hottest write target is the `all` posting
 * partition of the current year (every event, ~1 WCU each): at 1M articles/month (~0.4/s, ~5 events each) that is ~2 WCU/s; a
 * bulk backfill at full queue concurrency stays in the hundreds. If that ever throttles, the next
 * step is a 1-of-N shard suffix on `all` postings only (N Queries merged per page); not built,
 * because month buckets would not spread a burst of one day and shards cost every read.
 *
 * ## Write cost per event (typical: source and target each a code plus its country)
 *
 * 1 event item + postings: all 1, actor 4, source 2, target 2, root 1, code3 1, code4 0-1, quad 1,
 * doc 1, actorRoot 4, dyad 4 = ~22 items of ~1 KB (~23 WCU; the composites add 8 of them). Per
 * document, not per event: one small year-index item per facet value and year this process has
 * not written yet (an in-memory set per store), put in the same BatchWriteItem requests, one
 * UpdateItem per counter item it changes (month counters: one per actor, root and `all` per month,
 * an actor's own, source and target days together; actor directory entries), the contribution
 * item, the document item and 2 small state updates (claim, finish). `npm run bench` measures about
 * 32 WCU per event on generated articles (35 before documents written together shared counter
 * updates, about 40 with day counters); a redelivery of unchanged content ~2 WCU per document (the
 * first after the upgrade to month counters is a replacement). No GSI copies: only document items
 * carry byStatus keys.
 */
import { createHash, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type ConsumedCapacity,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { EventRecord } from '../core/types';
import { type Item, keyId, keyItem, L, N, NULL, num, numSet, S, SS, str, strList } from './attributes';
import { batchGet } from './batch-get';
import { batchWrite, type RetryOptions } from './batch-write';
import { CounterBatcher, type CounterUpdate } from './counter-batcher';
import {
  type Contribution,
  type CounterEntry,
  contributionDelta,
  contributionHash,
  contributionOf,
  decodeContribution,
  EMPTY_HASH,
  encodeContribution,
} from './counters';
import { decodeCursor, encodeCursor, queryHash } from './cursor';
import {
  actorCodePartition,
  actorNamePartition,
  contributionKey,
  counterDays,
  counterPartition,
  countStateKey,
  docFromStatusSortKey,
  documentKey,
  endedSwitchEntry,
  eventKey,
  type Facet,
  facetValues,
  filterAttributes,
  foldName,
  isCountedFacet,
  manifestKey,
  parseEndedSwitchEntry,
  parseSwitchingEntry,
  postingKeys,
  postingPartition,
  postingSortKey,
  type SwitchingEntry,
  statusIndexKey,
  statusPartition,
  switchesKey,
  switchingEntry,
  writerTag,
  yearBucketKey,
  yearIndexPartition,
  yearOf,
  yearOfBucketSortKey,
} from './keys';
import { mapLimit } from './map-limit';
import { STATUS_INDEX } from './table';
import {
  type ActorQuery,
  type ActorSummary,
  type ChangeOrigin,
  type DocumentRecord,
  type DocumentStatus,
  type EventFilters,
  type EventStore,
  InvalidCursorError,
  type Page,
  type TimelineBucket,
  type TimelineInterval,
  type WriteOutcome,
} from './types';

/** What one request to DynamoDB cost: the bench adds these up per API request. */
export interface CapacityReport {
  operation: 'GetItem' | 'Query' | 'BatchGetItem';
  /** ConsumedCapacity.CapacityUnits (dynalite reports it too); null if the service left it out. */
  capacityUnits: number | null;
  /** Items the request read (for a Query: ScannedCount, what is paid for, not what is returned). */
  itemsRead: number;
}

export interface DynamoEventStoreOptions {
  /** When set, cursors are signed (HMAC-SHA256) and unsigned or foreign ones are rejected. */
  cursorSecret?: string;
  /** Retry policy of the batch helpers (UnprocessedItems / UnprocessedKeys). */
  retry?: RetryOptions;
  /** How many UpdateItem calls (year index, counters) run at once. */
  concurrency?: number;
  /**
   * Longest a counter update waits to be merged with those of documents written at the same time
   * (see counter-batcher.ts); it waits no longer once every write under way is waiting. Default 1 s.
   */
  counterMergeWaitMs?: number;
  /** Called after every read with what it consumed (ReturnConsumedCapacity TOTAL). */
  onConsumedCapacity?: (report: CapacityReport) => void;
  /**
   * How long a writer owns a count transition. Longer than the ingest Lambda's timeout (60 s), so
   * a transition is only taken over from a writer that is dead; shorter than the queue's
   * visibility timeout, so the retry of a crashed message finds it expired.
   */
  countLeaseMs?: number;
  /**
   * Tokens of finished count transitions that no later update of the same counter removed within
   * this long are removed on their own (one UpdateItem per counter). Default 30 s.
   */
  tokenCleanupMs?: number;
  /**
   * A counter item that carries this many foreign tokens older than `leakedTokenAgeMs` is swept of
   * those whose transitions finished (see sweepLeakedTokens). Default 4.
   */
  leakedTokenLimit?: number;
  /**
   * A token older than this is one its writer will not remove: that writer died, or sleeps in a
   * frozen Lambda environment. Default 10 minutes (live writers remove theirs within a minute).
   */
  leakedTokenAgeMs?: number;
  /** Event ids kept on the document item; longer lists go to manifest chunks. Default 1,000. */
  inlineEventIds?: number;
  /** Ids per manifest chunk item (gzipped, ~17 bytes an id). Default 5,000. */
  manifestChunkIds?: number;
  /**
   * How long a document stays named in the switch registry after its replacement ended. Longer
   * than any read of a page takes (the query Lambda's timeout is 10 s). Default 15 s.
   */
  switchGraceMs?: number;
  /** Clock and sleep, injected by tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * S3 sequencers are hex strings of varying length that compare correctly only at equal length;
 * stored left-padded to a fixed width, a plain string comparison (also in a ConditionExpression)
 * orders them. 64 digits is far more than S3 uses.
 */
export const SEQUENCER_WIDTH = 64;

export function padSequencer(sequencer: string): string {
  return sequencer.toUpperCase().padStart(SEQUENCER_WIDTH, '0');
}

/** One open-ended sort key bound: every sk of a day `d` is `d#<id>`, below `d\uffff`. */
const SK_END = '\uffff';

/** The version of "no document": nothing counted yet. */
const NONE = '-';

interface QueryPlan {
  facet: Facet;
  value: string;
  /** FilterExpression for the filters the partition does not already guarantee. */
  filter?: string;
  names: Record<string, string>;
  values: Record<string, AttributeValue>;
  skFrom?: string;
  skTo?: string;
  fromYear?: number;
  toYear?: number;
}

/** The root a `code` or `root` filter pins down, when it is exactly a root or longer. */
function rootOf(filters: EventFilters): string | undefined {
  if (filters.root !== undefined) return filters.root;
  if (filters.code !== undefined && filters.code.length >= 2) return filters.code.slice(0, 2);
  return undefined;
}

/**
 * The partition a Query reads, most selective first: doc (one document's events); dyad for
 * source+target; actorRoot for any one actor filter with a root or code (a source=X&root=R query
 * reads X's events of root R on either side, at most ~2x what it returns, instead of every event
 * of X); then source/target/actor, code, root, quad, all. The filters the partition does not
 * guarantee become a FilterExpression on the posting's small attributes. What remains is at most
 * a few times what it returns, except actor (or source/target) with quadClass and nothing else:
 * that reads the actor's events and keeps one quad class (~1 in 4); add an actorQuad composite
 * (4 more postings per event) if that pattern turns out to matter.
 */
export function planQuery(filters: EventFilters): QueryPlan {
  const code = filters.code;
  const root = rootOf(filters);
  const actorLike = filters.actor ?? filters.source ?? filters.target;
  let facet: Facet = 'all';
  let value = '*';
  const covered = new Set<keyof EventFilters>();
  if (filters.doc !== undefined) {
    [facet, value] = ['doc', filters.doc];
    covered.add('doc');
  } else if (filters.source !== undefined && filters.target !== undefined) {
    [facet, value] = ['dyad', `${filters.source}>${filters.target}`];
    covered.add('source').add('target');
  } else if (actorLike !== undefined && root !== undefined) {
    [facet, value] = ['actorRoot', `${actorLike}/${root}`];
    if (filters.actor !== undefined) covered.add('actor');
    if (filters.root !== undefined) covered.add('root');
    if (filters.root === undefined && code?.length === 2) covered.add('code');
  } else if (filters.source !== undefined) {
    [facet, value] = ['source', filters.source];
    covered.add('source');
  } else if (filters.target !== undefined) {
    [facet, value] = ['target', filters.target];
    covered.add('target');
  } else if (filters.actor !== undefined) {
    [facet, value] = ['actor', filters.actor];
    covered.add('actor');
  } else if (code !== undefined && code.length >= 2 && code.length <= 4) {
    facet = code.length === 4 ? 'code4' : code.length === 3 ? 'code3' : 'root';
    value = code;
    covered.add('code');
  } else if (filters.root !== undefined) {
    [facet, value] = ['root', filters.root];
    covered.add('root');
  } else if (filters.quadClass !== undefined) {
    [facet, value] = ['quad', String(filters.quadClass)];
    covered.add('quadClass');
  }

  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  const add = (filter: keyof EventFilters, clause: string, attr: string, v: AttributeValue) => {
    if (covered.has(filter)) return;
    clauses.push(clause);
    names[`#${attr}`] = attr;
    values[`:${filter}`] = v;
  };
  if (filters.actor !== undefined) add('actor', 'contains(#ac, :actor)', 'ac', S(filters.actor));
  if (filters.source !== undefined) add('source', 'contains(#sc, :source)', 'sc', S(filters.source));
  if (filters.target !== undefined) add('target', 'contains(#tc, :target)', 'tc', S(filters.target));
  if (filters.root !== undefined) add('root', 'begins_with(#code, :root)', 'code', S(filters.root));
  if (code !== undefined) add('code', 'begins_with(#code, :code)', 'code', S(code));
  if (filters.quadClass !== undefined) add('quadClass', '#quad = :quadClass', 'quad', N(filters.quadClass));
  if (filters.doc !== undefined) add('doc', '#doc = :doc', 'doc', S(filters.doc));

  return {
    facet,
    value,
    ...(clauses.length > 0 ? { filter: clauses.join(' AND ') } : {}),
    names,
    values,
    ...(filters.from !== undefined ? { skFrom: filters.from, fromYear: yearOf(filters.from) } : {}),
    ...(filters.to !== undefined ? { skTo: filters.to + SK_END, toYear: yearOf(filters.to) } : {}),
  };
}

/**
 * The counter that answers a timeline exactly, or `empty` when the filters contradict each
 * other, or null when no counter matches (then the postings are counted: cheap for a document,
 * proportional to the matching events for the rarer combinations).
 */
export function planTimeline(filters: EventFilters): { facet: Facet; value: string } | 'empty' | null {
  const { from: _from, to: _to, ...rest } = normalise(filters);
  let { root, code } = rest;
  if (root !== undefined && code !== undefined) {
    if (!code.startsWith(root) && !root.startsWith(code)) return 'empty';
    if (code.length < root.length) code = root;
    root = undefined;
  }
  if (code !== undefined && code.length === 2) [root, code] = [code, undefined];
  const { actor, source, target, quadClass, doc } = rest;
  const given = [actor, source, target, root, code, quadClass, doc].filter((v) => v !== undefined).length;
  let counter: { facet: Facet; value: string } | null = null;
  if (given === 0) counter = { facet: 'all', value: '*' };
  else if (given === 1) {
    if (actor !== undefined) counter = { facet: 'actor', value: actor };
    else if (source !== undefined) counter = { facet: 'source', value: source };
    else if (target !== undefined) counter = { facet: 'target', value: target };
    else if (root !== undefined) counter = { facet: 'root', value: root };
  }
  // code3/code4/quad/dyad/actorRoot/doc have no counters (see isCountedFacet): count postings.
  return counter && isCountedFacet(counter.facet) ? counter : null;
}

/** The filters with unset ones dropped, so equal queries hash equally. */
function normalise(filters: EventFilters): EventFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null));
}

/** The day a date falls in for a timeline interval: itself, its ISO week's Monday, its month's 1st. */
export function bucketDate(date: string, interval: TimelineInterval): string {
  if (interval === 'day') return date;
  if (interval === 'month') return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** An event of an earlier version as read back: its record and older contents (see writeEvents). */
interface PreviousEvent {
  id: string;
  record: EventRecord | null;
  older: EventRecord[];
}

/** A document's list of event ids: on the document item, or in manifest chunks when it is long. */
type IdList = { inline: string[] } | { ref: string; chunks: number };

const NO_IDS: IdList = { inline: [] };

interface StoredDocument extends DocumentRecord {
  sequencer: string;
  /** `<sequencer>.<contribution hash>`: which contribution the counters should reflect. */
  version: string;
  eventIds: IdList;
  /** Ids of an earlier version still to delete (set until the cleanup after a write finished). */
  cleanup: IdList;
}

interface CountState {
  counted: string;
  pending?: string;
  /** Names the pending transition: random per claim, kept on takeover; its token on counters. */
  tid?: string;
  owner?: string;
  lease: number;
  sweep?: string;
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}

/** A transition claimed by a writer that predates `tid` (none pending in practice): derived, stable. */
function legacyTid(doc: string, from: string, to: string): string {
  return createHash('sha256').update(`${doc}\u0000${from}\u0000${to}`).digest('base64url').slice(0, 16);
}

/** The counter attribute that marks transition `tid` as applied to that counter. */
function tokenAttribute(tid: string): string {
  return `x${tid}`;
}

/** The contribution hash part of a version (`<sequencer>.<hash>`); '' for none. */
function hashOfVersion(version: string): string {
  const at = version.lastIndexOf('.');
  return at < 0 ? '' : version.slice(at + 1);
}

function hasContributionItem(version: string): boolean {
  return version !== NONE && !version.endsWith(`.${EMPTY_HASH}`);
}

function capacityOf(consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number | null {
  if (consumed === undefined) return null;
  const all = Array.isArray(consumed) ? consumed : [consumed];
  return all.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
}

/** Bounds of the in-process caches: cleared (year index) or flushed (tokens) when full. */
const KNOWN_YEARS_LIMIT = 100_000;
const FINISHED_TOKEN_KEYS_LIMIT = 20_000;
/** A read that keeps overlapping switches is run at most this many times (readAtOneVersion). */
const MAX_READ_ATTEMPTS = 4;
/** A write that keeps finding another version committed since its read gives up after this many tries. */
const MAX_COMMIT_ATTEMPTS = 5;

/** With a doc filter, a read can only contain that document's events. */
function onlyDoc(filters: EventFilters): ((doc: string) => boolean) | undefined {
  const { doc } = filters;
  return doc === undefined ? undefined : (named) => named === doc;
}

/** Thrown so that SQS delivers the message again later, when the writers racing for it are done. */
export class ContendedDocumentError extends Error {
  constructor(doc: string) {
    super(`document ${doc} changed under every commit attempt`);
    this.name = 'ContendedDocumentError';
  }
}
/** Old tokens of pending transitions a store remembers (stuck transitions are few). */
const PENDING_TOKENS_KEPT = 1_000;

/** Contributions a store keeps after writing them (the batch of documents in flight, and some). */
const WRITTEN_CONTRIBUTIONS_KEPT = 64;

/** At most this many transitions share one counter update (its expression grows with each). */
const MERGED_TRANSITIONS = 16;

/** At most this many finished tokens are removed by one counter update. */
const REMOVE_PER_UPDATE = 50;

export class DynamoEventStore implements EventStore {
  /**
   * Year buckets (`<year index pk>\u0000<year>`) this store already added to the year index. Per
   * store, so per table and per client: a fresh table (tests, a restarted local stack on an empty
   * directory) gets a fresh store and no stale cache. Only added after the update succeeded.
   */
  private readonly knownYears = new Set<string>();
  /**
   * Token attributes of finished transitions still on counters, by counter: folded into the next
   * update of that counter (REMOVE next to the ADD), or removed on their own once older than
   * `tokenCleanupMs`.
   */
  private readonly finishedTokens = new Map<
    string,
    { key: { pk: string; sk: string }; names: Set<string>; since: number }
  >();
  /** Counter items seen carrying `leakedTokenLimit` old foreign tokens: token -> its document. */
  private readonly suspectTokens = new Map<
    string,
    { key: { pk: string; sk: string }; tokens: Map<string, string> }
  >();
  /** Contributions this store wrote lately, by `<doc>\u0000<version>`. */
  private readonly writtenContributions = new Map<string, Contribution>();
  /** Old tokens found to belong to a pending transition, and until when not to ask again. */
  private readonly pendingTokens = new Map<string, number>();

  /** Counter updates of documents written at the same time, merged per item. */
  private readonly counterBatcher: CounterBatcher;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly options: DynamoEventStoreOptions = {},
  ) {
    this.counterBatcher = new CounterBatcher({
      send: (key, updates) => this.sendCounterUpdate(key, updates),
      maxWaitMs: options.counterMergeWaitMs ?? 1_000,
      maxMerged: MERGED_TRANSITIONS,
      concurrency: options.concurrency ?? 16,
    });
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  // ---- writes ---------------------------------------------------------------------------------

  putDocument(
    origin: ChangeOrigin,
    published: string,
    events: EventRecord[],
    warnings: string[],
  ): Promise<WriteOutcome> {
    return this.counterBatcher.track(() => this.put(origin, published, events, warnings, true));
  }

  private async put(
    origin: ChangeOrigin,
    published: string,
    events: EventRecord[],
    warnings: string[],
    mayReuse: boolean,
    attempt = 1,
  ): Promise<WriteOutcome> {
    const sequencer = padSequencer(origin.sequencer);
    // Ids are deterministic, so a repeated event is the same event: keep one.
    const records = [...new Map(events.map((e) => [e.id, e])).values()];
    const current = await this.readDocument(origin.doc);
    if (current && current.sequencer > sequencer) return this.stale(origin.doc, sequencer);
    const ids = records.map((r) => r.id);
    const committedIds = current ? await this.loadIds(origin.doc, current.eventIds) : [];
    const previousIds = current
      ? [...new Set([...committedIds, ...(await this.loadIds(origin.doc, current.cleanup))])]
      : [];
    // Read before overwriting: an id kept across versions may have moved (another date), and its old
    // postings are only known from the old record.
    const previous = await this.readEvents(previousIds);

    // An event of the committed version whose record is unchanged keeps its items: they were all
    // written before that version committed (postings before the event item, so an event item
    // overwritten by a crashed later write still implies its own postings are complete).
    const committedSet = new Set(committedIds);
    const newJson = new Map(records.map((r) => [r.id, JSON.stringify(r)]));
    const unchanged = new Set(
      previous
        .filter(
          ({ id, record }) => record && committedSet.has(id) && JSON.stringify(record) === newJson.get(id),
        )
        .map(({ id }) => id),
    );

    // The contribution is stored before the document commits the version that names it, so a
    // count transition can always read both of its sides. A delivery whose contribution equals the
    // committed version's (a redelivery, an edit no counter sees) keeps that version: nothing to
    // store and no transition. The commit then requires that version to be still the committed one.
    const contribution = contributionOf(records);
    const hash = contributionHash(contribution);
    const reuse =
      mayReuse && current !== null && hashOfVersion(current.version) === hash ? current.version : null;
    const version = reuse ?? `${sequencer}.${hash}`;
    const staged = records.filter((r) => !unchanged.has(r.id));
    const kept = new Set(ids);
    const cleanupIds = previousIds.filter((id) => !kept.has(id));
    // A replacement that adds or removes events: readers judge this document by its committed ids
    // until the old events are gone (see the header).
    const switching = previousIds.length > 0 && (staged.length > 0 || cleanupIds.length > 0);
    if (switching) await this.beginSwitch(origin.doc, sequencer);
    if (reuse === null && contribution.size > 0)
      await this.writeContribution(origin.doc, version, contribution);
    await this.writeEvents(staged, new Map(previous.map((p) => [p.id, p])), sequencer);
    const eventIds = await this.storeIds(origin.doc, ids, current?.eventIds);
    const cleanup = await this.storeIds(origin.doc, cleanupIds);
    const committed = await this.writeDocument(
      origin,
      sequencer,
      {
        version,
        status: 'PARSED',
        published,
        events: records.length,
        error: null,
        warnings,
        eventIds,
        cleanup,
      },
      current?.version ?? null,
    );
    if (!committed) {
      if ((await this.afterLostCommit(origin.doc, sequencer, attempt)) === 'retry') {
        return this.put(origin, published, events, warnings, mayReuse && reuse === null, attempt + 1);
      }
      await this.undoLostRace(origin.doc, records, [eventIds, cleanup]);
      await this.finishWrite(origin.doc, sequencer, switching || current !== null);
      return this.staleAfterCounting(origin.doc);
    }
    await this.deleteReplaced(previous, records);
    await this.finishWrite(origin.doc, sequencer, switching || current !== null, new Set(ids));
    await this.dropManifests(origin.doc, [current?.eventIds, current?.cleanup, cleanup], eventIds);
    if (cleanupIds.length > 0) await this.finishCleanup(origin.doc, sequencer);
    await this.settleCounts(origin.doc);
    return 'applied';
  }

  failDocument(origin: ChangeOrigin, error: { code: string; message: string }): Promise<WriteOutcome> {
    return this.counterBatcher.track(() => this.replaceWithStatus(origin, 'FAILED', error, true));
  }

  deleteDocument(origin: ChangeOrigin): Promise<WriteOutcome> {
    return this.counterBatcher.track(() => this.replaceWithStatus(origin, 'DELETED', null, true));
  }

  private async replaceWithStatus(
    origin: ChangeOrigin,
    status: DocumentStatus,
    error: { code: string; message: string } | null,
    mayReuse: boolean,
    attempt = 1,
  ): Promise<WriteOutcome> {
    const sequencer = padSequencer(origin.sequencer);
    const current = await this.readDocument(origin.doc);
    if (current && current.sequencer > sequencer) return this.stale(origin.doc, sequencer);
    const previousIds = current
      ? [
          ...new Set([
            ...(await this.loadIds(origin.doc, current.eventIds)),
            ...(await this.loadIds(origin.doc, current.cleanup)),
          ]),
        ]
      : [];
    const previous = await this.readEvents(previousIds);
    const reuse =
      mayReuse && current !== null && hashOfVersion(current.version) === EMPTY_HASH ? current.version : null;
    const cleanup = await this.storeIds(origin.doc, previousIds);
    const switching = previousIds.length > 0;
    if (switching) await this.beginSwitch(origin.doc, sequencer);
    const committed = await this.writeDocument(
      origin,
      sequencer,
      {
        version: reuse ?? `${sequencer}.${EMPTY_HASH}`,
        status,
        published: null,
        events: 0,
        error,
        warnings: [],
        eventIds: NO_IDS,
        cleanup,
      },
      current?.version ?? null,
    );
    if (!committed) {
      await this.dropManifests(origin.doc, [cleanup], NO_IDS);
      if ((await this.afterLostCommit(origin.doc, sequencer, attempt)) === 'retry') {
        return this.replaceWithStatus(origin, status, error, mayReuse && reuse === null, attempt + 1);
      }
      await this.finishWrite(origin.doc, sequencer, switching || current !== null);
      return this.staleAfterCounting(origin.doc);
    }
    await this.deleteReplaced(previous, []);
    await this.finishWrite(origin.doc, sequencer, switching || current !== null, new Set());
    await this.dropManifests(origin.doc, [current?.eventIds, current?.cleanup, cleanup], NO_IDS);
    if (previousIds.length > 0) await this.finishCleanup(origin.doc, sequencer);
    await this.settleCounts(origin.doc);
    return 'applied';
  }

  /**
   * A commit failed because another version committed after our read. A newer one means we lost
   * ('stale'); an older one has events we never saw, so the write starts over from the document as
   * it is now ('retry'), a bounded number of times before SQS is left to deliver the message again.
   */
  private async afterLostCommit(doc: string, sequencer: string, attempt: number): Promise<'stale' | 'retry'> {
    const now = await this.readDocument(doc);
    if (now && now.sequencer > sequencer) return 'stale';
    if (attempt >= MAX_COMMIT_ATTEMPTS) throw new ContendedDocumentError(doc);
    return 'retry';
  }

  /**
   * A newer version is committed. If an earlier attempt of this message wrote events (it crashed,
   * or lost a race, and is redelivered), those the winner does not list are found by their writer
   * tag and deleted, named or not, and its names leave the registry. Found by tag, not by coding the
   * object again: the object may have changed since. A plain late notification finds nothing.
   */
  private async stale(doc: string, sequencer: string): Promise<WriteOutcome> {
    await this.abandonWrite(doc, sequencer);
    return this.staleAfterCounting(doc);
  }

  /** Removes what earlier attempts of the write of `sequencer` left, and ends its names. */
  private async abandonWrite(doc: string, sequencer: string): Promise<void> {
    await this.sweepWriter(doc, sequencer);
    for (const { raw, entry } of (await this.readSwitches()).switching) {
      if (entry.doc === doc && entry.sequencer === sequencer) await this.endSwitch(raw, entry);
    }
  }

  abandonDocument(origin: ChangeOrigin): Promise<void> {
    return this.counterBatcher.track(() => this.abandonWrite(origin.doc, padSequencer(origin.sequencer)));
  }

  /**
   * A stale message still finishes a count transition left behind: the message that crashed in
   * the middle of one may itself be stale by the time it is retried.
   */
  private async staleAfterCounting(doc: string): Promise<WriteOutcome> {
    await this.reconcileCounts(doc);
    return 'stale';
  }

  /**
   * Year index first, then the postings, then the event items: if the index update failed after
   * the postings were written they would be invisible to queries (the other way round an empty
   * bucket only costs one Query); an event item is only there once all its postings are.
   */
  private async writeEvents(
    records: EventRecord[],
    previous: Map<string, PreviousEvent>,
    sequencer: string,
  ): Promise<void> {
    const writer = S(writerTag(sequencer));
    const years = new Map<string, { facet: Facet; value: string; years: Set<number> }>();
    const docPostings: WriteRequest[] = [];
    const postings: WriteRequest[] = [];
    const items: WriteRequest[] = [];
    for (const record of records) {
      const json = S(JSON.stringify(record));
      const year = yearOf(record.date);
      // Overwriting an event item loses the record its postings were written from. If this write
      // never commits (a crash before the document item), the retry reads the new record back and
      // would not know the old postings (another date) to delete: so the item keeps the earlier
      // contents, as `prev`, until the id is written again.
      const before = previous.get(record.id);
      const older = before
        ? [...(before.record ? [before.record] : []), ...before.older].filter(
            (r, i, all) =>
              JSON.stringify(r) !== json.S &&
              all.findIndex((o) => JSON.stringify(o) === JSON.stringify(r)) === i,
          )
        : [];
      items.push({
        PutRequest: {
          Item: {
            ...keyItem(eventKey(record.id)),
            record: json,
            doc: S(record.doc),
            w: writer,
            ...(older.length > 0 ? { prev: S(JSON.stringify(older.slice(0, 8))) } : {}),
          },
        },
      });
      const attrs = filterAttributes(record);
      const small: Item = {
        record: json,
        ac: SS(attrs.ac),
        sc: SS(attrs.sc),
        code: S(attrs.code),
        quad: N(attrs.quad),
        doc: S(attrs.doc),
        w: writer,
        ...(attrs.tc.length > 0 ? { tc: SS(attrs.tc) } : {}),
      };
      if (attrs.ac.length === 0) delete small.ac;
      if (attrs.sc.length === 0) delete small.sc;
      const sk = postingSortKey(record.date, record.id);
      for (const { facet, value } of facetValues(record)) {
        const key = `${facet}=${value}`;
        const entry = years.get(key) ?? { facet, value, years: new Set<number>() };
        entry.years.add(year);
        years.set(key, entry);
        // The doc posting goes first: any other item of an event implies it, so the events of a
        // writer that died can all be found in the document's own partitions (sweepWriter).
        (facet === 'doc' ? docPostings : postings).push({
          PutRequest: { Item: { pk: S(postingPartition(facet, value, year)), sk: S(sk), ...small } },
        });
      }
    }
    // Year buckets first, so a reader that finds a posting finds its year. A put of the same item is
    // idempotent, so one this store already wrote needs no second write.
    const yearPuts: WriteRequest[] = [];
    const added: string[] = [];
    for (const { facet, value, years: ys } of years.values()) {
      for (const year of ys) {
        const key = yearBucketKey(facet, value, year);
        const id = keyId(key);
        if (this.knownYears.has(id)) continue;
        yearPuts.push({ PutRequest: { Item: keyItem(key) } });
        if (this.knownYears.size >= KNOWN_YEARS_LIMIT) this.knownYears.clear();
        this.knownYears.add(id);
        added.push(id);
      }
    }
    try {
      await batchWrite(this.client, this.tableName, yearPuts, this.options.retry);
    } catch (error) {
      // Not known after all: the retry must write them again.
      for (const id of added) this.knownYears.delete(id);
      throw error;
    }
    await batchWrite(this.client, this.tableName, docPostings, this.options.retry);
    await batchWrite(this.client, this.tableName, postings, this.options.retry);
    await batchWrite(this.client, this.tableName, items, this.options.retry);
  }

  /** Every key an event occupies: its item and its postings. */
  private static keysOf(record: EventRecord): { pk: string; sk: string }[] {
    return [eventKey(record.id), ...postingKeys(record)];
  }

  /** Deletes the keys of `previous` events that `current` events do not occupy. */
  private async deleteReplaced(
    previous: { id: string; record: EventRecord | null; older?: EventRecord[] }[],
    current: EventRecord[],
  ): Promise<void> {
    const keep = new Set(current.flatMap((r) => DynamoEventStore.keysOf(r)).map(keyId));
    const postings: WriteRequest[] = [];
    const items: WriteRequest[] = [];
    for (const { id, record, older = [] } of previous) {
      // An event item without a readable record leaves no way to find its postings; drop the item.
      const keys = [
        ...new Map(
          [...(record ? DynamoEventStore.keysOf(record) : [eventKey(id)]), ...older.flatMap(postingKeys)].map(
            (k) => [keyId(k), k],
          ),
        ).values(),
      ];
      for (const key of keys) {
        if (keep.has(keyId(key))) continue;
        const isItem = keyId(key) === keyId(eventKey(id));
        (isItem ? items : postings).push({ DeleteRequest: { Key: keyItem(key) } });
      }
    }
    // Postings before event items, the reverse of writing: a retry finds the events to clean up by
    // their items, so an item must outlive its postings.
    await batchWrite(this.client, this.tableName, postings, this.options.retry);
    await batchWrite(this.client, this.tableName, items, this.options.retry);
  }

  /**
   * A newer notification committed between our read and our write: delete what we wrote that the
   * winner does not own. (An id both versions produce keeps our copy of the record until the next
   * write of the document; ids are content hashes, so the two copies rarely differ.)
   */
  private async undoLostRace(doc: string, written: EventRecord[], lists: IdList[]): Promise<void> {
    const winner = await this.readDocument(doc);
    const owned = new Set(winner ? await this.loadIds(doc, winner.eventIds) : []);
    const orphans = written.filter((r) => !owned.has(r.id)).map((record) => ({ id: record.id, record }));
    await this.deleteReplaced(orphans, []);
    await this.dropManifests(doc, lists, winner?.eventIds ?? NO_IDS, winner?.cleanup);
  }

  // ---- the switch registry (see the header: replacing without transactions) ---------------------

  private switchGraceMs(): number {
    return this.options.switchGraceMs ?? 15_000;
  }

  private countLeaseMs(): number {
    return this.options.countLeaseMs ?? 120_000;
  }

  private leakedTokenAgeMs(): number {
    return this.options.leakedTokenAgeMs ?? 600_000;
  }

  /**
   * The end of every write that got past its stale check. An earlier attempt of this same write,
   * named or not, may have coded another object (it changed between two deliveries): what it wrote
   * carries this write's tag but is not in the committed version (`committedIds`, when known), so
   * it is swept. Then, if the document may be named (it had a version before), the names settle.
   */
  private async finishWrite(
    doc: string,
    sequencer: string,
    mayBeNamed: boolean,
    committedIds?: Set<string>,
  ): Promise<void> {
    await this.sweepWriter(doc, sequencer, committedIds);
    if (mayBeNamed) await this.settleSwitches(doc, sequencer);
  }

  /** Names `doc` as switching, and drops ended switches past the grace (seen in the reply). */
  private async beginSwitch(doc: string, sequencer: string): Promise<void> {
    const out = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: keyItem(switchesKey()),
        UpdateExpression: 'ADD #m :entry',
        ExpressionAttributeNames: { '#m': 'm' },
        ExpressionAttributeValues: {
          ':entry': SS([switchingEntry({ sequencer, startedAt: this.now(), doc })]),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const expired = strList(out.Attributes, 'e').filter((entry) => {
      const ended = parseEndedSwitchEntry(entry);
      return !ended || ended.endedAt + this.switchGraceMs() < this.now();
    });
    if (expired.length === 0) return;
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: keyItem(switchesKey()),
        UpdateExpression: 'DELETE #e :expired',
        ExpressionAttributeNames: { '#e': 'e' },
        ExpressionAttributeValues: { ':expired': SS(expired.slice(0, 1_000)) },
      }),
    );
  }

  /** The registry: names of switches under way (as stored and parsed), and documents of ended ones. */
  private async readSwitches(): Promise<{
    switching: { raw: string; entry: SwitchingEntry }[];
    ended: { endedAt: number; doc: string }[];
  }> {
    const registry = await this.getItem(switchesKey(), true);
    return {
      switching: strList(registry, 'm').flatMap((raw) => {
        const entry = parseSwitchingEntry(raw);
        return entry ? [{ raw, entry }] : [];
      }),
      ended: strList(registry, 'e').flatMap((raw) => parseEndedSwitchEntry(raw) ?? []),
    };
  }

  /**
   * The write of `sequencer` is done and the old events are gone: its names (one per attempt) move
   * to the ended set, where they stay for the grace. A name of an older version's writer that has
   * run longer than any Lambda can (`countLeaseMs`) is a writer that died: its events are swept and
   * its name ended too. Names of newer writers, and of older ones still alive, stay.
   */
  private async settleSwitches(doc: string, sequencer: string): Promise<void> {
    const ours = (await this.readSwitches()).switching.filter(
      ({ entry }) => entry.doc === doc && entry.sequencer <= sequencer,
    );
    for (const { raw, entry } of ours) {
      if (entry.sequencer < sequencer) {
        if (entry.startedAt + this.countLeaseMs() > this.now()) continue;
        await this.sweepWriter(doc, entry.sequencer);
      }
      await this.endSwitch(raw, entry);
    }
  }

  /** Moves one name to the ended set; a name already gone (another writer ended it) is left so. */
  private async endSwitch(raw: string, entry: SwitchingEntry): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(switchesKey()),
          UpdateExpression: 'DELETE #m :entry ADD #e :ended',
          ConditionExpression: 'contains(#m, :raw)',
          ExpressionAttributeNames: { '#m': 'm', '#e': 'e' },
          ExpressionAttributeValues: {
            ':entry': SS([raw]),
            ':raw': S(raw),
            ':ended': SS([endedSwitchEntry(this.now(), entry.sequencer, entry.doc)]),
          },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /**
   * Deletes the events the writer of `sequencer` left that the committed version does not list,
   * found by their writer tag in the document's own partitions.
   */
  private async sweepWriter(doc: string, sequencer: string, committedIds?: Set<string>): Promise<void> {
    const stored = committedIds ? null : await this.readDocument(doc);
    const committed = committedIds ?? new Set(stored ? await this.loadIds(doc, stored.eventIds) : []);
    const orphans: { id: string; record: EventRecord }[] = [];
    for (const year of await this.yearsOf({ facet: 'doc', value: doc })) {
      let startKey: Item | undefined;
      do {
        const out = await this.query({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          FilterExpression: '#w = :w',
          ExpressionAttributeNames: { '#pk': 'pk', '#w': 'w' },
          ExpressionAttributeValues: {
            ':pk': S(postingPartition('doc', doc, year)),
            ':w': S(writerTag(sequencer)),
          },
          ConsistentRead: true,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        });
        for (const item of out.Items ?? []) {
          const record = parseRecord(item);
          if (record && !committed.has(record.id)) orphans.push({ id: record.id, record });
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }
    await this.deleteReplaced(orphans, []);
  }

  /**
   * Runs a read of one or more Queries of postings so that it shows every document at one version
   * (see the header). The registry is read after the read: if it names no document the read could
   * contain (`relevant`), no switch touched what it read (a switch stays named until
   * `switchGraceMs` after it ended, longer than any read), and the read stands. Otherwise the read
   * runs again, after reading the committed versions of those named documents: `visible` keeps, of
   * them, only the ids their committed version lists. Then the registry and the versions are read
   * again. The read stands once every named document was resolved before it and none committed
   * meanwhile. Named documents the read did not meet count too: their events may have moved to a
   * part of the read that was read before they were written there.
   */
  private async readAtOneVersion<T>(
    read: (visible: (event: { id: string; doc: string }) => boolean) => Promise<T>,
    relevant: (doc: string) => boolean = () => true,
  ): Promise<T> {
    let committed = new Map<string, { version: string; ids: Set<string> }>();
    for (let attempt = 1; ; attempt++) {
      const result = await read((event) => committed.get(event.doc)?.ids.has(event.id) ?? true);
      const named = [...(await this.namedInSwitches())].filter(relevant);
      if (named.length === 0 || attempt >= MAX_READ_ATTEMPTS) return result;
      const now = await this.committedOf(new Set([...committed.keys(), ...named]));
      const stable =
        named.every((doc) => committed.has(doc)) &&
        [...committed].every(([doc, before]) => now.get(doc)?.version === before.version);
      if (stable) return result;
      committed = now;
    }
  }

  /** Documents switching now or within the grace. */
  private async namedInSwitches(): Promise<Set<string>> {
    const { switching, ended } = await this.readSwitches();
    const grace = this.now() - this.switchGraceMs();
    return new Set([
      ...switching.map(({ entry }) => entry.doc),
      ...ended.filter((e) => e.endedAt >= grace).map((e) => e.doc),
    ]);
  }

  /** The committed version of each document and the ids it lists ('' and none for no document). */
  private async committedOf(docs: Set<string>): Promise<Map<string, { version: string; ids: Set<string> }>> {
    const committed = new Map<string, { version: string; ids: Set<string> }>();
    await Promise.all(
      [...docs].map(async (doc) => {
        const stored = await this.readDocument(doc);
        const ids = stored ? await this.loadIds(doc, stored.eventIds) : [];
        // The sequencer too: a new upload with the same counts keeps the version string.
        const version = stored ? `${stored.sequencer} ${stored.version}` : '';
        committed.set(doc, { version, ids: new Set(ids) });
      }),
    );
    return committed;
  }

  /**
   * The cleanup list makes the cleanup restartable: if the function dies after committing the
   * document item but before deleting the old events, the next write of the document deletes them.
   */
  private async finishCleanup(doc: string, sequencer: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(documentKey(doc)),
          UpdateExpression: 'REMOVE #cleanup, #cleanupRef, #cleanupChunks',
          ConditionExpression: '#seq = :seq',
          ExpressionAttributeNames: {
            '#cleanup': 'cleanup',
            '#cleanupRef': 'cleanupRef',
            '#cleanupChunks': 'cleanupChunks',
            '#seq': 'sequencer',
          },
          ExpressionAttributeValues: { ':seq': S(sequencer) },
        }),
      );
    } catch (error) {
      // A newer version took over the document (and its cleanup list) meanwhile.
      if (!isConditionFailure(error)) throw error;
    }
  }

  // ---- event id lists (inline, or manifest chunks for large documents) ---------------------------

  /**
   * Up to `inlineEventIds` ids go on the document item. Longer lists (a 5 MB article codes to
   * ~20,000 events, ~700 KB of ids, past DynamoDB's 400 KB item limit) go to manifest items
   * `DOC#<key>` / `M#<ref>#<n>` of `manifestChunkIds` gzipped ids each, written before the document
   * item that names them. `ref` is a hash of the list, so a retry rewrites the same items.
   */
  private async storeIds(doc: string, ids: string[], stored?: IdList): Promise<IdList> {
    if (ids.length <= (this.options.inlineEventIds ?? 1_000)) return { inline: ids };
    const size = this.options.manifestChunkIds ?? 5_000;
    const ref = createHash('sha256').update(ids.join('\n')).digest('base64url').slice(0, 16);
    // The committed version already names these chunks (a redelivery): they are there.
    if (stored && 'ref' in stored && stored.ref === ref) return stored;
    const requests: WriteRequest[] = [];
    for (let n = 0; n * size < ids.length; n++) {
      const chunk = ids.slice(n * size, (n + 1) * size).join('\n');
      requests.push({
        PutRequest: { Item: { ...keyItem(manifestKey(doc, ref, n)), ids: { B: gzipSync(chunk) } } },
      });
    }
    await batchWrite(this.client, this.tableName, requests, this.options.retry);
    return { ref, chunks: requests.length };
  }

  /** The ids of a list; a chunk already deleted (its cleanup finished) contributes none. */
  private async loadIds(doc: string, list: IdList): Promise<string[]> {
    if ('inline' in list) return list.inline;
    const keys = Array.from({ length: list.chunks }, (_, n) => manifestKey(doc, list.ref, n));
    const items = await batchGet(this.client, this.tableName, keys, this.batchGetOptions());
    const chunks = new Map<string, string[]>();
    for (const item of items) {
      const data = item.ids;
      if (data && 'B' in data && data.B) {
        const text = gunzipSync(data.B).toString('utf8');
        chunks.set(str(item, 'sk') ?? '', text.length > 0 ? text.split('\n') : []);
      }
    }
    return keys.flatMap((key) => chunks.get(key.sk) ?? []);
  }

  /** Deletes the manifest chunks of `lists` that `keep` (and `alsoKeep`) do not use. */
  private async dropManifests(
    doc: string,
    lists: (IdList | undefined)[],
    keep: IdList,
    alsoKeep?: IdList,
  ): Promise<void> {
    const kept = new Set([keep, alsoKeep].flatMap((l) => (l && 'ref' in l ? [l.ref] : [])));
    const requests: WriteRequest[] = [];
    for (const list of lists) {
      if (!list || !('ref' in list) || kept.has(list.ref)) continue;
      kept.add(list.ref);
      for (let n = 0; n < list.chunks; n++) {
        requests.push({ DeleteRequest: { Key: keyItem(manifestKey(doc, list.ref, n)) } });
      }
    }
    await batchWrite(this.client, this.tableName, requests, this.options.retry);
  }

  // ---- counts (see the header: claim, apply, finish, sweep) -------------------------------------

  private async writeContribution(doc: string, version: string, contribution: Contribution): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: { ...keyItem(contributionKey(doc, version)), data: { B: encodeContribution(contribution) } },
      }),
    );
    // The transition that follows needs it at once: no need to read back what was just written.
    // A version's contribution never changes (the version ends in its hash).
    this.writtenContributions.set(`${doc}\u0000${version}`, contribution);
    if (this.writtenContributions.size > WRITTEN_CONTRIBUTIONS_KEPT) {
      const oldest = this.writtenContributions.keys().next().value;
      if (oldest !== undefined) this.writtenContributions.delete(oldest);
    }
  }

  /**
   * A version's contribution; null when its item is gone. A version with events always has one
   * (written before the version commits, deleted only after the counts moved past it), so a
   * missing one during a transition is an error that the message's retry repairs by rewriting it.
   */
  private async readContribution(doc: string, version: string): Promise<Contribution | null> {
    if (!hasContributionItem(version)) return new Map();
    const written = this.writtenContributions.get(`${doc}\u0000${version}`);
    if (written) return written;
    const item = await this.getItem(contributionKey(doc, version), true);
    const data = item?.data;
    return data && 'B' in data && data.B ? decodeContribution(data.B) : null;
  }

  private async requireContribution(doc: string, version: string): Promise<Contribution> {
    const contribution = await this.readContribution(doc, version);
    if (!contribution) throw new Error(`counts of ${doc}: the contribution of version ${version} is missing`);
    return contribution;
  }

  private async readCountState(doc: string): Promise<CountState> {
    const item = await this.getItem(countStateKey(doc), true);
    const pending = str(item, 'pending');
    const tid = str(item, 'tid');
    const owner = str(item, 'owner');
    const sweep = str(item, 'sweep');
    return {
      counted: str(item, 'counted') ?? NONE,
      lease: num(item, 'lease') ?? 0,
      ...(pending !== undefined ? { pending } : {}),
      ...(tid !== undefined ? { tid } : {}),
      ...(owner !== undefined ? { owner } : {}),
      ...(sweep !== undefined ? { sweep } : {}),
    };
  }

  /** The committed version and the count state, read side by side. */
  private async readCounts(doc: string): Promise<{ target: string; state: CountState }> {
    const [target, state] = await Promise.all([this.readVersion(doc), this.readCountState(doc)]);
    return { target, state };
  }

  /** The committed version of a document (only that attribute is read). */
  private async readVersion(doc: string): Promise<string> {
    const item = await this.getItem(documentKey(doc), true, '#v', { '#v': 'version' });
    return str(item, 'version') || NONE;
  }

  /** A conditional update of the count state; false when another writer changed it first. */
  private async updateCountState(
    doc: string,
    update: string,
    condition: string,
    values: Record<string, AttributeValue>,
  ): Promise<boolean> {
    const names: Record<string, string> = {};
    for (const name of ['counted', 'pending', 'tid', 'owner', 'lease', 'sweep']) {
      if (update.includes(`#${name}`) || condition.includes(`#${name}`)) names[`#${name}`] = name;
    }
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(countStateKey(doc)),
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** The end of every applied write: counters to the committed version, then token upkeep. */
  private async settleCounts(doc: string): Promise<void> {
    await this.reconcileCounts(doc);
    await this.flushCounterTokens(this.options.tokenCleanupMs ?? 30_000);
    await this.sweepLeakedTokens();
  }

  /**
   * Brings the counters to the document's committed version. Each round reads the state and takes
   * one step; a lost condition just means another writer took a step, so read again. When another
   * live writer owns the transition, wait a little for it, then leave it to that writer (or, if it
   * died, to its message's retry once the lease has expired).
   */
  private async reconcileCounts(doc: string): Promise<void> {
    const me = randomUUID();
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const leaseUntil = () => this.now() + this.countLeaseMs();
    // The state our own claim just wrote: nothing else may change it while our lease runs, so the
    // next round need not read it back (two strongly consistent reads per document saved).
    let claimed: { target: string; state: CountState } | null = null;
    // A claim won in the last round still gets its round: a transition is never left claimed.
    for (let round = 1; round <= 12 || claimed; round++) {
      const current: { target: string; state: CountState } = claimed ?? (await this.readCounts(doc));
      const { target, state } = current;
      claimed = null;
      if (state.sweep !== undefined) {
        await this.sweep(doc, state.sweep);
        continue;
      }
      if (state.pending !== undefined) {
        const pending = state.pending;
        if (state.owner !== me) {
          if (state.lease > this.now()) {
            await sleep(Math.min(25 * 2 ** round, 400));
            continue;
          }
          const taken = await this.updateCountState(
            doc,
            'SET #owner = :me, #lease = :lease',
            '#pending = :p AND #owner = :old',
            { ':me': S(me), ':lease': N(leaseUntil()), ':p': S(pending), ':old': S(state.owner ?? '') },
          );
          if (!taken) continue;
        }
        const tid = state.tid ?? legacyTid(doc, state.counted, pending);
        const delta = await this.applyTransition(doc, state.counted, pending, tid);
        // The contribution of `from` is deleted by a sweep; none to delete, no sweep.
        const sweep = hasContributionItem(state.counted) && state.counted !== pending;
        const finished = await this.updateCountState(
          doc,
          `SET #counted = :p${sweep ? ', #sweep = :sweep' : ''} REMOVE #pending, #owner, #lease, #tid`,
          '#pending = :p AND #owner = :me',
          {
            ':p': S(pending),
            ':me': S(me),
            ...(sweep ? { ':sweep': S(`${state.counted}>${pending}`) } : {}),
          },
        );
        if (!finished) continue;
        // From now on nothing applies this transition again, so its tokens are garbage.
        this.registerFinished(delta, tokenAttribute(tid));
        // The sweep our finish asked for is ours to do; after it, only the committed version can
        // have moved on since the claim.
        if (sweep) await this.sweep(doc, `${state.counted}>${pending}`);
        if ((await this.readVersion(doc)) === pending) return;
        continue;
      }
      if (state.counted === target) return;
      const tid = randomUUID().replace(/-/g, '').slice(0, 16);
      const lease = leaseUntil();
      const won = await this.updateCountState(
        doc,
        'SET #pending = :t, #tid = :tid, #owner = :me, #lease = :lease',
        'attribute_not_exists(#pending) AND attribute_not_exists(#sweep) AND ' +
          (state.counted === NONE ? 'attribute_not_exists(#counted)' : '#counted = :c'),
        {
          ':t': S(target),
          ':tid': S(tid),
          ':me': S(me),
          ':lease': N(lease),
          ...(state.counted === NONE ? {} : { ':c': S(state.counted) }),
        },
      );
      if (won) {
        claimed = {
          target,
          state: { counted: state.counted, pending: target, tid, owner: me, lease },
        };
      }
    }
  }

  /**
   * Applies `to - from` to every counter, each at most once per transition: an update that adds
   * the delta and sets the transition's token attribute, on the condition that the token is not
   * there yet, shared with the transitions of documents written at the same time
   * (sendCounterUpdate).
   */
  private async applyTransition(doc: string, from: string, to: string, tid: string): Promise<CounterEntry[]> {
    const delta = contributionDelta(
      await this.requireContribution(doc, from),
      await this.requireContribution(doc, to),
    );
    const token = tokenAttribute(tid);
    const byItem = new Map<string, CounterEntry[]>();
    for (const entry of delta) {
      const id = keyId(entry);
      const entries = byItem.get(id);
      if (entries) entries.push(entry);
      else byItem.set(id, [entry]);
    }
    // One update per item: every count it holds that changes (an actor's days as actor, source
    // and target) moves under the one token, so the item is updated by the transition or not at all.
    // The token says when and for which document, so one its writer never removed can be found
    // and told finished.
    const stamp = `${this.now()} ${doc}`;
    await this.counterBatcher.submit(
      [...byItem.values()].map((entries) => ({
        key: { pk: entries[0]?.pk ?? '', sk: entries[0]?.sk ?? '' },
        entries,
        token,
        stamp,
      })),
    );
    return delta;
  }

  /**
   * One UpdateItem for the transitions in `updates` (see counter-batcher.ts): the sum of their
   * changes, every token set, on the condition that none is there yet. It also removes tokens of
   * transitions this store finished earlier. When the condition fails, one of the transitions was
   * applied before a crash: the batcher sends each again on its own, and alone, a failed condition
   * means this transition was applied already.
   */
  private async sendCounterUpdate(key: { pk: string; sk: string }, updates: CounterUpdate[]): Promise<void> {
    const old = this.takeFinished(key);
    const names: Record<string, string> = {};
    const values: Record<string, AttributeValue> = {};
    const sums = new Map<string, number>();
    for (const { entries } of updates) {
      for (const entry of entries) sums.set(entry.attr, (sums.get(entry.attr) ?? 0) + entry.n);
    }
    const adds = [...sums].map(([attr, n], i) => {
      names[`#a${i}`] = attr;
      values[`:n${i}`] = N(n);
      return `#a${i} :n${i}`;
    });
    const sets = updates.map(({ token, stamp }, i) => {
      names[`#t${i}`] = token;
      values[`:d${i}`] = S(stamp);
      return `#t${i} = :d${i}`;
    });
    const named = updates.flatMap(({ entries }) => entries).find((entry) => entry.code !== undefined);
    if (named?.code !== undefined) {
      sets.push('#code = :code');
      names['#code'] = 'code';
      values[':code'] = S(named.code);
      if (named.name !== undefined) {
        sets.push('#name = :name');
        names['#name'] = 'name';
        values[':name'] = S(named.name);
      }
    }
    for (const [i, name] of old.entries()) names[`#o${i}`] = name;
    const remove = old.length > 0 ? ` REMOVE ${old.map((_, i) => `#o${i}`).join(', ')}` : '';
    try {
      const out = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(key),
          UpdateExpression: `ADD ${adds.join(', ')} SET ${sets.join(', ')}${remove}`,
          ConditionExpression: updates.map((_, i) => `attribute_not_exists(#t${i})`).join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      this.noteForeignTokens(key, out.Attributes ?? {}, new Set(updates.map(({ token }) => token)));
    } catch (error) {
      this.returnFinished(key, old);
      if (updates.length > 1 || !isConditionFailure(error)) throw error;
    }
  }

  /**
   * Remembers the item when it carries old tokens of other writers. Live writers remove theirs
   * within a minute (folded into their next update, or flushed), but a writer that died keeps its
   * last ones for good, and on a month counter every document updates they would pile up, while
   * every update is billed on the item's size.
   */
  private noteForeignTokens(key: { pk: string; sk: string }, item: Item, own: Set<string>): void {
    const held = this.finishedTokens.get(keyId(key))?.names;
    const oldest = this.now() - this.leakedTokenAgeMs();
    const foreign = new Map<string, string>();
    for (const [name, value] of Object.entries(item)) {
      if (!name.startsWith('x') || own.has(name) || value.S === undefined || held?.has(name)) continue;
      const space = value.S.indexOf(' ');
      if (Number(value.S.slice(0, space)) > oldest || (this.pendingTokens.get(name) ?? 0) > this.now())
        continue;
      foreign.set(name, value.S.slice(space + 1));
    }
    if (foreign.size >= (this.options.leakedTokenLimit ?? 4))
      this.suspectTokens.set(keyId(key), { key, tokens: foreign });
  }

  /**
   * Removes old tokens of finished transitions from the items noteForeignTokens remembered. A
   * token is its transition's only guard against being applied twice, so it is removed only when
   * its document's count state no longer names that transition (`tid`): a tid is never claimed
   * again once its transition finished. Tokens of a pending transition, even a crashed one, stay.
   */
  private async sweepLeakedTokens(): Promise<void> {
    if (this.suspectTokens.size === 0) return;
    const suspects = [...this.suspectTokens.values()];
    this.suspectTokens.clear();
    const pendingOf = new Map<string, Promise<string | null>>();
    const pendingToken = (doc: string) => {
      let token = pendingOf.get(doc);
      if (!token) {
        token = this.readCountState(doc).then((state) =>
          state.pending === undefined
            ? null
            : tokenAttribute(state.tid ?? legacyTid(doc, state.counted, state.pending)),
        );
        pendingOf.set(doc, token);
      }
      return token;
    };
    await mapLimit(suspects, this.options.concurrency ?? 16, async ({ key, tokens }) => {
      const finished: string[] = [];
      await mapLimit([...tokens], this.options.concurrency ?? 16, async ([name, doc]) => {
        if ((await pendingToken(doc)) !== name) finished.push(name);
        else {
          if (this.pendingTokens.size >= PENDING_TOKENS_KEPT) this.pendingTokens.clear();
          this.pendingTokens.set(name, this.now() + this.leakedTokenAgeMs());
        }
      });
      for (let at = 0; at < finished.length; at += REMOVE_PER_UPDATE) {
        const names = finished.slice(at, at + REMOVE_PER_UPDATE);
        try {
          await this.removeTokens(key, names);
        } catch {
          // Best effort after a committed write: a token left here is found again by a later update.
        }
      }
    });
  }

  private registerFinished(keys: { pk: string; sk: string }[], token: string): void {
    const since = this.now();
    for (const key of keys) {
      const id = keyId(key);
      const entry = this.finishedTokens.get(id);
      if (entry) entry.names.add(token);
      else this.finishedTokens.set(id, { key: { pk: key.pk, sk: key.sk }, names: new Set([token]), since });
    }
  }

  private takeFinished(key: { pk: string; sk: string }): string[] {
    const id = keyId(key);
    const entry = this.finishedTokens.get(id);
    if (!entry) return [];
    const names = [...entry.names].slice(0, REMOVE_PER_UPDATE);
    for (const name of names) entry.names.delete(name);
    if (entry.names.size === 0) this.finishedTokens.delete(id);
    return names;
  }

  private returnFinished(key: { pk: string; sk: string }, names: string[]): void {
    if (names.length === 0) return;
    const id = keyId(key);
    const entry = this.finishedTokens.get(id);
    if (entry) for (const name of names) entry.names.add(name);
    else
      this.finishedTokens.set(id, {
        key: { pk: key.pk, sk: key.sk },
        names: new Set(names),
        since: this.now(),
      });
  }

  /** Removes token attributes from a counter item (never creating one that is gone). */
  private async removeTokens(key: { pk: string; sk: string }, names: string[]): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: keyItem(key),
        UpdateExpression: `REMOVE ${names.map((_, i) => `#o${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: { '#pk': 'pk', ...Object.fromEntries(names.map((n, i) => [`#o${i}`, n])) },
      }),
    );
  }

  /**
   * Removes the tokens of finished transitions that no counter update folded away within
   * `olderThanMs` (all of them when 0, or when too many are waiting): one UpdateItem per counter,
   * what every counter change cost before folding. Writes call it with `tokenCleanupMs`; tests and
   * batch tools may call it with 0 before they stop.
   */
  async flushCounterTokens(olderThanMs = 0): Promise<void> {
    const cutoff =
      this.finishedTokens.size > FINISHED_TOKEN_KEYS_LIMIT
        ? Number.POSITIVE_INFINITY
        : this.now() - olderThanMs;
    const due = [...this.finishedTokens.values()].filter((e) => e.since <= cutoff);
    if (due.length === 0) return;
    await mapLimit(due, this.options.concurrency ?? 16, async ({ key }) => {
      const names = this.takeFinished(key);
      if (names.length === 0) return;
      try {
        await this.removeTokens(key, names);
      } catch (error) {
        if (isConditionFailure(error)) return;
        this.returnFinished(key, names);
        throw error;
      }
    });
  }

  /**
   * After a transition away from a version with a contribution item: deletes the contributions no
   * longer needed (`from`, and versions older than `to` that were superseded before they were
   * counted), then the sweep mark. Every step is idempotent; a crash leaves the mark for the next
   * writer.
   */
  private async sweep(doc: string, sweep: string): Promise<void> {
    const [from = NONE, to = NONE] = sweep.split('>');
    const stale = await this.query({
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lo AND :hi',
      ProjectionExpression: '#pk, #sk',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: {
        ':pk': S(documentKey(doc).pk),
        ':lo': S('C#'),
        // Versions are `<64-digit sequencer>.<hash>`: this bound stops below every version of `to`'s sequencer.
        ':hi': S(`C#${to.slice(0, SEQUENCER_WIDTH)}`),
      },
      ConsistentRead: true,
    });
    const keys = (stale.Items ?? []).map((item) => ({
      pk: str(item, 'pk') ?? '',
      sk: str(item, 'sk') ?? '',
    }));
    if (from !== to && hasContributionItem(from)) keys.push(contributionKey(doc, from));
    await batchWrite(
      this.client,
      this.tableName,
      keys
        .filter((k) => k.sk !== contributionKey(doc, to).sk)
        .map((k) => ({ DeleteRequest: { Key: keyItem(k) } })),
      this.options.retry,
    );
    await this.updateCountState(doc, 'REMOVE #sweep', '#sweep = :sweep', { ':sweep': S(sweep) });
  }

  /**
   * Writes the document item unless a newer sequencer is stored (or, with `expectVersion`, unless
   * the committed version changed); false when it lost.
   */
  private async writeDocument(
    origin: ChangeOrigin,
    sequencer: string,
    fields: Omit<StoredDocument, 'doc' | 'updatedAt' | 'sequencer'>,
    /** The version read before writing (null: no document item yet). Anything else committed since fails the write. */
    expectVersion: string | null,
  ): Promise<boolean> {
    const item: Item = {
      ...keyItem(documentKey(origin.doc)),
      ...Object.fromEntries(
        Object.entries(statusIndexKey(fields.status, origin.at, origin.doc)).map(([k, v]) => [k, S(v)]),
      ),
      doc: S(origin.doc),
      status: S(fields.status),
      published: fields.published === null ? NULL : S(fields.published),
      events: N(fields.events),
      error:
        fields.error === null
          ? NULL
          : { M: { code: S(fields.error.code), message: S(fields.error.message) } },
      warnings: L(fields.warnings.map(S)),
      updatedAt: S(origin.at),
      sequencer: S(sequencer),
      version: S(fields.version),
      ...('inline' in fields.eventIds
        ? { eventIds: L(fields.eventIds.inline.map(S)) }
        : { idsRef: S(fields.eventIds.ref), idsChunks: N(fields.eventIds.chunks) }),
      ...('inline' in fields.cleanup
        ? fields.cleanup.inline.length > 0
          ? { cleanup: L(fields.cleanup.inline.map(S)) }
          : {}
        : { cleanupRef: S(fields.cleanup.ref), cleanupChunks: N(fields.cleanup.chunks) }),
    };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: item,
          // Optimistic concurrency: the document must still be what this writer read, so a version
          // committed in between (whose events this writer does not know) is never overwritten blind.
          ConditionExpression:
            expectVersion === null ? 'attribute_not_exists(#sk)' : '#seq <= :seq AND #v = :v',
          ExpressionAttributeNames:
            expectVersion === null ? { '#sk': 'sk' } : { '#v': 'version', '#seq': 'sequencer' },
          ...(expectVersion === null
            ? {}
            : { ExpressionAttributeValues: { ':seq': S(sequencer), ':v': S(expectVersion) } }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
  // ---- reads ----------------------------------------------------------------------------------

  private async readDocument(doc: string): Promise<StoredDocument | null> {
    const item = await this.getItem(documentKey(doc), true);
    return item ? toStoredDocument(item) : null;
  }

  /** GetItem, reporting what it consumed. */
  private async getItem(
    key: { pk: string; sk: string },
    consistent = false,
    projection?: string,
    names?: Record<string, string>,
  ): Promise<Item | undefined> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: keyItem(key),
        ...(consistent ? { ConsistentRead: true } : {}),
        ...(projection ? { ProjectionExpression: projection } : {}),
        ...(names ? { ExpressionAttributeNames: names } : {}),
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.options.onConsumedCapacity?.({
      operation: 'GetItem',
      capacityUnits: capacityOf(out.ConsumedCapacity),
      itemsRead: out.Item ? 1 : 0,
    });
    return out.Item;
  }

  /** Query, reporting what it consumed (ScannedCount: a FilterExpression does not make reads free). */
  private async query(input: QueryCommandInput) {
    const out = await this.client.send(new QueryCommand({ ...input, ReturnConsumedCapacity: 'TOTAL' }));
    this.options.onConsumedCapacity?.({
      operation: 'Query',
      capacityUnits: capacityOf(out.ConsumedCapacity),
      itemsRead: out.ScannedCount ?? out.Items?.length ?? 0,
    });
    return out;
  }

  private batchGetOptions() {
    return {
      ...this.options.retry,
      onResponse: (out: { ConsumedCapacity?: ConsumedCapacity[]; Responses?: Record<string, Item[]> }) =>
        this.options.onConsumedCapacity?.({
          operation: 'BatchGetItem',
          capacityUnits: capacityOf(out.ConsumedCapacity),
          itemsRead: Object.values(out.Responses ?? {}).reduce((sum, items) => sum + items.length, 0),
        }),
    };
  }

  private async readEvents(ids: string[]): Promise<PreviousEvent[]> {
    if (ids.length === 0) return [];
    const items = await batchGet(this.client, this.tableName, ids.map(eventKey), this.batchGetOptions());
    const byId = new Map<string, PreviousEvent>();
    for (const item of items) {
      const id = (str(item, 'pk') ?? '').slice('EVENT#'.length);
      byId.set(id, { id, record: parseRecord(item), older: parseOlder(item) });
    }
    // Ids whose event item is already gone need no cleanup.
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    const item = await this.getItem(eventKey(id));
    return item ? parseRecord(item) : null;
  }

  async getDocument(doc: string): Promise<DocumentRecord | null> {
    const item = await this.getItem(documentKey(doc));
    return item ? publicDocument(toStoredDocument(item)) : null;
  }

  /** The year buckets of a facet value within the plan's date range, newest first. */
  private async yearsOf(plan: Pick<QueryPlan, 'facet' | 'value' | 'fromYear' | 'toYear'>): Promise<number[]> {
    const years = new Set<number>();
    let start: Item | undefined;
    do {
      const out = await this.query({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'pk' },
        ExpressionAttributeValues: { ':pk': S(yearIndexPartition(plan.facet, plan.value)) },
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      for (const item of out.Items ?? []) {
        const year = yearOfBucketSortKey(item.sk?.S ?? '');
        if (year !== null) years.add(year);
        else for (const y of numSet(item, 'years')) years.add(y);
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return [...years]
      .filter(
        (y) =>
          (plan.fromYear === undefined || y >= plan.fromYear) &&
          (plan.toYear === undefined || y <= plan.toYear),
      )
      .sort((a, b) => b - a);
  }

  private bucketQuery(
    plan: QueryPlan,
    year: number,
    limit: number,
    projection?: string,
    projectionNames: Record<string, string> = {},
  ): QueryCommandInput {
    const names: Record<string, string> = { '#pk': 'pk', '#sk': 'sk', ...plan.names, ...projectionNames };
    const values: Record<string, AttributeValue> = {
      ':pk': S(postingPartition(plan.facet, plan.value, year)),
      ...plan.values,
    };
    let range = '';
    if (plan.skFrom !== undefined && plan.skTo !== undefined) {
      range = ' AND #sk BETWEEN :skFrom AND :skTo';
      values[':skFrom'] = S(plan.skFrom);
      values[':skTo'] = S(plan.skTo);
    } else if (plan.skFrom !== undefined) {
      range = ' AND #sk >= :skFrom';
      values[':skFrom'] = S(plan.skFrom);
    } else if (plan.skTo !== undefined) {
      range = ' AND #sk <= :skTo';
      values[':skTo'] = S(plan.skTo);
    }
    // DynamoDB rejects unused expression names, so #sk only when the range or projection uses it.
    if (!range && !projection?.includes('#sk')) delete names['#sk'];
    return {
      TableName: this.tableName,
      KeyConditionExpression: `#pk = :pk${range}`,
      ...(plan.filter ? { FilterExpression: plan.filter } : {}),
      ...(projection ? { ProjectionExpression: projection } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      Limit: limit,
    };
  }

  async queryEvents(filters: EventFilters, limit: number, cursor: string | null): Promise<Page<EventRecord>> {
    const query = queryHash('events', normalise(filters));
    const plan = planQuery(filters);
    const start = cursor === null ? null : decodeCursor(cursor, query, this.options.cursorSecret);
    if (start) {
      // The hash proves the cursor was made for these filters; these checks keep a forged one inside
      // this query's own key range (DynamoDB rejects a start key outside the key condition).
      const { bucket, last } = start;
      if (
        bucket === undefined ||
        (plan.fromYear !== undefined && bucket < plan.fromYear) ||
        (plan.toYear !== undefined && bucket > plan.toYear) ||
        !/^\d{4}-\d{2}-\d{2}#/.test(last) ||
        yearOf(last) !== bucket ||
        (plan.skFrom !== undefined && last < plan.skFrom) ||
        (plan.skTo !== undefined && last > plan.skTo)
      ) {
        throw new InvalidCursorError('cursor is outside this query');
      }
    }
    // One more than needed, so a page that ends a bucket knows there is nothing after it (no cursor
    // to an empty page). With a FilterExpression a Query page holds fewer matches than items read,
    // so read ahead more; the cursor is the last item returned, not where the read stopped.
    const readSize = (remaining: number) =>
      plan.filter ? Math.min(1000, Math.max(remaining + 1, 100)) : remaining + 1;
    return this.readAtOneVersion(async (visible) => {
      let years = await this.yearsOf(plan);
      if (start?.bucket !== undefined) {
        const bucket = start.bucket;
        years = [bucket, ...years.filter((y) => y < bucket)];
      }
      const items: EventRecord[] = [];
      for (const [index, year] of years.entries()) {
        let startKey: Item | undefined =
          start && year === start.bucket
            ? keyItem({ pk: postingPartition(plan.facet, plan.value, year), sk: start.last })
            : undefined;
        do {
          const out = await this.query({
            ...this.bucketQuery(plan, year, readSize(limit - items.length)),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          });
          const page = out.Items ?? [];
          for (const [at, item] of page.entries()) {
            const record = parseRecord(item);
            if (record && visible(record)) items.push(record);
            if (items.length >= limit) {
              const more =
                at < page.length - 1 || out.LastEvaluatedKey !== undefined || index < years.length - 1;
              const last = str(item, 'sk') ?? '';
              return {
                items,
                cursor: more ? encodeCursor(query, { bucket: year, last }, this.options.cursorSecret) : null,
              };
            }
          }
          startKey = out.LastEvaluatedKey;
        } while (startKey);
      }
      return { items, cursor: null };
    }, onlyDoc(filters));
  }

  /**
   * Sums month counters: one Query per year bucket of at most 12 items (one per month, a count per
   * facet and day), however many events they count. Filter combinations without a counter count postings instead.
   */
  async timeline(filters: EventFilters, interval: TimelineInterval): Promise<TimelineBucket[]> {
    const counter = planTimeline(filters);
    if (counter === 'empty') return [];
    if (counter === null) return this.timelineFromPostings(filters, interval);
    const range = planQuery({
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    });
    const from = filters.from ?? '0000-00-00';
    const to = filters.to ?? '9999-99-99';
    const counts = new Map<string, number>();
    for (const year of await this.yearsOf({ ...range, ...counter })) {
      const values: Record<string, AttributeValue> = {
        ':pk': S(counterPartition(counter.facet, counter.value, year)),
      };
      const names: Record<string, string> = { '#pk': 'pk' };
      let condition = '#pk = :pk';
      if (filters.from !== undefined || filters.to !== undefined) {
        condition += ' AND #sk BETWEEN :from AND :to';
        names['#sk'] = 'sk';
        values[':from'] = S(from.slice(0, 7));
        values[':to'] = S(to.slice(0, 7));
      }
      let startKey: Item | undefined;
      do {
        const out = await this.query({
          TableName: this.tableName,
          KeyConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        });
        for (const item of out.Items ?? []) {
          const numbers: Record<string, number> = {};
          for (const [name, value] of Object.entries(item))
            if (value.N !== undefined) numbers[name] = Number(value.N);
          for (const [day, n] of counterDays(counter.facet, str(item, 'sk') ?? '', numbers)) {
            // A count whose events were all removed stays at 0 rather than racing a delete.
            if (n <= 0 || day < from || day > to) continue;
            const bucket = bucketDate(day, interval);
            counts.set(bucket, (counts.get(bucket) ?? 0) + n);
          }
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }
    return sortedBuckets(counts);
  }

  /** Counts by reading one projected posting (its sort key) per matching event. */
  private async timelineFromPostings(
    filters: EventFilters,
    interval: TimelineInterval,
  ): Promise<TimelineBucket[]> {
    const plan = planQuery(filters);
    return this.readAtOneVersion(async (visible) => {
      const counts = new Map<string, number>();
      for (const year of await this.yearsOf(plan)) {
        let startKey: Item | undefined;
        do {
          const out = await this.query({
            ...this.bucketQuery(plan, year, 1000, '#sk, #doc', { '#doc': 'doc' }),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          });
          for (const item of out.Items ?? []) {
            const sk = str(item, 'sk') ?? '';
            if (!visible({ id: sk.slice(sk.indexOf('#') + 1), doc: str(item, 'doc') ?? '' })) continue;
            const bucket = bucketDate(sk.slice(0, 10), interval);
            counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
          }
          startKey = out.LastEvaluatedKey;
        } while (startKey);
      }
      return sortedBuckets(counts);
    }, onlyDoc(filters));
  }

  /**
   * One Query on the directory partition of the prefix's first letter, in key order. The
   * FilterExpression only drops entries whose events were all deleted (count 0), which are rare.
   */
  async listActors(query: ActorQuery, limit: number, cursor: string | null): Promise<Page<ActorSummary>> {
    const byName = query.name !== undefined;
    const prefix = byName ? foldName(query.name ?? '') : (query.prefix ?? '');
    const hash = queryHash('actors', byName ? { name: prefix } : { prefix });
    if (prefix.length === 0) {
      if (cursor !== null) decodeCursor(cursor, hash, this.options.cursorSecret);
      return { items: [], cursor: null };
    }
    const partition = byName ? actorNamePartition(prefix) : actorCodePartition(prefix);
    let startKey: Item | undefined;
    if (cursor !== null) {
      const { bucket, last } = decodeCursor(cursor, hash, this.options.cursorSecret);
      if (bucket !== undefined || !last.startsWith(prefix))
        throw new InvalidCursorError('cursor is outside this query');
      startKey = keyItem({ pk: partition, sk: last });
    }
    const items: ActorSummary[] = [];
    do {
      const out = await this.query({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        FilterExpression: '#n > :zero',
        ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#n': 'n' },
        ExpressionAttributeValues: { ':pk': S(partition), ':prefix': S(prefix), ':zero': N(0) },
        Limit: limit - items.length + 1,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      });
      const page = out.Items ?? [];
      for (const [at, item] of page.entries()) {
        const sk = str(item, 'sk') ?? '';
        items.push({
          code: str(item, 'code') ?? sk,
          name: byName ? (str(item, 'name') ?? null) : null,
          events: num(item, 'n') ?? 0,
        });
        if (items.length >= limit) {
          const more = at < page.length - 1 || out.LastEvaluatedKey !== undefined;
          return { items, cursor: more ? encodeCursor(hash, { last: sk }, this.options.cursorSecret) : null };
        }
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return { items, cursor: null };
  }

  async listDocuments(
    status: DocumentStatus,
    limit: number,
    cursor: string | null,
  ): Promise<Page<DocumentRecord>> {
    const query = queryHash('documents', { status });
    const partition = statusPartition(status);
    let startKey: Item | undefined;
    if (cursor !== null) {
      const { bucket, last } = decodeCursor(cursor, query, this.options.cursorSecret);
      const doc = docFromStatusSortKey(last);
      if (bucket !== undefined || doc === null || doc.length === 0) {
        throw new InvalidCursorError('cursor is outside this query');
      }
      // The table keys are re-derived from the sort key; the partition from the query.
      startKey = {
        [STATUS_INDEX.partitionKey]: S(partition),
        [STATUS_INDEX.sortKey]: S(last),
        ...keyItem(documentKey(doc)),
      };
    }
    const items: DocumentRecord[] = [];
    do {
      const out = await this.query({
        TableName: this.tableName,
        IndexName: STATUS_INDEX.name,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': STATUS_INDEX.partitionKey },
        ExpressionAttributeValues: { ':p': S(partition) },
        ScanIndexForward: false,
        Limit: limit - items.length + 1,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      });
      const page = out.Items ?? [];
      for (const [at, item] of page.entries()) {
        items.push(publicDocument(toStoredDocument(item)));
        if (items.length >= limit) {
          const more = at < page.length - 1 || out.LastEvaluatedKey !== undefined;
          const last = str(item, STATUS_INDEX.sortKey) ?? '';
          return { items, cursor: more ? encodeCursor(query, { last }, this.options.cursorSecret) : null };
        }
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return { items, cursor: null };
  }
}

/** `prev` of an event item: earlier contents of the id whose postings may still exist. */
function parseOlder(item: Item): EventRecord[] {
  const json = str(item, 'prev');
  if (json === undefined) return [];
  try {
    return JSON.parse(json) as EventRecord[];
  } catch {
    return [];
  }
}

function parseRecord(item: Item): EventRecord | null {
  const json = str(item, 'record');
  if (json === undefined) return null;
  try {
    return JSON.parse(json) as EventRecord;
  } catch {
    return null;
  }
}

function toStoredDocument(item: Item): StoredDocument {
  const error = item.error && 'M' in item.error && item.error.M ? item.error.M : undefined;
  return {
    doc: str(item, 'doc') ?? '',
    status: (str(item, 'status') ?? 'FAILED') as DocumentStatus,
    published: str(item, 'published') ?? null,
    events: num(item, 'events') ?? 0,
    error: error ? { code: str(error, 'code') ?? '', message: str(error, 'message') ?? '' } : null,
    warnings: strList(item, 'warnings'),
    updatedAt: str(item, 'updatedAt') ?? '',
    sequencer: str(item, 'sequencer') ?? '',
    version: str(item, 'version') ?? NONE,
    eventIds: idListOf(item, 'eventIds', 'idsRef', 'idsChunks'),
    cleanup: idListOf(item, 'cleanup', 'cleanupRef', 'cleanupChunks'),
  };
}

function idListOf(item: Item, inline: string, ref: string, chunks: string): IdList {
  const at = str(item, ref);
  return at !== undefined ? { ref: at, chunks: num(item, chunks) ?? 0 } : { inline: strList(item, inline) };
}

/** What the API shows of a document: not the bookkeeping. */
function publicDocument(stored: StoredDocument): DocumentRecord {
  const { sequencer: _s, version: _v, eventIds: _e, cleanup: _c, ...record } = stored;
  return record;
}

function sortedBuckets(counts: Map<string, number>): TimelineBucket[] {
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, count]) => ({ date, count }));
}
