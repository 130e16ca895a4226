/**
 * What the handlers need from storage. lambdas/store/event-store.ts implements it on DynamoDB and
 * is the only module that knows the item keys.
 */
import type { EventRecord } from '../core/types';

export type DocumentStatus = 'PARSED' | 'FAILED' | 'DELETED';

export interface DocumentRecord {
  doc: string;
  status: DocumentStatus;
  /** Publication date the events were resolved against (null when the document failed before that). */
  published: string | null;
  events: number;
  error: { code: string; message: string } | null;
  warnings: string[];
  updatedAt: string;
}

/** Which S3 change a write comes from. `sequencer` orders notifications for one key (hex, compare padded). */
export interface ChangeOrigin {
  doc: string;
  sequencer: string;
  /** ISO time of the change, for updatedAt. */
  at: string;
}

/** `stale`: a newer notification for this key was already applied, so this one changed nothing. */
export type WriteOutcome = 'applied' | 'stale';

export interface EventFilters {
  actor?: string;
  source?: string;
  target?: string;
  root?: string;
  code?: string;
  quadClass?: number;
  from?: string;
  to?: string;
  doc?: string;
}

/** Bucket width of GET /stats/timeline: a day, an ISO week (keyed by its Monday), a month (its 1st). */
export type TimelineInterval = 'day' | 'week' | 'month';

export interface TimelineBucket {
  date: string;
  count: number;
}

/** GET /actors: actors whose code starts with `prefix`, or whose name starts with `name`. */
export type ActorQuery = { prefix: string; name?: undefined } | { name: string; prefix?: undefined };

/** An actor seen in at least one stored event, with the number of events it is part of. */
export interface ActorSummary {
  code: string;
  /** The name matched, for a name search; null for a code search (a code has many names). */
  name: string | null;
  events: number;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export interface EventStore {
  /** Replace every event of `origin.doc` with `events` and mark it PARSED. Idempotent. */
  putDocument(
    origin: ChangeOrigin,
    published: string,
    events: EventRecord[],
    warnings: string[],
  ): Promise<WriteOutcome>;
  /** Mark the document FAILED with a reason; removes events of an earlier version. Idempotent. */
  failDocument(origin: ChangeOrigin, error: { code: string; message: string }): Promise<WriteOutcome>;
  /** The object was deleted: remove its events, mark it DELETED. Idempotent. */
  deleteDocument(origin: ChangeOrigin): Promise<WriteOutcome>;
  /**
   * The write of `origin` will not happen (its object is gone): removes what an earlier, crashed
   * attempt of it left behind. Idempotent; the document's status is the next change's to set.
   */
  abandonDocument(origin: ChangeOrigin): Promise<void>;

  getEvent(id: string): Promise<EventRecord | null>;
  queryEvents(filters: EventFilters, limit: number, cursor: string | null): Promise<Page<EventRecord>>;
  getDocument(doc: string): Promise<DocumentRecord | null>;
  listDocuments(status: DocumentStatus, limit: number, cursor: string | null): Promise<Page<DocumentRecord>>;
  /** Event counts of the matching events per interval, oldest first. */
  timeline(filters: EventFilters, interval: TimelineInterval): Promise<TimelineBucket[]>;
  /** Actors seen, by code or name prefix, in key order (autocomplete). */
  listActors(query: ActorQuery, limit: number, cursor: string | null): Promise<Page<ActorSummary>>;
}

/** A cursor that does not belong to this query, or was tampered with. The API answers 400. */
export class InvalidCursorError extends Error {
  constructor(message = 'cursor is not valid for this query') {
    super(message);
    this.name = 'InvalidCursorError';
  }
}
