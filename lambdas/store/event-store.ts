/**
 * The EventStore on one DynamoDB table; the only module that knows the item keys (see keys.ts).
 * Only GetItem, Query, PutItem, UpdateItem, BatchGetItem and BatchWriteItem: no Scan, and nothing
 * dynalite lacks (transactions, PartiQL), so the same code runs in the cloud and on one machine.
 */
import {
  type AttributeValue,
  ConditionalCheckFailedException,
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
import { decodeCursor, encodeCursor, queryHash } from './cursor';
import {
  docFromStatusSortKey,
  documentKey,
  eventKey,
  type Facet,
  facetValues,
  filterAttributes,
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

export interface DynamoEventStoreOptions {
  /** When set, cursors are signed (HMAC-SHA256) and unsigned or foreign ones are rejected. */
  cursorSecret?: string;
  /** Retry policy of the batch helpers (UnprocessedItems / UnprocessedKeys). */
  retry?: RetryOptions;
  /** How many UpdateItem calls on the year index run at once. */
  concurrency?: number;
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

/**
 * Picks the most selective facet present (doc > source/target > actor > code > root > quad > all)
 * as the partition to Query; the other filters become a FilterExpression on the posting's small
 * attributes. Known limitation: a FilterExpression still reads (and pays for) the items it drops,
 * so e.g. `actor=USA&quadClass=4` reads every USA posting of the years in range to fill a page of
 * material conflicts. Composite facets or pre-aggregation would fix that if it matters.
 */
export function planQuery(filters: EventFilters): QueryPlan {
  const code = filters.code;
  let facet: Facet = 'all';
  let value = '*';
  let covered: keyof EventFilters | undefined;
  if (filters.doc !== undefined) [facet, value, covered] = ['doc', filters.doc, 'doc'];
  else if (filters.source !== undefined) [facet, value, covered] = ['source', filters.source, 'source'];
  else if (filters.target !== undefined) [facet, value, covered] = ['target', filters.target, 'target'];
  else if (filters.actor !== undefined) [facet, value, covered] = ['actor', filters.actor, 'actor'];
  else if (code !== undefined && code.length >= 2 && code.length <= 4) {
    facet = code.length === 4 ? 'code4' : code.length === 3 ? 'code3' : 'root';
    [value, covered] = [code, 'code'];
  } else if (filters.root !== undefined) [facet, value, covered] = ['root', filters.root, 'root'];
  else if (filters.quadClass !== undefined) {
    [facet, value, covered] = ['quad', String(filters.quadClass), 'quadClass'];
  }

  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  const add = (filter: keyof EventFilters, clause: string, attr: string, v: AttributeValue) => {
    if (filter === covered) return;
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
  eventIds: string[];
  /** Ids of an earlier version still to delete (set until the cleanup after a write finished). */
  cleanup: string[];
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
    if (current && current.sequencer > sequencer) return 'stale';

    // Ids are deterministic, so a repeated event is the same event: keep one.
    const records = [...new Map(events.map((e) => [e.id, e])).values()];
    const ids = records.map((r) => r.id);
    const previousIds = current ? [...new Set([...current.eventIds, ...current.cleanup])] : [];
    // Read before overwriting: an id kept across versions may have moved (another date), and its old
    // postings are only known from the old record.
    const previous = await this.readEvents(previousIds);

    await this.writeEvents(records);
    const kept = new Set(ids);
    const committed = await this.writeDocument(origin, sequencer, {
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
      return 'stale';
    }
    await this.deleteReplaced(previous, records);
    await this.finishCleanup(origin.doc, sequencer);
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
    if (current && current.sequencer > sequencer) return 'stale';
    const previousIds = current ? [...new Set([...current.eventIds, ...current.cleanup])] : [];
    const previous = await this.readEvents(previousIds);
    const committed = await this.writeDocument(origin, sequencer, {
      status,
      published: null,
      events: 0,
      error,
      warnings: [],
      eventIds: [],
      cleanup: previousIds,
    });
    if (!committed) return 'stale';
    await this.deleteReplaced(previous, []);
    await this.finishCleanup(origin.doc, sequencer);
    return 'applied';
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
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: keyItem(documentKey(doc)), ConsistentRead: true }),
    );
    return out.Item ? toStoredDocument(out.Item) : null;
  }

  private async readEvents(ids: string[]): Promise<{ id: string; record: EventRecord | null }[]> {
    if (ids.length === 0) return [];
    const items = await batchGet(this.client, this.tableName, ids.map(eventKey), this.options.retry);
    const byId = new Map<string, EventRecord | null>();
    for (const item of items) {
      const pk = str(item, 'pk') ?? '';
      byId.set(pk.slice('EVENT#'.length), parseRecord(item));
    }
    // Ids whose event item is already gone need no cleanup.
    return ids.filter((id) => byId.has(id)).map((id) => ({ id, record: byId.get(id) ?? null }));
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: keyItem(eventKey(id)) }),
    );
    return out.Item ? parseRecord(out.Item) : null;
  }

  async getDocument(doc: string): Promise<DocumentRecord | null> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: keyItem(documentKey(doc)) }),
    );
    if (!out.Item) return null;
    const { sequencer: _s, eventIds: _e, cleanup: _c, ...record } = toStoredDocument(out.Item);
    return record;
  }

  /** The year buckets of a facet value within the plan's date range, newest first. */
  private async yearsOf(plan: QueryPlan): Promise<number[]> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: keyItem(yearIndexKey(plan.facet, plan.value)) }),
    );
    return numSet(out.Item, 'years')
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
        const out = await this.client.send(
          new QueryCommand({
            ...this.bucketQuery(plan, year, readSize(limit - items.length)),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
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
   * Counts by reading one projected posting (its sort key) per matching event. Good enough for the
   * sizes we have; issue 4 replaces this with pre-aggregated counters per facet value and day.
   */
  async timeline(filters: EventFilters, interval: TimelineInterval): Promise<TimelineBucket[]> {
    const plan = planQuery(filters);
    const counts = new Map<string, number>();
    for (const year of await this.yearsOf(plan)) {
      let startKey: Item | undefined;
      do {
        const out = await this.client.send(
          new QueryCommand({
            ...this.bucketQuery(plan, year, 1000, '#sk'),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const item of out.Items ?? []) {
          const date = (str(item, 'sk') ?? '').slice(0, 10);
          const bucket = bucketDate(date, interval);
          counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }
    return [...counts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, count]) => ({ date, count }));
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
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: STATUS_INDEX.name,
          KeyConditionExpression: '#p = :p',
          ExpressionAttributeNames: { '#p': STATUS_INDEX.partitionKey },
          ExpressionAttributeValues: { ':p': S(partition) },
          ScanIndexForward: false,
          Limit: limit - items.length + 1,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      const page = out.Items ?? [];
      for (const [at, item] of page.entries()) {
        const { sequencer: _s, eventIds: _e, cleanup: _c, ...record } = toStoredDocument(item);
        items.push(record);
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
    eventIds: strList(item, 'eventIds'),
    cleanup: strList(item, 'cleanup'),
  };
}
