/**
 * A dictionary of multi-word phrases as a token trie: "which entries start here, and how long is the
 * longest?" costs one map lookup per token of the match, however many phrases share a first word
 * (the agents dictionary has ~570 phrases starting with "minister").
 */
export interface PhraseMatch<T> {
  length: number;
  values: T[];
}

interface TrieNode<T> {
  /** Null on the leaves (two thirds of the nodes): fewer maps to build at every cold start. */
  children: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

function node<T>(): TrieNode<T> {
  return { children: null, values: null };
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = node();
  size = 0;

  add(tokens: string[], value: T): void {
    if (tokens.length === 0) return;
    let current = this.root;
    for (const token of tokens) {
      current.children ??= new Map();
      let next = current.children.get(token);
      if (!next) {
        next = node();
        current.children.set(token, next);
      }
      current = next;
    }
    if (!current.values) {
      current.values = [];
      this.size++;
    }
    if (!current.values.includes(value)) current.values.push(value);
  }

  /** The longest entry matching `words` from position `at`, or null. */
  longestAt(words: readonly string[], at: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    let current: TrieNode<T> | undefined = this.root;
    for (let i = at; i < words.length; i++) {
      current = current.children?.get(words[i] ?? '');
      if (!current) break;
      if (current.values) best = { length: i - at + 1, values: current.values };
    }
    return best;
  }
}
