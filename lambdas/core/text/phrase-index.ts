/**
 * A dictionary of multi-word phrases keyed by first token, answering "which entries start here, and
 * how long is the longest?" in time proportional to the candidates for one token.
 */
export interface PhraseMatch<T> {
  length: number;
  values: T[];
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { tokens: string[]; values: T[] }[]>();
  size = 0;

  add(tokens: string[], value: T): void {
    const first = tokens[0];
    if (first === undefined) return;
    let bucket = this.byFirst.get(first);
    if (!bucket) {
      bucket = [];
      this.byFirst.set(first, bucket);
    }
    const existing = bucket.find((entry) => sameTokens(entry.tokens, tokens));
    if (existing) {
      if (!existing.values.includes(value)) existing.values.push(value);
      return;
    }
    bucket.push({ tokens, values: [value] });
    this.size++;
  }

  /** The longest entry matching `words` from position `at`, or null. */
  longestAt(words: readonly string[], at: number): PhraseMatch<T> | null {
    const bucket = this.byFirst.get(words[at] ?? '');
    if (!bucket) return null;
    let best: PhraseMatch<T> | null = null;
    for (const entry of bucket) {
      const length = entry.tokens.length;
      if (best && length <= best.length) continue;
      if (matchesAt(words, at, entry.tokens)) best = { length, values: entry.values };
    }
    return best;
  }
}

function sameTokens(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

function matchesAt(words: readonly string[], at: number, tokens: string[]): boolean {
  if (at + tokens.length > words.length) return false;
  for (let i = 0; i < tokens.length; i++) if (words[at + i] !== tokens[i]) return false;
  return true;
}
