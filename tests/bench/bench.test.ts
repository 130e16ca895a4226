/**
 * Keeps the bench from rotting: every measurement runs on a tiny input and its result has the right
 * shape, positive numbers, and ratios computed from the two measured numbers. No timing thresholds:
 * the targets are read from bench/results.json, never asserted by a timed test.
 */
import { describe, expect, it } from 'vitest';
import { measureCoderThroughput, measureLengthScaling } from '../../bench/coder-throughput';
import { generateArticle, generateCorpus } from '../../bench/corpus';
import { estimateCost } from '../../bench/cost';
import { QUICK, renderTable, runBench } from '../../bench/run';
import { linearFit, median, ratio, shownRatio } from '../../bench/stats';

describe('bench building blocks', () => {
  it('generates the same corpus every time, with the date header', () => {
    const a = generateCorpus(5);
    expect(generateCorpus(5)).toEqual(a);
    for (const article of a) expect(article.text).toMatch(/^ date \d{4}-\d{2}-\d{2} /);
    expect(Buffer.byteLength(generateArticle(1, 50_000).text)).toBeGreaterThan(45_000);
  });

  it('measures coder throughput against the split-only baseline, after a warm-up it reports apart', () => {
    const result = measureCoderThroughput(generateCorpus(20), generateCorpus(5, 800_000));
    expect(result.articles).toBe(20);
    expect(result.warmUpArticles).toBe(5);
    expect(result.warmUpCodeMs).toBeGreaterThan(0);
    expect(result.warmUpSteadyMs).toBeCloseTo((result.codeMs / 20) * 5);
    expect(result.sentences).toBeGreaterThan(0);
    expect(result.events).toBeGreaterThan(0);
    expect(result.codeMs).toBeGreaterThan(0);
    expect(result.splitMs).toBeGreaterThan(0);
    expect(result.ratio).toBeCloseTo(result.codeMs / result.splitMs);
    expect(result.sentencesPerSecond).toBeCloseTo(result.sentences / (result.codeMs / 1000));
  });

  it('fits coder time against length', () => {
    const result = measureLengthScaling([1024, 4096], 1);
    expect(result.points).toHaveLength(2);
    for (const point of result.points) expect(point.msPerKb).toBeGreaterThan(0);
    expect(
      linearFit([
        { x: 1, y: 2 },
        { x: 2, y: 4 },
      ]).slope,
    ).toBeCloseTo(2);
    expect(median([3, 1, 2])).toBe(2);
    expect(ratio(3, 2)).toBe(1.5);
  });

  it.each([
    [5.003, 5, 5.003],
    [4.996, 5, 5],
    [5.3, 5, 5.3],
    [1.234, 2, 1.23],
  ])('shows %d against a limit of %d as %d, never rounded across the limit', (value, limit, shown) => {
    expect(shownRatio(value, limit)).toBe(shown);
  });

  it('adds up the cost lines', () => {
    const cost = estimateCost({
      articlesPerMonth: 1_000_000,
      queriesPerMonth: 1_000_000,
      ingestMsPerArticle: 100,
      ingestMemoryMb: 1024,
      batchSize: 10,
      wcuPerArticle: 100,
      rcuPerArticle: 1,
      dynamoBytesPerArticle: 10_000,
      articleBytes: 2_000,
      queryMsPerRequest: 50,
      queryMemoryMb: 512,
      rcuPerQuery: 5,
    });
    expect(cost.totalUsd).toBeCloseTo(cost.lines.reduce((s, l) => s + l.usd, 0));
    // 1M x 100 WRU at $0.625 per million.
    expect(cost.lines.find((l) => l.item === 'DynamoDB writes')?.usd).toBeCloseTo(62.5);
    expect(cost.prices.asOf).toMatch(/2025/);
  });
});

