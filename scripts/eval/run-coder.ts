/**
 * Runs the project's coder over gold documents and turns its event records into scorer predictions.
 * The coder is imported lazily so a missing or broken core gives one clear message, not a stack trace
 * from module loading.
 */

import type { CodedDocument, EventRecord, TraceEntry } from '../../lambdas/core/types';
import type { GoldDocument } from './gold-sets';
import type { DocCase, Prediction } from './score';

type CodeDocument = (
  text: string,
  options: { doc: string; fallbackDate?: string; explain?: boolean },
) => CodedDocument;

export async function loadCoder(): Promise<CodeDocument> {
  const core = await import('../../lambdas/core');
  return core.codeDocument;
}

/** The trace lines that produced events in a sentence, to say why a false alarm was emitted. */
function whyProduced(trace: TraceEntry[], sentence: number): string | null {
  const lines = trace
    .filter((entry) => entry.sentence === sentence && entry.outcome === 'produced')
    .map((entry) => `${entry.step}/${entry.rule}: ${entry.detail}`);
  return lines.length > 0 ? lines.join('; ') : null;
}

export function toPrediction(record: EventRecord, trace: TraceEntry[]): Prediction {
  return {
    source: { country: record.source.country, org: record.source.org, role: record.source.role },
    target: record.target
      ? { country: record.target.country, org: record.target.org, role: record.target.role }
      : null,
    code: record.action.code,
    root: record.action.root,
    date: record.date,
    sentence: record.sentence,
    text: record.text,
    why: whyProduced(trace, record.sentence),
  };
}

export function codeGoldDocuments(
  codeDocument: CodeDocument,
  documents: GoldDocument[],
  explain: boolean,
): DocCase[] {
  return documents.map((document) => {
    const base = { doc: document.doc, gold: document.gold, nonEvents: document.nonEvents };
    try {
      const coded = codeDocument(document.text, {
        doc: document.doc,
        fallbackDate: document.published,
        explain,
      });
      return { ...base, predictions: coded.events.map((record) => toPrediction(record, coded.trace)) };
    } catch (error) {
      // One document the coder cannot handle must not hide the scores of the others.
      return { ...base, predictions: [], error: error instanceof Error ? error.message : String(error) };
    }
  });
}
