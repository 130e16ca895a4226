/**
 * Measurement 1 (coder throughput) and the second half of 5 (coder time against article length).
 * Both run on this thread only, so "one core" is literal.
 */
import { codeDocument } from '../lambdas/core';
import { cleanText } from '../lambdas/core/steps/clean-text';
import { readHeader } from '../lambdas/core/steps/read-header';
import { splitSentences } from '../lambdas/core/steps/split-sentences';
import { type Article, generateArticle } from './corpus';
import { linearFit, median, ratio } from './stats';

export interface CoderThroughput {
  articles: number;
  bytes: number;
  sentences: number;
  events: number;
  /** Full coding (codeDocument), ms. */
  codeMs: number;
  /** Baseline: readHeader + cleanText + splitSentences over the same corpus, ms. */
  splitMs: number;
  sentencesPerSecond: number;
  megabytesPerSecond: number;
  splitSentencesPerSecond: number;
  /** codeMs / splitMs: how many times the cost of cleaning and splitting alone coding is. */
  ratio: number;
  /** Articles coded (and split) before the measured corpus, not counted in it. */
  warmUpArticles: number;
  /** Coding the warm-up articles, the first of the process, ms. */
  warmUpCodeMs: number;
  /** What as many articles cost once warm: codeMs per measured article times warmUpArticles. */
  warmUpSteadyMs: number;
}

const CHUNK_ARTICLES = 50;

function splitOnly(article: Article): number {
  const header = readHeader(article.text);
  return splitSentences(cleanText(header.body)).length;
}

/**
 * Throughput once warm. A fresh process codes its first articles several times slower (V8 compiles
 * the coder's and chrono's hot paths as they run; the first 50 articles took 230 ms against 30 ms
 * once warm), so both paths first run over `warmUp`, articles of their own; what that costs is kept
 * (warmUpCodeMs) and shown in a row of its own instead of being spread over the throughput.
 */
export function measureCoderThroughput(corpus: Article[], warmUp: Article[]): CoderThroughput {
  const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  for (const article of warmUp) splitOnly(article);
  const warmUpStart = performance.now();
  for (const article of warmUp) codeDocument(article.text, { doc: article.key });
  const warmUpCodeMs = performance.now() - warmUpStart;
  // Split and code alternate in chunks of articles, so the machine's drift (it is shared and noisy)
  // hits the baseline and the coder alike instead of whichever ran second.
  let sentences = 0;
  let events = 0;
  let splitMs = 0;
  let codeMs = 0;
  for (let at = 0; at < corpus.length; at += CHUNK_ARTICLES) {
    const chunk = corpus.slice(at, at + CHUNK_ARTICLES);
    const splitStart = performance.now();
    for (const article of chunk) sentences += splitOnly(article);
    const codeStart = performance.now();
    for (const article of chunk) events += codeDocument(article.text, { doc: article.key }).events.length;
    codeMs += performance.now() - codeStart;
    splitMs += codeStart - splitStart;
  }

  return {
    articles: corpus.length,
    bytes,
    sentences,
    events,
    codeMs,
    splitMs,
    sentencesPerSecond: sentences / (codeMs / 1000),
    megabytesPerSecond: bytes / 1024 / 1024 / (codeMs / 1000),
    splitSentencesPerSecond: sentences / (splitMs / 1000),
    ratio: ratio(codeMs, splitMs),
    warmUpArticles: warmUp.length,
    warmUpCodeMs,
    warmUpSteadyMs: (codeMs / corpus.length) * warmUp.length,
  };
}

export interface LengthPoint {
  bytes: number;
  ms: number;
  events: number;
  /** ms per KB: flat when coding is linear in length. */
  msPerKb: number;
}

export interface LengthScaling {
  points: LengthPoint[];
  /** Least-squares ms per KB over all points. */
  slopeMsPerKb: number;
  r2: number;
  /** ms/KB of the largest article over ms/KB of the smallest: ~1 when linear, >>1 when quadratic. */
  largestOverSmallest: number;
}

/**
 * Coder time per article at each length. Every length codes about the same volume: one 1 MB
 * article, or a thousand different 1 KB ones (the same article a thousand times would sit in the
 * CPU caches and look faster than any real stream). The lengths take turns, round after round
 * (at least 3, and at least `minMs` of coding each), so the machine's drift hits them alike; the
 * median round is kept.
 */
export function measureLengthScaling(sizes: number[], minMs = 500): LengthScaling {
  const volume = Math.max(...sizes);
  const lengths = sizes.map((size, i) => {
    const count = Math.max(1, Math.round(volume / size));
    const articles = Array.from({ length: count }, (_, n) => generateArticle(900_000 + i * 10_000 + n, size));
    const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / count;
    const codeAll = () => {
      let events = 0;
      for (const article of articles)
        events += codeDocument(article.text, { doc: article.key }).events.length;
      return events / count;
    };
    return { count, bytes, codeAll, events: codeAll(), times: [] as number[], spent: 0 };
  });
  while (lengths.some((length) => length.times.length < 3 || length.spent < minMs)) {
    for (const length of lengths) {
      const start = performance.now();
      length.codeAll();
      const ms = performance.now() - start;
      length.times.push(ms);
      length.spent += ms;
    }
  }
  const points: LengthPoint[] = lengths.map(({ count, bytes, events, times }) => {
    const ms = median(times) / count;
    return { bytes, ms, events, msPerKb: ms / (bytes / 1024) };
  });
  const fit = linearFit(points.map((p) => ({ x: p.bytes / 1024, y: p.ms })));
  const first = points[0];
  const last = points[points.length - 1];
  return {
    points,
    slopeMsPerKb: fit.slope,
    r2: fit.r2,
    largestOverSmallest: first && last ? ratio(last.msPerKb, first.msPerKb) : Number.NaN,
  };
}

export interface AdversarialCase {
  name: string;
  bytes: number;
  ms: number;
}

const MB = 1024 * 1024;
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** Inputs shaped to trip regex backtracking or quadratic scans, 1 MB each (issue 5: each under a second). */
export function adversarialInputs(bytes = MB): { name: string; text: string }[] {
  return [
    ['repeated capitalised words', fill('Foreign Minister General Secretary ', bytes)],
    ['quotes and apostrophes', fill(`"'" '' "`, bytes)],
    ['abbreviations', fill('U.S. Gen. Mr. Jan. a.m. ', bytes)],
    ['one sentence without punctuation', fill('word ', bytes)],
    ['tags that never close', fill('<div <a href="', bytes)],
    ['country names joined by and', fill('Egypt and Qatar and ', bytes)],
  ].map(([name = '', body = '']) => ({ name, text: ` date 2024-02-07 ${body}` }));
}

export function measureAdversarial(bytes = MB): AdversarialCase[] {
  return adversarialInputs(bytes).map(({ name, text }) => {
    const start = performance.now();
    codeDocument(text, { doc: 'adversarial.txt' });
    return { name, bytes: Buffer.byteLength(text), ms: performance.now() - start };
  });
}
