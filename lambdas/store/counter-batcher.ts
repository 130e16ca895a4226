/**
 * Merges the counter updates of documents written at the same time. The documents of one SQS
 * batch are written concurrently and mostly count the same items (the `all` month, the big
 * countries, their directory entries): sent one per document, an item shared by ten documents
 * costs ten UpdateItems, each billed on the item's size; merged, one. A merged update adds the
 * sum of the deltas and sets every document's token under one condition (none of those tokens
 * there yet), so it applies all of them or none, and each transition stays applied at most once.
 *
 * When to send: as soon as every writer of the store is waiting here (nobody else can add to
 * the merge), or after `maxWaitMs`, whichever comes first. A lone document is sent at once.
 *
 * A merged send that fails is split: each transition is sent again on its own and settles on its
 * own, so one document's bad update or a crashed retry's token never fails the others.
 */
import type { CounterEntry } from './counters';
import { mapLimit } from './map-limit';

export interface CounterUpdate {
  key: { pk: string; sk: string };
  /** The changes of one transition to this item (one entry per attribute). */
  entries: CounterEntry[];
  /** The transition's token attribute, and its value (`<written at> <doc>`). */
  token: string;
  stamp: string;
}

export interface CounterBatcherOptions {
  /** Sends one update of an item for `updates` (same key, distinct tokens), merged. */
  send: (key: { pk: string; sk: string }, updates: CounterUpdate[]) => Promise<void>;
  /** Longest an update waits for other writers' updates. */
  maxWaitMs: number;
  /** Most transitions merged into one update (the expression grows with each). */
  maxMerged: number;
  /** Most updates one round of sending has in flight at once. */
  concurrency: number;
}

interface Queued {
  update: CounterUpdate;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class CounterBatcher {
  private queued = new Map<string, Queued[]>();
  /** Writes under way (they may still submit), and those of them waiting for a send here. */
  private writers = 0;
  private waiting = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: CounterBatcherOptions) {}

  /** Runs one write; while it runs, others' updates may wait for its own. */
  async track<T>(write: () => Promise<T>): Promise<T> {
    this.writers += 1;
    try {
      return await write();
    } finally {
      this.writers -= 1;
      this.flushIfAllWaiting();
    }
  }

  /** Queues the updates of one transition; resolves once every one of them is applied. */
  submit(updates: CounterUpdate[]): Promise<void> {
    if (updates.length === 0) return Promise.resolve();
    const done = Promise.all(
      updates.map(
        (update) =>
          new Promise<void>((resolve, reject) => {
            const id = `${update.key.pk}\u0000${update.key.sk}`;
            const list = this.queued.get(id);
            const entry = { update, resolve, reject };
            if (list) list.push(entry);
            else this.queued.set(id, [entry]);
          }),
      ),
    );
    this.waiting += 1;
    this.timer ??= setTimeout(() => this.flush(), this.options.maxWaitMs);
    this.flushIfAllWaiting();
    return done.then(() => undefined);
  }

  private flushIfAllWaiting(): void {
    // A write outside `track` (none in the store, but a caller may) counts as one writer.
    if (this.waiting > 0 && this.waiting >= Math.max(this.writers, 1)) this.flush();
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const queued = this.queued;
    this.queued = new Map();
    this.waiting = 0;
    const sends: Queued[][] = [];
    for (const list of queued.values()) sends.push(...this.chunks(list));
    void mapLimit(sends, this.options.concurrency, (group) => this.settle(group));
  }

  /** Groups of at most `maxMerged`, never two updates with one token in a group. */
  private chunks(list: Queued[]): Queued[][] {
    const out: Queued[][] = [];
    for (const entry of list) {
      const group = out.find(
        (g) => g.length < this.options.maxMerged && !g.some((q) => q.update.token === entry.update.token),
      );
      if (group) group.push(entry);
      else out.push([entry]);
    }
    return out;
  }

  /** Sends one group; if it fails and holds several transitions, each is sent again on its own. */
  private async settle(group: Queued[]): Promise<void> {
    try {
      await this.options.send(
        (group[0] as Queued).update.key,
        group.map((q) => q.update),
      );
      for (const q of group) q.resolve();
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      // One transition's failure is not the others': each settles on its own.
      await Promise.all(group.map((q) => this.settle([q])));
    }
  }
}
