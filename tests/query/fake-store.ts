/** An in-memory EventStore for API tests: the API's behaviour, not DynamoDB's, is under test. */
import type { EventRecord } from '../../lambdas/core/types';
import {
  type ActorQuery,
  type ActorSummary,
  type DocumentRecord,
  type DocumentStatus,
  type EventFilters,
  type EventStore,
  InvalidCursorError,
  type Page,
  type TimelineBucket,
  type TimelineInterval,
  type WriteOutcome,
} from '../../lambdas/store/types';

function matches(e: EventRecord, f: EventFilters): boolean {
  const values = (a: EventRecord['source'] | null) => (a ? [a.code, a.country, a.org] : []);
  if (f.actor && ![...values(e.source), ...values(e.target)].includes(f.actor)) return false;
  if (f.source && !values(e.source).includes(f.source)) return false;
  if (f.target && !values(e.target).includes(f.target)) return false;
  if (f.root && e.action.root !== f.root) return false;
  if (f.code && !e.action.code.startsWith(f.code)) return false;
  if (f.quadClass !== undefined && e.action.quadClass !== f.quadClass) return false;
  if (f.from && e.date < f.from) return false;
  if (f.to && e.date > f.to) return false;
  if (f.doc && e.doc !== f.doc) return false;
  return true;
}

/** Cursor = `<query>|<offset>`, base64url: enough to test that the API passes it through. */
function page<T>(items: T[], query: string, limit: number, cursor: string | null): Page<T> {
  let offset = 0;
  if (cursor !== null) {
    const [q, n] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    if (q !== query || !/^\d+$/.test(n ?? '')) throw new InvalidCursorError();
    offset = Number(n);
  }
  const next = offset + limit;
  return {
    items: items.slice(offset, next),
    cursor: next < items.length ? Buffer.from(`${query}|${next}`).toString('base64url') : null,
  };
}

export class FakeEventStore implements EventStore {
  readonly calls: { method: string; args: unknown[] }[] = [];
  failWith: Error | null = null;

  constructor(
    readonly events: EventRecord[] = [],
    readonly documents: DocumentRecord[] = [],
  ) {}

  private record(method: string, args: unknown[]) {
    this.calls.push({ method, args });
    if (this.failWith) throw this.failWith;
  }

  async putDocument(): Promise<WriteOutcome> {
    return 'applied';
  }
  async failDocument(): Promise<WriteOutcome> {
    return 'applied';
  }
  async deleteDocument(): Promise<WriteOutcome> {
    return 'applied';
  }
  async abandonDocument(): Promise<void> {}

  async getEvent(id: string): Promise<EventRecord | null> {
    this.record('getEvent', [id]);
    return this.events.find((e) => e.id === id) ?? null;
  }

  async queryEvents(filters: EventFilters, limit: number, cursor: string | null): Promise<Page<EventRecord>> {
    this.record('queryEvents', [filters, limit, cursor]);
    const found = this.events.filter((e) => matches(e, filters)).sort((a, b) => (a.date < b.date ? 1 : -1));
    return page(found, JSON.stringify(filters), limit, cursor);
  }

  async getDocument(doc: string): Promise<DocumentRecord | null> {
    this.record('getDocument', [doc]);
    return this.documents.find((d) => d.doc === doc) ?? null;
  }

  async listDocuments(
    status: DocumentStatus,
    limit: number,
    cursor: string | null,
  ): Promise<Page<DocumentRecord>> {
    this.record('listDocuments', [status, limit, cursor]);
    return page(
      this.documents.filter((d) => d.status === status),
      status,
      limit,
      cursor,
    );
  }

  async timeline(filters: EventFilters, interval: TimelineInterval): Promise<TimelineBucket[]> {
    this.record('timeline', [filters, interval]);
    const counts = new Map<string, number>();
    for (const e of this.events.filter((x) => matches(x, filters))) {
      const date = interval === 'month' ? `${e.date.slice(0, 7)}-01` : e.date;
      counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return [...counts].sort().map(([date, count]) => ({ date, count }));
  }

  async listActors(query: ActorQuery, limit: number, cursor: string | null): Promise<Page<ActorSummary>> {
    this.record('listActors', [query, limit, cursor]);
    const counts = new Map<string, number>();
    for (const e of this.events) {
      const codes = new Set([e.source, e.target].flatMap((a) => (a ? [a.code, a.country, a.org] : [])));
      for (const code of codes) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const found = [...counts]
      .filter(([code]) => query.prefix !== undefined && code.startsWith(query.prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, events]) => ({ code, name: null, events }));
    return page(found, JSON.stringify(query), limit, cursor);
  }
}
