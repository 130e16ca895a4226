/**
 * `npm run bench [-- --quick]`: every measurement of issue 6, one table, bench/results.json.
 * Each figure is a ratio against a baseline measured in the same run, or a count that does not
 * depend on the machine. Sizes are flags so the same code runs tiny in tests.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { codeDocument } from '../lambdas/core';
import { bundle } from './bundle';
import { type CapacityResult, measureCapacity } from './capacity';
import type { CoderChildInput } from './coder-child';
import type { AdversarialCase, CoderThroughput, LengthScaling } from './coder-throughput';
import { bundleAll, type ColdStartResult, measureColdStarts } from './cold-start';
import { generateArticle, generateCorpus } from './corpus';
import { type CostResult, estimateCost, PRICES } from './cost';
import { type EndToEndResult, measureEndToEnd } from './end-to-end';
import { type MemoryResult, measureMemory } from './memory';
import { ratio, round, shownRatio } from './stats';

/** infra/stack.ts memorySize settings. */
export const INGEST_MEMORY_MB = 1024;
export const QUERY_MEMORY_MB = 512;

export interface BenchOptions {
  coderArticles: number;
  /** Articles coded first and not counted in row 1 (shown in a row of their own). */
  coderWarmUpArticles: number;
  coldRepeats: number;
  e2eDocuments: number;
  /** Documents whose writes are metered over HTTP (write capacity per event). */
  capacityDocuments: number;
  /**
   * One generated article this long is stored beside them, so that `?doc=` reads a page of 100
   * (about 5 events per KB) like the other routes; an ordinary article's few events are shown too.
   */
  longDocumentBytes: number;
  /** Events in the two tables every read route is measured against (issue 4: 100,000). */
  tableEvents: [number, number];
  lengthSizes: number[];
  largeArticleBytes: number;
  batchCount: number;
  batchArticleBytes: number;
  routeRepeats: number;
  /** Size of each adversarial input (issue 5: a 1 MB one codes in under a second). */
  adversarialBytes: number;
}

/**
 * The default run: about 2 minutes on two cores. dynalite writes a few thousand items a second and
 * an event is about 40 items, so the end-to-end and read-route tables are smaller than the issues'
 * (see ISSUE_SIZES and the README); the flags below change single sizes.
 */
export const FULL: BenchOptions = {
  coderArticles: 10_000,
  coderWarmUpArticles: 200,
  coldRepeats: 5,
  e2eDocuments: 60,
  capacityDocuments: 30,
  longDocumentBytes: 32 * 1024,
  tableEvents: [1_000, 10_000],
  lengthSizes: [1024, 10 * 1024, 100 * 1024, 1024 * 1024],
  largeArticleBytes: 5 * 1024 * 1024,
  batchCount: 10,
  batchArticleBytes: 100 * 1024,
  routeRepeats: 20,
  adversarialBytes: 1024 * 1024,
};

export const QUICK: BenchOptions = {
  coderArticles: 200,
  coderWarmUpArticles: 20,
  coldRepeats: 1,
  e2eDocuments: 6,
  capacityDocuments: 4,
  longDocumentBytes: 2 * 1024,
  tableEvents: [40, 80],
  lengthSizes: [1024, 10 * 1024, 50 * 1024],
  largeArticleBytes: 200 * 1024,
  batchCount: 2,
  batchArticleBytes: 20 * 1024,
  routeRepeats: 1,
  adversarialBytes: 32 * 1024,
};

/**
 * The issues' own sizes (`--issue-sizes`): 2,000 articles end to end and tables of 10,000 and
 * 100,000 events. dynalite makes this a run of about half an hour on two cores, so it is not the
 * default; the README shows the latest default run, docs/performance-history.md the latest of
 * these.
 */
export const ISSUE_SIZES: BenchOptions = {
  ...FULL,
  e2eDocuments: 2_000,
  tableEvents: [10_000, 100_000],
};

export interface Row {
  measurement: string;
  value: string;
  baseline: string;
  ratio: number | null;
  target: string;
  pass: boolean | null;
}

