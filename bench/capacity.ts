/**
 * Measurements 4 and 5 (first half): write capacity per event, read capacity per page of 100 for
 * each query route against the minimum for the bytes returned, and items read per query as the
 * table grows. Everything here is a count (capacity units, items, bytes), not a time.
 *
 * Method: the store's DynamoDB client asks for ReturnConsumedCapacity on every request and a
 * middleware sums the answers (dynalite computes read units as DynamoDB does: every item a Query
 * reads, before the filter, ceil(bytes / 4 KB), halved when eventually consistent). dynalite leaves
 * GSI copies out of write units, so those are added from the item sizes (ceil(size / 1 KB)).
 * Minimum for a route: ceil(response bytes / 4 KB) x 0.5 RCU (one eventually consistent read of
 * exactly the bytes the client gets), at least 0.5.
 */
import { makeDynamoClient } from '../lambdas/aws/clients';
import type { CodedDocument } from '../lambdas/core';
import { createQueryApp } from '../lambdas/query/app';
import { DynamoEventStore } from '../lambdas/store/event-store';
import { openDirectDynamo } from './direct-dynamo';
import { BENCH_TABLE, CapacityMeter, type CapacityTotals, putDocuments, startDynalite } from './emulators';
import { median, percentile, ratio } from './stats';

export interface RouteCapacity extends Route {
  status: number;
  responseBytes: number;
  returned: number;
  rcu: number;
  minimumRcu: number;
  ratio: number;
  itemsRead: number;
  requests: number;
  medianMs: number;
  p95Ms: number;
}

export interface WriteCapacity {
  documents: number;
  events: number;
  wcu: number;
  wcuPerEvent: number;
  wcuPerDocument: number;
  itemsPerEvent: number;
  bytesPerEvent: number;
  rcuPerDocument: number;
  requestsPerDocument: number;
  totals: CapacityTotals;
}

/**
 * Items read per query at the two table sizes. The same query can match more events in the bigger
 * table (a dyad fills up), so the ratio compares items read per item returned: the same for the
 * same result.
 */
export interface ScalingRow {
  route: string;
  smallItemsRead: number;
  smallReturned: number;
  largeItemsRead: number;
  largeReturned: number;
  ratio: number;
}

export interface CapacityResult {
  writes: WriteCapacity;
  routes: RouteCapacity[];
  /** Routes at each table size; `routes` above is the larger. `loadMs`: growing the tables. */
  scaling: {
    smallEvents: number;
    largeEvents: number;
    loadMs: number;
    rows: RouteCapacity[][];
    table: ScalingRow[];
  };
}

function count(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function largest(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) count(counts, value);
  return largest(counts);
}

/**
 * A read route and what it is held to: a page of 100 against 1.5x its minimum, or `info` where the
 * page is small by nature (one ordinary article's events) and is shown, not judged.
 */
export interface Route {
  route: string;
  path: string;
  info?: boolean;
}

/**
 * The pair of countries most often source and target in the documents of the larger table: a dyad
 * query as analysts ask it (source=RUS&target=UKR), and the one most likely to fill a page of 100.
 * The grown part is coded again a chunk at a time, so 100,000 events are never held at once.
 */
function busiestDyad(stored: CodedDocument[], grown: Iterable<CodedDocument[]>): [string, string] {
  const counts = new Map<string, number>();
  const add = (docs: CodedDocument[]) => {
    for (const event of docs.flatMap((doc) => doc.events)) {
      if (event.source.country && event.target?.country)
        count(counts, `${event.source.country}|${event.target.country}`);
    }
  };
  add(stored);
  // One chunk at a time: spreading the generator would code and hold every chunk first.
  for (const docs of grown) add(docs);
  const [from = '', to = ''] = largest(counts).split('|');
  return [from, to];
}

