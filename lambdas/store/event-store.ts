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
 * | year index          | `Y#<facet>=<value>`                 | `Y`               | which year buckets exist        |
 * | day counter         | `T#<facet>=<value>#<yyyy>`          | `<date>`          | GET /stats/timeline             |
 * | actor by code       | `ACTORS#C#<first letter>`           | `<code>`          | GET /actors?prefix=             |
 * | actor by name       | `ACTORS#N#<first char>`             | `<folded>#<code>` | GET /actors?name=               |
 * | document            | `DOC#<key>` (GSI byStatus)          | `DOC`             | GET /documents[/{key}]          |
 * | contribution        | `DOC#<key>`                         | `C#<version>`     | counts of one document version  |
 * | count state         | `DOC#<key>`                         | `COUNTS`          | which version the counts follow |
 *
 * Facets: all, actor, source, target, root, code3, code4, quad, doc, and the composites actorRoot
 * (`USA/19`: actor=USA&root=19, or &code=19x) and dyad (`USA>IRN`: source=USA&target=IRN), so the
 * common pairs are a direct Query. planQuery says which partition answers which filters.
 *
 * ## Exact counts without transactions
 *
 * Counters (day counters, actor directory) are updated by the DELTA between the contribution of
 * the version the counters reflect (`counted`) and the committed version (`version` on the
 * document item). A version is `<padded sequencer>.<hash of its contribution>`, and its
 * contribution (every counter key it adds to, with how much) is stored as its own item BEFORE the
 * document commits, so both sides of a delta can always be read back, whatever crashed when.
 * The count state item moves through three steps, each a conditional UpdateItem:
 *
 * 1. claim: `pending = <version>` (only when nothing is pending or being swept, and `counted` is
 *    what we read), with an owner and a lease, so one writer at a time applies a transition;
 * 2. apply: for every counter that changes, `ADD n :delta, tok :token` with the condition
 *    `NOT contains(tok, :token)`. The token names the transition (doc, from, to), so a retry after
 *    a crash skips the counters already done: each delta is applied at most once, and the retry
 *    applies the rest. A crashed owner's transition is taken over when its lease expires (longer
 *    than the ingest Lambda's timeout, so the old owner is dead, not slow);
 * 3. finish: `counted = pending`, `sweep = from>to`; then the tokens are DELETEd from the counters
 *    (so counter items stay a few dozen bytes), unneeded contributions deleted, `sweep` removed.
 *
 * Redelivery of the same version: same version, nothing to do. Replacement: the delta of the two
 * versions. Delete/failure: a version with an empty contribution, so the delta removes everything.
 * Writes of an older sequencer are stale and change nothing. tests/store/exact-counts.test.ts
 * crashes every write of these flows in turn and checks the counts after the retry.
 *
 * ## Hot partitions
 *
 * Every posting and counter partition is per facet value AND year, so a big actor's history is
 * spread over years, and a year of USA is one partition of ~100 items per active day. A busy day
 * costs per counter one UpdateItem per document (never one per event: a document's events are
 * aggregated first), well under the 1,000 WCU/s a single item allows at the ingest concurrency
 * the queue caps. The hottest write target is the `all` posting partition of the current year
 * (every event, ~1 WCU each): at 1M articles/month (~0.4/s, ~5 events each) that is ~2 WCU/s; a
 * bulk backfill at full queue concurrency stays in the hundreds. If that ever throttles, the next
 * step is a 1-of-N shard suffix on `all` postings only (N Queries merged per page); not built,
 * because month buckets would not spread a burst of one day and shards cost every read.
 *
 * ## Write cost per event (typical: source and target each a code plus its country)
 *
 * 1 event item + postings: all 1, actor 4, source 2, target 2, root 1, code3 1, code4 0-1, quad 1,
 * doc 1, actorRoot 4, dyad 4 = ~22 items of ~1 KB (~23 WCU; the composites add 8 of them). Per
 * document, not per event: one year-index ADD per facet value, one counter ADD and one token
 * DELETE per distinct counter key (day counters, actor directory), the contribution item (a few
 * KB gzipped), the document item and 3 small state updates. Measured on dynalite, a 5-event
 * document with 5 different dyads over 2 days: 375 WCU (75 per event: 115 event/posting items,
 * ~70 year-index ADDs, ~180 counter ADDs and DELETEs, ~10 bookkeeping). Documents whose events
 * share actors and days aggregate better. No GSI copies: only document items carry byStatus keys.
 * Cheaper next steps if cost matters: skip year-index ADDs already present (a BatchGet first),
 * and clear tokens lazily with the document's next transition instead of a sweep.
 */