export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  options: BenchOptions;
  coder: CoderThroughput;
  lengthScaling: LengthScaling;
  adversarial: AdversarialCase[];
  coldStart: { ingest: ColdStartResult; query: ColdStartResult };
  endToEnd: EndToEndResult;
  capacity: CapacityResult & { minimumWcuPerEvent: number };
  memory: MemoryResult;
  cost: CostResult;
  rows: Row[];
  footnotes: string[];
  durationMs: number;
}

/** Runs bench/coder-child.ts from its bundle in a fresh `node` and returns what it measured. */
async function measureCoderInChild(
  outDir: string,
  input: CoderChildInput,
): Promise<{ coder: CoderThroughput; lengthScaling: LengthScaling; adversarial: AdversarialCase[] }> {
  const child = await bundle('coder', join(import.meta.dirname, 'coder-child.ts'), outDir);
  const { stdout } = await promisify(execFile)(process.execPath, [child.file, JSON.stringify(input)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
const ms = (value: number) => `${round(value, 0)} ms`;

export async function runBench(
  options: BenchOptions,
  log: (line: string) => void = () => {},
): Promise<BenchResults> {
  const started = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), 'eventwire-bench-'));
  try {
    const bundles = await bundleAll(join(workDir, 'bundles'));
    log(`1. coder throughput over ${options.coderArticles} generated articles; 5b. length; 5c. adversarial`);
    const corpus = generateCorpus(options.coderArticles);
    const { coder, lengthScaling, adversarial } = await measureCoderInChild(join(workDir, 'bundles'), {
      articles: options.coderArticles,
      warmUpArticles: options.coderWarmUpArticles,
      lengthSizes: options.lengthSizes,
      adversarialBytes: options.adversarialBytes,
    });

    log('2. bundles and cold starts');
    const coldStart = await measureColdStarts({ workDir, bundles, repeats: options.coldRepeats });

    log('6. memory');
    const memory = await measureMemory({
      workDir,
      bundles,
      largeBytes: options.largeArticleBytes,
      batchCount: options.batchCount,
      batchBytes: options.batchArticleBytes,
      lambdaMemoryMb: INGEST_MEMORY_MB,
    });

    log(`3. end-to-end ingest of ${options.e2eDocuments} articles`);
    const endToEnd = await measureEndToEnd({ workDir, articles: corpus.slice(0, options.e2eDocuments) });

    log('4/5a. capacity and scaling');
    const start = options.e2eDocuments;
    const small = corpus.slice(start, start + options.capacityDocuments);
    const coded = (docs: typeof corpus) => docs.map((a) => codeDocument(a.text, { doc: a.key }));
    const capacityRaw = await measureCapacity({
      dir: join(workDir, 'capacity'),
      sample: coded(small),
      longDocument: codeDocument(generateArticle(3_000_000, options.longDocumentBytes).text, {
        doc: 'bench/long-article.txt',
      }),
      tableEvents: options.tableEvents,
      // Articles of their own (offset far past the coder's corpus), so no key repeats the sample's.
      source: (count, offset) => coded(generateCorpus(count, 2_000_000 + offset)),
      repeats: options.routeRepeats,
    });
    // The least an event can cost to write: its record once, ceil(record bytes / 1 KB).
    const smallEvents = coded(small).flatMap((d) => d.events);
    const minimumWcuPerEvent =
      smallEvents.reduce((s, e) => s + Math.ceil(Buffer.byteLength(JSON.stringify(e)) / 1024), 0) /
      Math.max(1, smallEvents.length);
    const capacity = { ...capacityRaw, minimumWcuPerEvent };

    const pageRoutes = capacity.routes.filter((r) => r.route.startsWith('GET /events'));
    const cost = estimateCost({
      articlesPerMonth: 1_000_000,
      queriesPerMonth: 1_000_000,
      ingestMsPerArticle: endToEnd.pipelineMs / endToEnd.documents,
      ingestMemoryMb: INGEST_MEMORY_MB,
      batchSize: 10,
      wcuPerArticle: capacity.writes.wcuPerDocument,
      rcuPerArticle: capacity.writes.rcuPerDocument,
      dynamoBytesPerArticle: capacity.writes.totals.bytesWritten / Math.max(1, capacity.writes.documents),
      articleBytes: coder.bytes / coder.articles,
      queryMsPerRequest: pageRoutes.reduce((s, r) => s + r.medianMs, 0) / Math.max(1, pageRoutes.length),
      queryMemoryMb: QUERY_MEMORY_MB,
      rcuPerQuery: pageRoutes.reduce((s, r) => s + r.rcu, 0) / Math.max(1, pageRoutes.length),
    });

    const measured = { coder, lengthScaling, adversarial, coldStart, endToEnd, capacity, memory, cost };
    const rows = buildRows(measured);
    return {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: round(totalmem() / 1024 ** 3, 1),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
      },
      options,
      ...measured,
      rows,
      footnotes: FOOTNOTES,
      durationMs: performance.now() - started,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const FOOTNOTES = [
  "Coder (rows 1 and 5): the coder bundled as the ingest Lambda is (esbuild, minified), run in a fresh `node` process on one core; the split-only baseline runs in the same process over the same corpus. Both first run over warm-up articles of their own, not counted in row 1: what the coder's warm-up costs is the row after it.",
  'Capacity: every DynamoDB request asks for ReturnConsumedCapacity; dynalite computes read units as DynamoDB does (items read before any filter, ceil(bytes/4 KB), x0.5 eventually consistent). It omits GSI copies from write units, so those are added from item sizes (ceil(size/1 KB)).',
  'Route minimum: ceil(response bytes / 4 KB) x 0.5 RCU, at least 0.5 (one eventually consistent read of exactly what the client gets). Write minimum: each event record written once, ceil(record bytes / 1 KB).',
  'Cold start: median over samples of a fresh `node` process (NODE_OPTIONS=--enable-source-maps as the stack sets) from process start to the answer of one event against dynalite/s3rver; baseline: same SDK clients, empty handler. The I/O-alone row runs a handler with those clients that reads the object, writes ten records in one BatchWriteItem and updates one item, with no coder: what any ingest handler pays. The store row runs the real handler once more, cold, on a copy of the article, with the DynamoDB work of its store timed: against dynalite that work costs about the same warm as cold.',
  'End-to-end baseline: the items the pipeline leaves in the table (events, postings, counters, documents), written with BatchWriteItem into a fresh on-disk dynalite, 10 requests at a time like the local queue; median of 3 such runs.',
  'Memory: the ingest handler in a fresh process with DynamoDB stubbed after serialization (requests built, not sent); peak = process.resourceUsage().maxRSS.',
  `Prices: ${PRICES.asOf}; ingest Lambda billed at the measured local per-article time (an upper bound: dynalite is slower than DynamoDB), arm64.`,
];

function buildRows(
  r: Omit<BenchResults, 'rows' | 'generatedAt' | 'machine' | 'options' | 'footnotes' | 'durationMs'>,
): Row[] {
  const rows: Row[] = [];
  const coderPass = r.coder.sentencesPerSecond >= 2000 && r.coder.ratio <= 5;
  rows.push({
    measurement: '1. coder throughput (1 core)',
    value: `${round(r.coder.sentencesPerSecond, 0)} sent/s, ${round(r.coder.megabytesPerSecond, 2)} MB/s`,
    baseline: `split only ${round(r.coder.splitSentencesPerSecond, 0)} sent/s`,
    ratio: shownRatio(r.coder.ratio, 5),
    target: '>= 2000 sent/s, ratio <= 5',
    pass: coderPass,
  });
  rows.push({
    measurement: '1. coder warm-up (fresh process)',
    value: `${ms(r.coder.warmUpCodeMs)} for its first ${r.coder.warmUpArticles} articles`,
    baseline: `${ms(r.coder.warmUpSteadyMs)} for as many once warm`,
    ratio: round(ratio(r.coder.warmUpCodeMs, r.coder.warmUpSteadyMs), 2),
    target: '(info)',
    pass: null,
  });
  for (const [name, limit] of [
    ['ingest', 2 * 1024 * 1024],
    ['query', 750 * 1024],
  ] as const) {
    const c = r.coldStart[name];
    rows.push({
      measurement: `2. ${name} bundle (minified)`,
      value: kb(c.bundleBytes),
      baseline: `${kb(c.baselineBundleBytes)} (empty handler)`,
      ratio: round(ratio(c.bundleBytes, c.baselineBundleBytes), 2),
      target: `<= ${kb(limit)}`,
      pass: c.bundleBytes <= limit,
    });
  }
  for (const name of ['ingest', 'query'] as const) {
    const c = r.coldStart[name];
    rows.push({
      measurement: `2. ${name} cold start`,
      value: `${ms(c.coldMs)} (load ${ms(c.loadMs)})`,
      baseline: `${ms(c.baselineColdMs)} (load ${ms(c.baselineLoadMs)})`,
      ratio: shownRatio(c.ratio, 2),
      target: '<= 2x',
      pass: c.ratio <= 2,
    });
    if (c.ioFloor) {
      rows.push({
        measurement: `2. ${name} cold start, I/O alone`,
        value: `${ms(c.ioFloor.coldMs)} (read the object, 1 batch write, 1 update)`,
        baseline: `${ms(c.baselineColdMs)} (empty handler)`,
        ratio: round(c.ioFloor.ratio, 2),
        target: '(info)',
        pass: null,
      });
    }
    if (c.store) {
      rows.push({
        measurement: `2. ${name} cold start, of which the store`,
        value: `${ms(c.store.storeMs)} in ${c.store.dynamoCalls} DynamoDB calls for ${c.store.events} events`,
        baseline: `${ms(c.store.coldMs)} (the whole cold start of this run)`,
        ratio: round(ratio(c.store.storeMs, c.store.coldMs), 2),
        target: '(info)',
        pass: null,
      });
    }
  }
  rows.push({
    measurement: `3. end-to-end ingest (${r.endToEnd.documents} docs)`,
    value: `${ms(r.endToEnd.pipelineMs)}, ${round(r.endToEnd.documentsPerSecond, 2)} docs/s`,
    baseline: `BatchWriteItem of its ${r.endToEnd.rawItems} items ${ms(r.endToEnd.rawWriteMs)}`,
    ratio: shownRatio(r.endToEnd.ratio, 3),
    target: '<= 3x',
    pass: r.endToEnd.ratio <= 3,
  });
  const w = r.capacity.writes;
  rows.push({
    measurement: '4. write capacity per event',
    value: `${round(w.wcuPerEvent, 1)} WCU (${round(w.itemsPerEvent, 1)} items)`,
    baseline: `${round(r.capacity.minimumWcuPerEvent, 2)} WCU (record once)`,
    ratio: round(ratio(w.wcuPerEvent, r.capacity.minimumWcuPerEvent), 2),
    target: '(stated)',
    pass: null,
  });
  for (const route of r.capacity.routes) {
    const timeline = route.route.includes('timeline');
    rows.push({
      measurement: `4. RCU ${route.route} (${route.returned} returned)`,
      value: `${route.rcu} RCU, ${route.itemsRead} items; p50 ${round(route.medianMs, 1)} ms, p95 ${round(route.p95Ms, 1)} ms`,
      baseline: `${route.minimumRcu} RCU min`,
      ratio: shownRatio(route.ratio, 1.5),
      target: timeline || route.info ? '(info)' : '<= 1.5x',
      pass: timeline || route.info ? null : route.ratio <= 1.5,
    });
  }
  const s = r.capacity.scaling;
  for (const row of s.table) {
    const grows = row.route.includes('timeline') || row.route.includes('documents');
    rows.push({
      measurement: `5. items read ${row.route}`,
      value: `${row.largeItemsRead} for ${row.largeReturned} @ ${s.largeEvents} events`,
      baseline: `${row.smallItemsRead} for ${row.smallReturned} @ ${s.smallEvents} events`,
      ratio: shownRatio(row.ratio, 1.1),
      target: grows ? '(info)' : '<= 1.1x',
      pass: grows ? null : row.ratio <= 1.1,
    });
  }
  const l = r.lengthScaling;
  const first = l.points[0];
  const last = l.points[l.points.length - 1];
  rows.push({
    measurement: '5. coder time vs length',
    value: `${round(last?.msPerKb ?? 0, 3)} ms/KB @ ${kb(last?.bytes ?? 0)}; slope ${round(l.slopeMsPerKb, 3)} ms/KB`,
    baseline: `${round(first?.msPerKb ?? 0, 3)} ms/KB @ ${kb(first?.bytes ?? 0)}`,
    ratio: shownRatio(l.largestOverSmallest, 1.5),
    target: '~linear (<= 1.5x)',
    pass: l.largestOverSmallest <= 1.5,
  });
  const slowest = [...r.adversarial].sort((a, b) => b.ms - a.ms)[0];
  if (slowest) {
    rows.push({
      measurement: `5. adversarial input, slowest of ${r.adversarial.length}`,
      value: `${round(slowest.ms, 0)} ms for ${kb(slowest.bytes)} (${slowest.name})`,
      baseline: `${round((last?.msPerKb ?? 0) * (slowest.bytes / 1024), 0)} ms for news of that length`,
      ratio: round(ratio(slowest.ms, (last?.msPerKb ?? 0) * (slowest.bytes / 1024)), 2),
      target: '< 1000 ms (1 MB input)',
      pass: slowest.ms < 1000,
    });
  }
  const m = r.memory;
  rows.push({
    measurement: '6. peak RSS ingest',
    value: `${round(m.large.maxRssMb, 0)} MB (${kb(m.large.bytes)}), ${round(m.batch.maxRssMb, 0)} MB (${m.batch.articles} x ${kb(m.batch.bytes / Math.max(1, m.batch.articles))})`,
    baseline: `${round(m.baselineRssMb, 0)} MB empty; of ${m.lambdaMemoryMb} MB`,
    ratio: shownRatio(m.ratio, 0.5),
    target: '< 0.5 of memory',
    pass: m.ratio < 0.5 && m.large.failures === 0 && m.batch.failures === 0,
  });
  rows.push({
    measurement: '7. cost, 1M articles + 1M queries/month',
    value: `$${round(r.cost.totalUsd, 2)}/month`,
    baseline: `$${round(r.cost.usdPerThousandArticles, 3)} per 1k articles`,
    ratio: null,
    target: `(prices ${PRICES.asOf})`,
    pass: null,
  });
  return rows;
}

export function renderTable(rows: Row[]): string {
  const header = ['measurement', 'value', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map((row) => [
    row.measurement,
    row.value,
    row.baseline,
    row.ratio === null ? '-' : String(row.ratio),
    row.target,
    row.pass === null ? 'info' : row.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

function parseArgs(argv: string[]): BenchOptions {
  const options = {
    ...(argv.includes('--quick') ? QUICK : argv.includes('--issue-sizes') ? ISSUE_SIZES : FULL),
  };
  const numeric: (keyof BenchOptions)[] = [
    'coderArticles',
    'coderWarmUpArticles',
    'coldRepeats',
    'e2eDocuments',
    'capacityDocuments',
  ];
  for (const key of numeric) {
    const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const at = argv.indexOf(flag);
    if (at >= 0 && argv[at + 1] !== undefined) (options[key] as number) = Number(argv[at + 1]);
  }
  const tables = argv.indexOf('--table-events');
  const [small, large] = (argv[tables + 1] ?? '').split(',').map(Number);
  if (tables >= 0 && small && large) options.tableEvents = [small, large];
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const results = await runBench(options, (line) => console.error(`bench: ${line}`));
  const out = new URL('./results.json', import.meta.url);
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(renderTable(results.rows));
  console.log('');
  for (const note of results.footnotes) console.log(`* ${note}`);
  console.log(
    `\n${results.machine.cpus} x ${results.machine.cpuModel}, node ${results.machine.node}; ${round(results.durationMs / 1000, 0)} s; results in bench/results.json`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
