/**
 * A dictionary of multi-word phrases as a token trie: "which entries start here, and how long is the
 * longest?" costs one map lookup per token of the match, however many phrases share a first word
 * (the agents dictionary has ~570 phrases starting with "minister").
 *
 * The trie grows one first word at a time, on the first lookup of that word. The names dictionary
 * holds about 20,000 phrases under some 10,000 first words and an article looks up a few hundred,
 * so a cold start (a new Lambda environment, or `npm run parse`) builds a few percent of the trie
 * instead of all of it.
 */
export interface PhraseMatch<T> {
  length: number;
  values: T[];
}

interface TrieNode<T> {
  /** Null on the leaves (two thirds of the nodes). */
  children: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

function node<T>(): TrieNode<T> {
  return { children: null, values: null };
}

/** A phrase waiting for its first word's branch to be built: the words after the first, and its value. */
interface Pending<T> {
  rest: string;
  value: T;
}

export class PhraseIndex<T> {
  /**
   * By first word: its branch once built, or until then the phrases waiting for it. One map, so a
   * word no phrase starts with (most words of a text) costs one lookup.
   */
  private readonly byFirstWord = new Map<string, TrieNode<T> | Pending<T>[]>();

  /** Adds a phrase given as its words joined by single spaces, as the dictionary data stores them. */
  add(phrase: string, value: T): void {
    if (phrase === '') return;
    const space = phrase.indexOf(' ');
    const first = space < 0 ? phrase : phrase.slice(0, space);
    const rest = space < 0 ? '' : phrase.slice(space + 1);
    const entry = this.byFirstWord.get(first);
    if (entry === undefined) this.byFirstWord.set(first, [{ rest, value }]);
    else if (Array.isArray(entry)) entry.push({ rest, value });
    else addBelow(entry, rest, value);
  }

  /** The longest entry matching `words` from position `at`, or null. */
  longestAt(words: readonly string[], at: number): PhraseMatch<T> | null {
    const first = words[at];
    if (first === undefined) return null;
    const entry = this.byFirstWord.get(first);
    if (entry === undefined) return null;
    let current: TrieNode<T> | undefined = Array.isArray(entry) ? this.build(first, entry) : entry;
    let best: PhraseMatch<T> | null = current.values ? { length: 1, values: current.values } : null;
    for (let i = at + 1; i < words.length; i++) {
      current = current.children?.get(words[i] ?? '');
      if (!current) break;
      if (current.values) best = { length: i - at + 1, values: current.values };
    }
    return best;
  }

  /** Builds the branch of a first word on its first lookup. */
  private build(first: string, waiting: Pending<T>[]): TrieNode<T> {
    const branch = node<T>();
    // In the order added: a node's values keep the order of the dictionary data.
    for (const { rest, value } of waiting) addBelow(branch, rest, value);
    this.byFirstWord.set(first, branch);
    return branch;
  }
}

function addBelow<T>(branch: TrieNode<T>, rest: string, value: T): void {
  let current = branch;
  if (rest !== '') {
    for (const token of rest.split(' ')) {
      current.children ??= new Map();
      let next = current.children.get(token);
      if (!next) {
        next = node();
        current.children.set(token, next);
      }
      current = next;
    }
  }
  current.values ??= [];
  if (!current.values.includes(value)) current.values.push(value);
}
