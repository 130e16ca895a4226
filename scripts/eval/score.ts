/**
 * Pure scoring of coded events against gold events: no fs, no coder, so it can be unit-tested on
 * small synthetic documents and reused for every gold set.
 *
 * An event matches a gold event when the source entity, the target entity (see entity.ts) and the
 * CAMEO root agree. Matching is one-to-one and greedy within a document; see `matchDocument`.
 */

import { type Entity, sameEntity } from './entity';
import { f1, type Ratio, ratio } from './ratio';
import { overlaps } from './text-overlap';

export interface GoldEvent {
  source: Entity;
  target: Entity | null;
  code: string;
  root: string;
  /** Whether a coder is required to find it (dev set); every petr2 event counts as required. */
  must: boolean;
  date: string | null;
  sentence: number | null;
  evidence: string | null;
}

/** Something the gold set says is NOT an event (negated, hypothetical, future), though it reads like one. */
export interface NonEvent {
  sentence: number | null;
  evidence: string | null;
  codeIfEvent: string;
  reason: string;
  /** `undefined` when the gold set does not name the actors; then only root and place are compared. */
  source?: Entity | null;
  target?: Entity | null;
}

export interface Prediction {
  source: Entity;
  target: Entity | null;
  code: string;
  root: string;
  date: string | null;
  sentence: number;
  text: string;
  /** What the coder's trace says produced it, for --explain. */
  why?: string | null;
}

export interface DocCase {
  doc: string;
  gold: GoldEvent[];
  nonEvents: NonEvent[];
  predictions: Prediction[];
  /** Set when the coder failed on the document; its gold events then all count as misses. */
  error?: string | null;
}

export interface MatchedPair {
  prediction: number;
  gold: number;
}

export interface NonEventHit {
  prediction: number;
  nonEvent: number;
}

export interface DocumentResult {
  doc: string;
  pairs: MatchedPair[];
  /** Indices of gold events no prediction matched. */
  misses: number[];
  /** Indices of predictions that matched no gold event. */
  falseAlarms: number[];
  /** False alarms that are a listed non-event; a subset of `falseAlarms`. */
  nonEventHits: NonEventHit[];
}

export interface RootRow {
  root: string;
  gold: number;
  predicted: number;
  matched: number;
  precision: Ratio;
  recall: Ratio;
}

export interface ScoreSummary {
  documents: number;
  predicted: number;
  gold: number;
  goldMust: number;
  matched: number;
  matchedMust: number;
  /** Matched pairs whose gold event has a date, and how many of those the coder dated exactly. */
  dated: number;
  dateCorrect: number;
  nonEventHits: number;
  precision: Ratio;
  recallMust: Ratio;
  recallAll: Ratio;
  f1All: Ratio;
  f1Must: Ratio;
  dateAccuracy: Ratio;
  perRoot: RootRow[];
  results: DocumentResult[];
}

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

const DAY_MS = 86_400_000;

function dayDistance(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number.POSITIVE_INFINITY;
  const diff = Math.abs(Date.parse(a) - Date.parse(b));
  return Number.isNaN(diff) ? Number.POSITIVE_INFINITY : Math.round(diff / DAY_MS);
}

/**
 * Same sentence by index, or by the coder's sentence containing the gold evidence: the coder's
 * splitter and cleaner may number sentences differently from the labeling guide, so the text is the
 * more reliable of the two signals.
 */
function sameSentence(prediction: Prediction, gold: GoldEvent): boolean {
  if (gold.sentence !== null && prediction.sentence === gold.sentence) return true;
  return gold.evidence !== null && overlaps(prediction.text, gold.evidence);
}

export function isMatch(prediction: Prediction, gold: GoldEvent): boolean {
  return (
    prediction.root === gold.root &&
    sameEntity(prediction.source, gold.source) &&
    sameEntity(prediction.target, gold.target)
  );
}

interface Candidate {
  prediction: number;
  gold: number;
  sameSentence: boolean;
  days: number;
  must: boolean;
}

/**
 * Pairs every admissible (prediction, gold) first, then takes them best-first, each side at most
 * once. Preference: the same sentence, then the closest date, then a `must` gold event (so a
 * prediction that could explain either a required or an optional event is credited to the
 * required one), then document order for a deterministic result.
 */