import { createHash, randomUUID } from 'node:crypto';
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
import { type Item, keyId, keyItem, L, N, NS, NULL, num, numSet, S, SS, str, strList } from './attributes';
import { batchGet } from './batch-get';
import { batchWrite, type RetryOptions } from './batch-write';
import {
  type Contribution,
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
  counterPartition,
  countStateKey,
  docFromStatusSortKey,
  documentKey,
  eventKey,
  type Facet,
  facetValues,
  filterAttributes,
  foldName,
  postingKeys,
  postingPartition,
  postingSortKey,
  statusIndexKey,
  statusPartition,
  yearIndexKey,
  yearOf,
} from './keys';
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
  /** Called after every read with what it consumed (ReturnConsumedCapacity TOTAL). */
  onConsumedCapacity?: (report: CapacityReport) => void;
  /**
   * How long a writer owns a count transition. Longer than the ingest Lambda's timeout (60 s), so
   * a transition is only taken over from a writer that is dead; shorter than the queue's
   * visibility timeout, so the retry of a crashed message finds it expired.
   */
  countLeaseMs?: number;
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
 * The day counter that answers a timeline exactly, or `empty` when the filters contradict each
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
  if (given === 0) return { facet: 'all', value: '*' };
  if (given === 1) {
    if (actor !== undefined) return { facet: 'actor', value: actor };
    if (source !== undefined) return { facet: 'source', value: source };
    if (target !== undefined) return { facet: 'target', value: target };
    if (root !== undefined) return { facet: 'root', value: root };
    if (code !== undefined) return { facet: code.length === 3 ? 'code3' : 'code4', value: code };
    if (quadClass !== undefined) return { facet: 'quad', value: String(quadClass) };
    return null;
  }
  if (given === 2 && source !== undefined && target !== undefined)
    return { facet: 'dyad', value: `${source}>${target}` };
  if (given === 2 && actor !== undefined && root !== undefined) {
    return { facet: 'actorRoot', value: `${actor}/${root}` };
  }
  return null;
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

interface StoredDocument extends DocumentRecord {
  sequencer: string;
  /** `<sequencer>.<contribution hash>`: which contribution the counters should reflect. */
  version: string;
  eventIds: string[];
  /** Ids of an earlier version still to delete (set until the cleanup after a write finished). */
  cleanup: string[];
}

interface CountState {
  counted: string;
  pending?: string;
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

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(run));
  }
}

/** Names one transition of one document's counts; short, so a counter's token set stays small. */
function transitionToken(doc: string, from: string, to: string): string {
  return createHash('sha256').update(`${doc}\u0000${from}\u0000${to}`).digest('base64url').slice(0, 16);
}

