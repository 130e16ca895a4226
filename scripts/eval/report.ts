/**
 * Renders scores as plain text: the headline numbers beside their targets, a per-root table and,
 * with --explain, every miss and false alarm. Returns lines so the CLI decides where they go.
 */

import { type Entity, entityKey } from './entity';
import type { Ratio } from './ratio';
import type { DocCase, ScoreSummary } from './score';

export interface Target {
  label: string;
  shown: string;
  goal: string;
  pass: boolean;
}

export function formatRatio(value: Ratio): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

// A ratio that cannot be computed (nothing predicted, nothing to recall) has not met its target.
function atLeast(label: string, value: Ratio, goal: number): Target {
  return {
    label,
    shown: formatRatio(value),
    goal: `>= ${goal.toFixed(2)}`,
    pass: value !== null && value >= goal,
  };
}

export function devTargets(summary: ScoreSummary): Target[] {
  return [
    atLeast('precision', summary.precision, 0.8),
    atLeast('recall (must)', summary.recallMust, 0.8),
    atLeast('date accuracy', summary.dateAccuracy, 0.9),
    {
      label: 'non-event hits',
      shown: String(summary.nonEventHits),
      goal: '= 0',
      pass: summary.nonEventHits === 0,
    },
  ];
}

export function petr2Targets(summary: ScoreSummary): Target[] {
  return [atLeast('F1', summary.f1All, 0.7)];
}

// Short names of the twenty CAMEO roots, so the per-root table reads without the codebook.
const ROOT_NAMES: Record<string, string> = {
  '01': 'public statement',
  '02': 'appeal',
  '03': 'intent to cooperate',
  '04': 'consult',
  '05': 'diplomatic cooperation',
  '06': 'material cooperation',
  '07': 'provide aid',
  '08': 'yield',
  '09': 'investigate',
  '10': 'demand',
  '11': 'disapprove',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'force posture',
  '16': 'reduce relations',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'mass violence',
};

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => cell.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  return [
    pad(header, widths),
    pad(
      widths.map((w) => '-'.repeat(w)),
      widths,
    ),
    ...rows.map((r) => pad(r, widths)),
  ];
}

export function formatTargets(targets: Target[]): string[] {
  return table(
    ['target', 'value', 'goal', ''],
    targets.map((t) => [t.label, t.shown, t.goal, t.pass ? 'PASS' : 'FAIL']),
  );
}

export function formatPerRoot(summary: ScoreSummary): string[] {
  return table(
    ['root', 'name', 'gold', 'pred', 'matched', 'P', 'R'],
    summary.perRoot.map((row) => [
      row.root,
      ROOT_NAMES[row.root] ?? '?',
      String(row.gold),
      String(row.predicted),
      String(row.matched),
      formatRatio(row.precision),
      formatRatio(row.recall),
    ]),
  );
}

export function formatSummary(name: string, summary: ScoreSummary, withMust: boolean): string[] {
  const lines = [
    `== ${name}: ${summary.documents} documents, ${summary.gold} gold events, ${summary.predicted} predicted, ${summary.matched} matched`,
    `precision            ${formatRatio(summary.precision)}  (${summary.matched}/${summary.predicted})`,
  ];
  if (withMust) {
    lines.push(
      `recall (must)        ${formatRatio(summary.recallMust)}  (${summary.matchedMust}/${summary.goldMust})`,
      `recall (all)         ${formatRatio(summary.recallAll)}  (${summary.matched}/${summary.gold})`,
      `F1 (all recall)      ${formatRatio(summary.f1All)}`,
      `F1 (must recall)     ${formatRatio(summary.f1Must)}`,
      `date accuracy        ${formatRatio(summary.dateAccuracy)}  (${summary.dateCorrect}/${summary.dated} matched events dated exactly)`,
      `non-event hits       ${summary.nonEventHits}`,
    );
  } else {
    lines.push(
      `recall               ${formatRatio(summary.recallAll)}  (${summary.matched}/${summary.gold})`,
      `F1                   ${formatRatio(summary.f1All)}`,
    );
  }
  return lines;
}

export function actorLabel(actor: Entity | null): string {
  if (actor === null) return '(none)';
  const key = entityKey(actor) ?? '';
  if (actor.org || key.startsWith('~')) return actor.org ?? `---${actor.role ?? ''}`;
  return `${key}${actor.role ?? ''}`;
}

function quote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/** Every miss and false alarm, grouped by document, for --explain. */
export function formatExplain(docs: DocCase[], summary: ScoreSummary): string[] {
  const lines: string[] = [];
  docs.forEach((doc, d) => {
    const result = summary.results[d];
    if (result === undefined) return;
    const hits = new Map(result.nonEventHits.map((hit) => [hit.prediction, hit.nonEvent]));
    const body: string[] = [];
    if (doc.error) body.push(`  coder failed: ${doc.error}`);
    for (const g of result.misses) {
      const event = doc.gold[g];
      if (event === undefined) continue;
      const where = event.sentence === null ? '' : ` s${event.sentence}`;
      const must = event.must ? ' must' : '';
      const evidence = event.evidence ? ` ${quote(event.evidence)}` : '';
      body.push(
        `  miss${where}${must}: expected ${actorLabel(event.source)} -> ${actorLabel(event.target)} root ${event.root} (${event.code}${event.date ? `, ${event.date}` : ''})${evidence}`,
      );
    }
    for (const p of result.falseAlarms) {
      const prediction = doc.predictions[p];
      if (prediction === undefined) continue;
      const n = hits.get(p);
      const nonEvent = n === undefined ? undefined : doc.nonEvents[n];
      body.push(
        `  false alarm s${prediction.sentence}: ${actorLabel(prediction.source)} -> ${actorLabel(prediction.target)} ${prediction.code} (${prediction.date ?? 'no date'}) ${quote(prediction.text)}`,
      );
      if (nonEvent) body.push(`    listed non-event: ${nonEvent.reason}`);
      if (prediction.why) body.push(`    why: ${prediction.why}`);
    }
    if (body.length > 0) lines.push(`${doc.doc}`, ...body);
  });
  return lines;
}
