import type { ExcludedEntry } from '../../lambdas/core/dictionaries/types';
import { nameTokens } from '../../lambdas/core/text/tokens';

/** Minified JSON with object keys in insertion order; callers sort arrays so re-runs are byte-equal. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Names as the coder looks them up: each one's tokens (nameTokens) joined by single spaces, without
 * duplicates or empties. The Lambda then splits a name on spaces at cold start instead of
 * tokenizing some 20,000 names, about 35 ms of every ingest cold start.
 */
export function matchForms(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => nameTokens(name).join(' ')))].filter((form) => form !== '');
}

/**
 * excluded.json keeps every reason with its count and a sample of entries (the full list would be
 * far larger than the data it explains).
 */
export function summariseExclusions(excluded: ExcludedEntry[], samplePerReason: number): ExcludedEntry[] {
  const byReason = new Map<string, ExcludedEntry[]>();
  for (const e of excluded) byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e]);
  const out: ExcludedEntry[] = [];
  for (const [reason, entries] of [...byReason].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push({ entry: `(${entries.length} entries)`, reason });
    const sorted = [...entries].sort((a, b) => a.entry.localeCompare(b.entry));
    const step = Math.max(1, Math.floor(sorted.length / samplePerReason));
    for (let i = 0; i < sorted.length && out.length >= 0; i += step) {
      const e = sorted[i];
      if (e) out.push(e);
      if (Math.floor(i / step) + 1 >= samplePerReason) break;
    }
  }
  return out;
}