describe('the whole bench on a tiny input', () => {
  it('runs every measurement and builds the table', { timeout: 120_000 }, async () => {
    const results = await runBench({
      ...QUICK,
      coderArticles: 20,
      e2eDocuments: 3,
      capacityDocuments: 2,
      lengthSizes: [1024, 4096],
      largeArticleBytes: 20_000,
      batchCount: 2,
      batchArticleBytes: 5_000,
    });
    const { coldStart, endToEnd, capacity, memory } = results;
    for (const c of [coldStart.ingest, coldStart.query]) {
      expect(c.bundleBytes).toBeGreaterThan(c.baselineBundleBytes);
      expect(c.coldMs).toBeGreaterThan(0);
      expect(c.ratio).toBeCloseTo(c.coldMs / c.baselineColdMs);
    }
    // The I/O floor reads the object and writes (the bench checks the bytes read) without the coder.
    const floor = coldStart.ingest.ioFloor;
    expect(floor?.bundleBytes).toBeLessThan(coldStart.ingest.bundleBytes / 2);
    expect(floor?.ratio).toBeCloseTo((floor?.coldMs ?? 0) / coldStart.ingest.baselineColdMs);
    expect(results.rows.find((row) => row.measurement.includes('I/O alone'))?.pass).toBeNull();
    // The store's share is timed inside a cold run of the real handler: part of that run, and shown only.
    const store = coldStart.ingest.store;
    expect(store?.events).toBeGreaterThan(0);
    expect(store?.dynamoCalls).toBeGreaterThan(2);
    expect(store?.storeMs).toBeGreaterThan(0);
    expect(store?.storeMs).toBeLessThan(store?.coldMs ?? 0);
    expect(results.rows.find((row) => row.measurement.includes('of which the store'))?.pass).toBeNull();
    // The coder's warm-up is shown, not judged, and not counted in the throughput.
    expect(results.coder.warmUpArticles).toBe(QUICK.coderWarmUpArticles);
    expect(results.rows.find((row) => row.measurement.includes('coder warm-up'))?.pass).toBeNull();
    expect(endToEnd.verified.parsed).toBe(3);
    expect(endToEnd.verified.events).toBe(endToEnd.verified.expectedEvents);
    expect(endToEnd.ratio).toBeCloseTo(endToEnd.pipelineMs / endToEnd.rawWriteMs);
    expect(capacity.writes.wcuPerEvent).toBeGreaterThan(0);
    expect(capacity.routes.length).toBeGreaterThanOrEqual(8);
    for (const route of capacity.routes) {
      expect(route.status).toBe(200);
      expect(route.rcu).toBeGreaterThan(0);
      expect(route.ratio).toBeCloseTo(route.rcu / route.minimumRcu);
    }
    // ?doc= is judged on the long document's page; an ordinary article's few events are shown only.
    const byDoc = capacity.routes.filter((r) => r.route.startsWith('GET /events?doc='));
    expect(byDoc.map((r) => [r.path.includes('long-article'), r.info ?? false])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(byDoc[0]?.returned).toBeGreaterThan(0);
    // The dyad is the busiest pair of countries in the larger table, so its page is not empty there.
    const dyad = capacity.routes.find((r) => r.route === 'GET /events?source=&target=');
    expect(dyad?.path).toMatch(/source=[A-Z]{3}&target=[A-Z]{3}&/);
    expect(dyad?.returned).toBeGreaterThan(0);
    const judged = (route: string) =>
      results.rows.find((row) => row.measurement.startsWith(`4. RCU ${route} (`));
    expect(judged('GET /events?doc= (one article)')?.pass).toBeNull();
    expect(typeof judged('GET /events?doc=')?.pass).toBe('boolean');
    expect(capacity.scaling.largeEvents).toBeGreaterThan(capacity.scaling.smallEvents);
    expect(memory.large.maxRssMb).toBeGreaterThan(memory.baselineRssMb / 2);
    expect(memory.large.failures).toBe(0);
    expect(results.cost.totalUsd).toBeGreaterThan(0);
    expect(results.rows.length).toBeGreaterThan(10);
    for (const row of results.rows) {
      if (row.ratio !== null) expect(Number.isFinite(row.ratio)).toBe(true);
    }
    expect(renderTable(results.rows).split('\n')).toHaveLength(results.rows.length + 2);
  });
});