export function matchDocument(doc: DocCase): DocumentResult {
  const candidates: Candidate[] = [];
  doc.predictions.forEach((prediction, p) => {
    doc.gold.forEach((gold, g) => {
      if (!isMatch(prediction, gold)) return;
      candidates.push({
        prediction: p,
        gold: g,
        sameSentence: sameSentence(prediction, gold),
        days: dayDistance(prediction.date, gold.date),
        must: gold.must,
      });
    });
  });
  candidates.sort(
    (a, b) =>
      Number(b.sameSentence) - Number(a.sameSentence) ||
      compareDays(a.days, b.days) ||
      Number(b.must) - Number(a.must) ||
      a.gold - b.gold ||
      a.prediction - b.prediction,
  );

  const usedPredictions = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const candidate of candidates) {
    if (usedPredictions.has(candidate.prediction) || usedGold.has(candidate.gold)) continue;
    usedPredictions.add(candidate.prediction);
    usedGold.add(candidate.gold);
    pairs.push({ prediction: candidate.prediction, gold: candidate.gold });
  }
  pairs.sort((a, b) => a.gold - b.gold);

  const misses = doc.gold.map((_, g) => g).filter((g) => !usedGold.has(g));
  const falseAlarms = doc.predictions.map((_, p) => p).filter((p) => !usedPredictions.has(p));
  const nonEventHits: NonEventHit[] = [];
  for (const p of falseAlarms) {
    const prediction = doc.predictions[p];
    if (prediction === undefined) continue;
    const n = doc.nonEvents.findIndex((nonEvent) => hitsNonEvent(prediction, nonEvent));
    if (n >= 0) nonEventHits.push({ prediction: p, nonEvent: n });
  }
  return { doc: doc.doc, pairs, misses, falseAlarms, nonEventHits };
}

function compareDays(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * A prediction "is" a listed non-event when it has the root the non-event would have had, the same
 * actors where the gold set names them (many non-events name none), and comes from the same place
 * in the text. The place is judged by the evidence phrase when both texts are there, because the
 * coder's sentence numbering may differ from the guide's; the sentence index is the fallback only
 * when there is no text to compare. Only predictions that matched no gold event are considered: a
 * prediction credited to a real event is not also an error.
 */
export function hitsNonEvent(prediction: Prediction, nonEvent: NonEvent): boolean {
  if (prediction.root !== rootOf(nonEvent.codeIfEvent)) return false;
  if (nonEvent.source !== undefined && !sameEntity(prediction.source, nonEvent.source)) return false;
  if (nonEvent.target !== undefined && !sameEntity(prediction.target, nonEvent.target)) return false;
  if (nonEvent.evidence && prediction.text.trim() !== '') return overlaps(prediction.text, nonEvent.evidence);
  return nonEvent.sentence !== null && prediction.sentence === nonEvent.sentence;
}

export function scoreDocuments(docs: DocCase[]): ScoreSummary {
  const results = docs.map(matchDocument);
  const roots = new Map<string, { gold: number; predicted: number; matched: number }>();
  const rootRow = (root: string) => {
    let row = roots.get(root);
    if (row === undefined) {
      row = { gold: 0, predicted: 0, matched: 0 };
      roots.set(root, row);
    }
    return row;
  };

  let predicted = 0;
  let gold = 0;
  let goldMust = 0;
  let matched = 0;
  let matchedMust = 0;
  let dated = 0;
  let dateCorrect = 0;
  let nonEventHits = 0;

  docs.forEach((doc, d) => {
    const result = results[d];
    if (result === undefined) return;
    predicted += doc.predictions.length;
    gold += doc.gold.length;
    goldMust += doc.gold.filter((event) => event.must).length;
    nonEventHits += result.nonEventHits.length;
    for (const event of doc.gold) rootRow(event.root).gold++;
    for (const prediction of doc.predictions) rootRow(prediction.root).predicted++;
    for (const pair of result.pairs) {
      const goldEvent = doc.gold[pair.gold];
      const prediction = doc.predictions[pair.prediction];
      if (goldEvent === undefined || prediction === undefined) continue;
      matched++;
      if (goldEvent.must) matchedMust++;
      rootRow(goldEvent.root).matched++;
      if (goldEvent.date !== null) {
        dated++;
        if (prediction.date === goldEvent.date) dateCorrect++;
      }
    }
  });

  const precision = ratio(matched, predicted);
  const recallMust = ratio(matchedMust, goldMust);
  const recallAll = ratio(matched, gold);
  const perRoot = [...roots.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([root, row]) => ({
      root,
      ...row,
      precision: ratio(row.matched, row.predicted),
      recall: ratio(row.matched, row.gold),
    }));

  return {
    documents: docs.length,
    predicted,
    gold,
    goldMust,
    matched,
    matchedMust,
    dated,
    dateCorrect,
    nonEventHits,
    precision,
    recallMust,
    recallAll,
    f1All: f1(precision, recallAll),
    f1Must: f1(precision, recallMust),
    dateAccuracy: ratio(dateCorrect, dated),
    perRoot,
    results,
  };
}