function routesFor(docs: CodedDocument[], longDocument: CodedDocument, dyad: [string, string]): Route[] {
  const events = docs.flatMap((d) => d.events);
  const country = mostCommon(
    events.flatMap((e) => [e.source.country, e.target?.country].filter((c): c is string => !!c)),
  );
  const root = mostCommon(events.map((e) => e.action.root));
  const first = events[0];
  const doc = docs.find((d) => d.events.length > 0)?.doc ?? '';
  const byDoc = (key: string) => `/events?doc=${encodeURIComponent(key)}&limit=100`;
  return [
    { route: 'GET /events', path: '/events?limit=100' },
    { route: 'GET /events?actor=', path: `/events?actor=${country}&limit=100` },
    { route: 'GET /events?root=', path: `/events?root=${root}&limit=100` },
    { route: 'GET /events?source=&target=', path: `/events?source=${dyad[0]}&target=${dyad[1]}&limit=100` },
    { route: 'GET /events?doc=', path: byDoc(longDocument.doc) },
    { route: 'GET /events?doc= (one article)', path: byDoc(doc), info: true },
    { route: 'GET /events/{id}', path: `/events/${first?.id ?? 'none'}` },
    { route: 'GET /documents?status=', path: '/documents?status=PARSED&limit=100' },
    { route: 'GET /stats/timeline', path: `/stats/timeline?actor=${country}&interval=day` },
  ];
}

/** Generated documents, coded, from article `offset` on: the bulk of the big tables. */
export type DocumentSource = (count: number, offset: number) => CodedDocument[];

/** How far the table has grown: events stored, and the next generated article to store. */
interface TableState {
  events: number;
  nextArticle: number;
}

const GROW_CHUNK = 100;

/** The documents that take the table from `state` to `targetEvents`, a chunk at a time; `state` follows. */
function* growth(
  state: TableState,
  targetEvents: number,
  source: DocumentSource,
): Generator<CodedDocument[]> {
  while (state.events < targetEvents) {
    // A generated article codes to about nine events; small chunks near the target keep it close.
    const count = Math.min(GROW_CHUNK, Math.max(1, Math.ceil((targetEvents - state.events) / 9)));
    const docs = source(count, state.nextArticle);
    state.nextArticle += count;
    state.events += docs.reduce((s, d) => s + d.events.length, 0);
    yield docs;
  }
}

/**
 * Grows the table in `dir` to at least `targetEvents` events through the store, with dynalite's
 * actions driven in-process (direct-dynamo.ts): the same items as over HTTP, fast enough for 100k.
 */
async function growTable(
  dir: string,
  state: TableState,
  targetEvents: number,
  source: DocumentSource,
): Promise<void> {
  const direct = openDirectDynamo(dir);
  try {
    const store = new DynamoEventStore(direct.client, BENCH_TABLE);
    for (const docs of growth(state, targetEvents, source)) await putDocuments(store, docs);
  } finally {
    await direct.close();
  }
}

async function measureRoutes(
  app: ReturnType<typeof createQueryApp>,
  meter: CapacityMeter,
  routes: Route[],
  repeats: number,
): Promise<RouteCapacity[]> {
  const out: RouteCapacity[] = [];
  for (const { route, path, info } of routes) {
    const times: number[] = [];
    let last: Omit<RouteCapacity, 'medianMs' | 'p95Ms'> | undefined;
    for (let r = 0; r < repeats; r++) {
      meter.reset();
      const start = performance.now();
      const response = await app.request(path);
      const body = await response.text();
      times.push(performance.now() - start);
      const totals = meter.reset();
      const responseBytes = Buffer.byteLength(body);
      let returned = 1;
      try {
        const json = JSON.parse(body) as Record<string, unknown>;
        for (const key of ['events', 'documents', 'items', 'buckets']) {
          if (Array.isArray(json[key])) returned = (json[key] as unknown[]).length;
        }
      } catch {
        returned = 0;
      }
      const minimumRcu = Math.max(1, Math.ceil(responseBytes / 4096)) * 0.5;
      last = {
        route,
        path,
        ...(info ? { info } : {}),
        status: response.status,
        responseBytes,
        returned,
        rcu: totals.rcu,
        minimumRcu,
        ratio: ratio(totals.rcu, minimumRcu),
        itemsRead: totals.itemsRead,
        requests: totals.requests,
      };
    }
    if (last) out.push({ ...last, medianMs: median(times), p95Ms: percentile(times, 95) });
  }
  return out;
}