function capacityOf(consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number | null {
  if (consumed === undefined) return null;
  const all = Array.isArray(consumed) ? consumed : [consumed];
  return all.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
}

export class DynamoEventStore implements EventStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly options: DynamoEventStoreOptions = {},
  ) {}

  // ---- writes ---------------------------------------------------------------------------------

  async putDocument(
    origin: ChangeOrigin,
    published: string,
    events: EventRecord[],
    warnings: string[],
  ): Promise<WriteOutcome> {
    const sequencer = padSequencer(origin.sequencer);
    const current = await this.readDocument(origin.doc);
    if (current && current.sequencer > sequencer) return this.staleAfterCounting(origin.doc);

    // Ids are deterministic, so a repeated event is the same event: keep one.
    const records = [...new Map(events.map((e) => [e.id, e])).values()];
    const ids = records.map((r) => r.id);
    const previousIds = current ? [...new Set([...current.eventIds, ...current.cleanup])] : [];
    // Read before overwriting: an id kept across versions may have moved (another date), and its old
    // postings are only known from the old record.
    const previous = await this.readEvents(previousIds);

    // The contribution is stored before the document commits the version that names it, so a
    // count transition can always read both of its sides.
    const contribution = contributionOf(records);
    const version = `${sequencer}.${contributionHash(contribution)}`;
    if (contribution.size > 0) await this.writeContribution(origin.doc, version, contribution);
    await this.writeEvents(records);
    const kept = new Set(ids);
    const committed = await this.writeDocument(origin, sequencer, {
      version,
      status: 'PARSED',
      published,
      events: records.length,
      error: null,
      warnings,
      eventIds: ids,
      cleanup: previousIds.filter((id) => !kept.has(id)),
    });
    if (!committed) {
      await this.undoLostRace(origin.doc, records);
      return this.staleAfterCounting(origin.doc);
    }
    await this.deleteReplaced(previous, records);
    await this.finishCleanup(origin.doc, sequencer);
    await this.reconcileCounts(origin.doc);
    return 'applied';
  }

  failDocument(origin: ChangeOrigin, error: { code: string; message: string }): Promise<WriteOutcome> {
    return this.replaceWithStatus(origin, 'FAILED', error);
  }

  deleteDocument(origin: ChangeOrigin): Promise<WriteOutcome> {
    return this.replaceWithStatus(origin, 'DELETED', null);
  }

  private async replaceWithStatus(
    origin: ChangeOrigin,
    status: DocumentStatus,
    error: { code: string; message: string } | null,
  ): Promise<WriteOutcome> {
    const sequencer = padSequencer(origin.sequencer);
    const current = await this.readDocument(origin.doc);
    if (current && current.sequencer > sequencer) return this.staleAfterCounting(origin.doc);
    const previousIds = current ? [...new Set([...current.eventIds, ...current.cleanup])] : [];
    const previous = await this.readEvents(previousIds);
    const committed = await this.writeDocument(origin, sequencer, {
      version: `${sequencer}.${EMPTY_HASH}`,
      status,
      published: null,
      events: 0,
      error,
      warnings: [],
      eventIds: [],
      cleanup: previousIds,
    });
    if (!committed) return this.staleAfterCounting(origin.doc);
    await this.deleteReplaced(previous, []);
    await this.finishCleanup(origin.doc, sequencer);
    await this.reconcileCounts(origin.doc);
    return 'applied';
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
   * Year index first, then the items: if the index update failed after the postings were written
   * they would be invisible to queries; the other way round an empty bucket only costs one Query.
   */
  private async writeEvents(records: EventRecord[]): Promise<void> {
    const years = new Map<string, { facet: Facet; value: string; years: Set<number> }>();
    const requests: WriteRequest[] = [];
    for (const record of records) {
      const json = S(JSON.stringify(record));
      const year = yearOf(record.date);
      requests.push({
        PutRequest: { Item: { ...keyItem(eventKey(record.id)), record: json, doc: S(record.doc) } },
      });
      const attrs = filterAttributes(record);
      const small: Item = {
        record: json,
        ac: SS(attrs.ac),
        sc: SS(attrs.sc),
        code: S(attrs.code),
        quad: N(attrs.quad),
        doc: S(attrs.doc),
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
        requests.push({
          PutRequest: { Item: { pk: S(postingPartition(facet, value, year)), sk: S(sk), ...small } },
        });
      }
    }
    await inBatches([...years.values()], this.options.concurrency ?? 16, ({ facet, value, years: ys }) =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(yearIndexKey(facet, value)),
          // ADD to a set is idempotent, so redelivered writes and concurrent writers are harmless.
          UpdateExpression: 'ADD #years :years',
          ExpressionAttributeNames: { '#years': 'years' },
          ExpressionAttributeValues: { ':years': NS([...ys]) },
        }),
      ),
    );
    await batchWrite(this.client, this.tableName, requests, this.options.retry);
  }

  /** Every key an event occupies: its item and its postings. */
  private static keysOf(record: EventRecord): { pk: string; sk: string }[] {
    return [eventKey(record.id), ...postingKeys(record)];
  }

  /** Deletes the keys of `previous` events that `current` events do not occupy. */
  private async deleteReplaced(
    previous: { id: string; record: EventRecord | null }[],
    current: EventRecord[],
  ): Promise<void> {
    const keep = new Set(current.flatMap((r) => DynamoEventStore.keysOf(r)).map(keyId));
    const requests: WriteRequest[] = [];
    for (const { id, record } of previous) {
      // An event item without a readable record leaves no way to find its postings; drop the item.
      const keys = record ? DynamoEventStore.keysOf(record) : [eventKey(id)];
      for (const key of keys) {
        if (!keep.has(keyId(key))) requests.push({ DeleteRequest: { Key: keyItem(key) } });
      }
    }
    await batchWrite(this.client, this.tableName, requests, this.options.retry);
  }

  /**
   * A newer notification committed between our read and our write: delete what we wrote that the
   * winner does not own. (An id both versions produce keeps our copy of the record until the next
   * write of the document; ids are content hashes, so the two copies rarely differ.)
   */
  private async undoLostRace(doc: string, written: EventRecord[]): Promise<void> {
    const winner = await this.readDocument(doc);
    const owned = new Set(winner?.eventIds ?? []);
    const orphans = written.filter((r) => !owned.has(r.id)).map((record) => ({ id: record.id, record }));
    await this.deleteReplaced(orphans, []);
  }

  /**
   * The cleanup list makes step 4 restartable: if the function dies after committing the document
   * item but before deleting the old events, the next write of the document deletes them.
   */
  private async finishCleanup(doc: string, sequencer: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyItem(documentKey(doc)),
          UpdateExpression: 'REMOVE #cleanup',
          ConditionExpression: '#seq = :seq',
          ExpressionAttributeNames: { '#cleanup': 'cleanup', '#seq': 'sequencer' },
          ExpressionAttributeValues: { ':seq': S(sequencer) },
        }),
      );
    } catch (error) {
      // A newer version took over the document (and its cleanup list) meanwhile.
      if (!isConditionFailure(error)) throw error;
    }
  }

  // ---- counts (see the header: claim, apply, finish, sweep) -------------------------------------

  private async writeContribution(doc: string, version: string, contribution: Contribution): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: { ...keyItem(contributionKey(doc, version)), data: { B: encodeContribution(contribution) } },
      }),
    );
  }

  /**
   * A version's contribution; null when its item is gone. A version with events always has one
   * (written before the version commits, deleted only after the counts moved past it), so a
   * missing one during a transition is an error that the message's retry repairs by rewriting it.
   */
  private async readContribution(doc: string, version: string): Promise<Contribution | null> {
    if (version === NONE || version.endsWith(`.${EMPTY_HASH}`)) return new Map();
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
    const owner = str(item, 'owner');
    const sweep = str(item, 'sweep');
    return {
      counted: str(item, 'counted') ?? NONE,
      lease: num(item, 'lease') ?? 0,
      ...(pending !== undefined ? { pending } : {}),
      ...(owner !== undefined ? { owner } : {}),
      ...(sweep !== undefined ? { sweep } : {}),
    };
  }

  /** A conditional update of the count state; false when another writer changed it first. */
  private async updateCountState(
    doc: string,
    update: string,
    condition: string,
    values: Record<string, AttributeValue>,
  ): Promise<boolean> {
    const names: Record<string, string> = {};
    for (const name of ['counted', 'pending', 'owner', 'lease', 'sweep']) {
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

  /**
   * Brings the counters to the document's committed version. Each round reads the state and takes
   * one step; a lost condition just means another writer took a step, so read again. When another
   * live writer owns the transition, wait a little for it, then leave it to that writer (or, if it
   * died, to its message's retry once the lease has expired).
   */
  private async reconcileCounts(doc: string): Promise<void> {
    const me = randomUUID();
    const now = this.options.now ?? Date.now;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const lease = () => N(now() + (this.options.countLeaseMs ?? 120_000));
    for (let round = 1; round <= 12; round++) {
      const [document, state] = await Promise.all([this.readDocument(doc), this.readCountState(doc)]);
      if (state.sweep !== undefined) {
        await this.sweep(doc, state.sweep);
        continue;
      }
      if (state.pending !== undefined) {
        const pending = state.pending;
        if (state.owner !== me) {
          if (state.lease > now()) {
            await sleep(Math.min(25 * 2 ** round, 400));
            continue;
          }
          const taken = await this.updateCountState(
            doc,
            'SET #owner = :me, #lease = :lease',
            '#pending = :p AND #owner = :old',
            { ':me': S(me), ':lease': lease(), ':p': S(pending), ':old': S(state.owner ?? '') },
          );
          if (!taken) continue;
        }
        await this.applyTransition(doc, state.counted, pending);
        await this.updateCountState(
          doc,
          'SET #counted = :p, #sweep = :sweep REMOVE #pending, #owner, #lease',
          '#pending = :p AND #owner = :me',
          { ':p': S(pending), ':me': S(me), ':sweep': S(`${state.counted}>${pending}`) },
        );
        continue;
      }
      const target = document?.version || NONE;
      if (state.counted === target) return;
      await this.updateCountState(
        doc,
        'SET #pending = :t, #owner = :me, #lease = :lease',
        'attribute_not_exists(#pending) AND attribute_not_exists(#sweep) AND ' +
          (state.counted === NONE ? 'attribute_not_exists(#counted)' : '#counted = :c'),
        {
          ':t': S(target),
          ':me': S(me),
          ':lease': lease(),
          ...(state.counted === NONE ? {} : { ':c': S(state.counted) }),
        },
      );
    }
  }

  /** Applies `to - from` to every counter, each at most once per transition (the token). */
  private async applyTransition(doc: string, from: string, to: string): Promise<void> {
    const delta = contributionDelta(
      await this.requireContribution(doc, from),
      await this.requireContribution(doc, to),
    );
    const token = transitionToken(doc, from, to);
    await inBatches(delta, this.options.concurrency ?? 16, async (entry) => {
      const names: Record<string, string> = { '#n': 'n', '#tok': 'tok' };
      const values: Record<string, AttributeValue> = {
        ':n': N(entry.n),
        ':tok': SS([token]),
        ':t': S(token),
      };
      let set = '';
      if (entry.code !== undefined) {
        set = ' SET #code = :code';
        names['#code'] = 'code';
        values[':code'] = S(entry.code);
        if (entry.name !== undefined) {
          set += ', #name = :name';
          names['#name'] = 'name';
          values[':name'] = S(entry.name);
        }
      }
      try {
        await this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: keyItem(entry),
            UpdateExpression: `ADD #n :n, #tok :tok${set}`,
            ConditionExpression: 'NOT contains(#tok, :t)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        );
      } catch (error) {
        // Already applied by this transition before a crash.
        if (!isConditionFailure(error)) throw error;
      }
    });
  }

  /**
   * After a transition: removes its tokens from the counters, then the contributions no longer
   * needed (`from`, and versions older than `to` that were superseded before they were counted),
   * then the sweep mark. Every step is idempotent; a crash leaves the mark for the next writer.
   */
  private async sweep(doc: string, sweep: string): Promise<void> {
    const [from = NONE, to = NONE] = sweep.split('>');
    const before = await this.readContribution(doc, from);
    // `from` is deleted only after its tokens, so without it the tokens are already gone.
    if (before) {
      const delta = contributionDelta(before, await this.requireContribution(doc, to));
      const token = transitionToken(doc, from, to);
      await inBatches(delta, this.options.concurrency ?? 16, (entry) =>
        this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: keyItem(entry),
            UpdateExpression: 'DELETE #tok :tok',
            ExpressionAttributeNames: { '#tok': 'tok' },
            ExpressionAttributeValues: { ':tok': SS([token]) },
          }),
        ),
      );
    }
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
    if (from !== to && before && before.size > 0) keys.push(contributionKey(doc, from));
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

  /** Writes the document item unless a newer sequencer is stored; false when it lost. */
  private async writeDocument(
    origin: ChangeOrigin,
    sequencer: string,
    fields: Omit<StoredDocument, 'doc' | 'updatedAt' | 'sequencer'>,
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
      eventIds: L(fields.eventIds.map(S)),
      ...(fields.cleanup.length > 0 ? { cleanup: L(fields.cleanup.map(S)) } : {}),
    };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#sk) OR #seq <= :seq',
          ExpressionAttributeNames: { '#sk': 'sk', '#seq': 'sequencer' },
          ExpressionAttributeValues: { ':seq': S(sequencer) },
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
  ): Promise<Item | undefined> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: keyItem(key),
        ...(consistent ? { ConsistentRead: true } : {}),
        ...(projection ? { ProjectionExpression: projection } : {}),
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

  private async readEvents(ids: string[]): Promise<{ id: string; record: EventRecord | null }[]> {
    if (ids.length === 0) return [];
    const items = await batchGet(this.client, this.tableName, ids.map(eventKey), this.batchGetOptions());
    const byId = new Map<string, EventRecord | null>();
    for (const item of items) {
      const pk = str(item, 'pk') ?? '';
      byId.set(pk.slice('EVENT#'.length), parseRecord(item));
    }
    // Ids whose event item is already gone need no cleanup.
    return ids.filter((id) => byId.has(id)).map((id) => ({ id, record: byId.get(id) ?? null }));
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
    const item = await this.getItem(yearIndexKey(plan.facet, plan.value));
    return numSet(item, 'years')
      .filter(
        (y) =>
          (plan.fromYear === undefined || y >= plan.fromYear) &&
          (plan.toYear === undefined || y <= plan.toYear),
      )
      .sort((a, b) => b - a);
  }

  private bucketQuery(plan: QueryPlan, year: number, limit: number, projection?: string): QueryCommandInput {
    const names: Record<string, string> = { '#pk': 'pk', '#sk': 'sk', ...plan.names };
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
    let years = await this.yearsOf(plan);
    if (start?.bucket !== undefined) {
      const bucket = start.bucket;
      years = [bucket, ...years.filter((y) => y < bucket)];
    }

    // One more than needed, so a page that ends a bucket knows there is nothing after it (no cursor
    // to an empty page). With a FilterExpression a Query page holds fewer matches than items read,
    // so read ahead more; the cursor is the last item returned, not where the read stopped.
    const readSize = (remaining: number) =>
      plan.filter ? Math.min(1000, Math.max(remaining + 1, 100)) : remaining + 1;
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
          if (record) items.push(record);
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
  }

  /**
   * Sums day counters: one Query per year bucket of at most 366 items of a few dozen bytes, however
   * many events they count. Filter combinations without a counter count postings instead.
   */
  async timeline(filters: EventFilters, interval: TimelineInterval): Promise<TimelineBucket[]> {
    const counter = planTimeline(filters);
    if (counter === 'empty') return [];
    if (counter === null) return this.timelineFromPostings(filters, interval);
    const range = planQuery({
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    });
    const counts = new Map<string, number>();
    for (const year of await this.yearsOf({ ...range, ...counter })) {
      const names: Record<string, string> = { '#pk': 'pk', '#sk': 'sk', '#n': 'n' };
      const values: Record<string, AttributeValue> = {
        ':pk': S(counterPartition(counter.facet, counter.value, year)),
      };
      let condition = '#pk = :pk';
      if (filters.from !== undefined || filters.to !== undefined) {
        condition += ' AND #sk BETWEEN :from AND :to';
        values[':from'] = S(filters.from ?? '0000-00-00');
        values[':to'] = S(filters.to ?? '9999-99-99');
      }
      let startKey: Item | undefined;
      do {
        const out = await this.query({
          TableName: this.tableName,
          KeyConditionExpression: condition,
          ProjectionExpression: '#sk, #n',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        });
        for (const item of out.Items ?? []) {
          const n = num(item, 'n') ?? 0;
          // A counter whose events were all removed stays at 0 rather than racing a delete.
          if (n <= 0) continue;
          const bucket = bucketDate(str(item, 'sk') ?? '', interval);
          counts.set(bucket, (counts.get(bucket) ?? 0) + n);
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
    const counts = new Map<string, number>();
    for (const year of await this.yearsOf(plan)) {
      let startKey: Item | undefined;
      do {
        const out = await this.query({
          ...this.bucketQuery(plan, year, 1000, '#sk'),
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        });
        for (const item of out.Items ?? []) {
          const date = (str(item, 'sk') ?? '').slice(0, 10);
          const bucket = bucketDate(date, interval);
          counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }
    return sortedBuckets(counts);
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
    eventIds: strList(item, 'eventIds'),
    cleanup: strList(item, 'cleanup'),
  };
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