/**
 * Writes are metered over HTTP on `sample`; then `longDocument` is stored, the table is grown to
 * each of `tableEvents` and every route is measured over HTTP against it (dynalite on disk, serving
 * what was loaded).
 */
export async function measureCapacity(options: {
  dir: string;
  sample: CodedDocument[];
  /** A document of over 100 events, so that `?doc=` is measured on a page of 100 like the others. */
  longDocument: CodedDocument;
  tableEvents: [number, number];
  source: DocumentSource;
  repeats: number;
}): Promise<CapacityResult> {
  const { dir, sample, source, repeats } = options;
  const { longDocument } = options;
  const events = sample.reduce((s, d) => s + d.events.length, 0);
  const documents = sample.length;
  const state: TableState = { events: events + longDocument.events.length, nextArticle: 0 };
  const stored = [...sample, longDocument];
  const dyad = busiestDyad(stored, growth({ ...state }, options.tableEvents[1], source));
  const routes = routesFor(sample, longDocument, dyad);

  const writes = await serving(dir, async (store, meter) => {
    await putDocuments(store, sample);
    const totals = meter.reset();
    // Outside the metered sample: one long article would skew the cost per ordinary article.
    await putDocuments(store, [longDocument]);
    const wcu = totals.tableWcu + totals.indexWcu;
    return {
      documents,
      events,
      wcu,
      wcuPerEvent: wcu / Math.max(1, events),
      wcuPerDocument: wcu / Math.max(1, documents),
      itemsPerEvent: totals.itemsWritten / Math.max(1, events),
      bytesPerEvent: totals.bytesWritten / Math.max(1, events),
      rcuPerDocument: totals.rcu / Math.max(1, documents),
      requestsPerDocument: totals.requests / Math.max(1, documents),
      totals,
    } satisfies WriteCapacity;
  });

  const measureAt = async (target: number) => {
    const started = performance.now();
    await growTable(dir, state, target, source);
    const loadMs = performance.now() - started;
    const rows = await serving(dir, (store, meter) =>
      measureRoutes(createQueryApp({ store }), meter, routes, repeats),
    );
    return { events: state.events, loadMs, rows };
  };
  const small = await measureAt(options.tableEvents[0]);
  const large = await measureAt(options.tableEvents[1]);
  return {
    writes,
    routes: large.rows,
    scaling: {
      smallEvents: small.events,
      largeEvents: large.events,
      loadMs: small.loadMs + large.loadMs,
      rows: [small.rows, large.rows],
      table: small.rows.map((row, i) => {
        const big = large.rows[i];
        const perReturned = (r: RouteCapacity | undefined) => (r ? r.itemsRead / Math.max(1, r.returned) : 0);
        return {
          route: row.route,
          smallItemsRead: row.itemsRead,
          smallReturned: row.returned,
          largeItemsRead: big?.itemsRead ?? 0,
          largeReturned: big?.returned ?? 0,
          ratio: ratio(perReturned(big), perReturned(row)),
        };
      }),
    },
  };
}

/** dynalite serving `dir` over HTTP while `use` runs, with a metered client and a store on it. */
async function serving<T>(
  dir: string,
  use: (store: DynamoEventStore, meter: CapacityMeter) => Promise<T>,
): Promise<T> {
  const dynamo = await startDynalite(dir);
  const meter = new CapacityMeter();
  const client = meter.attach(makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint }));
  try {
    meter.reset();
    return await use(new DynamoEventStore(client, BENCH_TABLE), meter);
  } finally {
    client.destroy();
    await dynamo.stop();
  }
}
