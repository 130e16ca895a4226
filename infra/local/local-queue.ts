/**
 * An in-process stand-in for the SQS queue between S3 and the ingest Lambda, with the behaviour the
 * cloud queue has: batches of up to 10, a short batching window, per-message retries driven by
 * `batchItemFailures`, a dead-letter file after `maxReceiveCount` receives, and (with `journalFile`)
 * messages that outlive the process, as SQS's outlive a Lambda.
 *
 * The journal is a file of JSON lines: a message when it is sent, each receive, the end of a receive
 * that failed (it waits for a retry), and its end (handled, or moved to the dead letters). It is
 * written synchronously, so a message is on disk before the S3 event that made it returns; a process
 * killed at any point (closed terminal, SIGKILL, out of memory) leaves every unfinished message in
 * it. `restore()` queues them again: those not being handled at once, those that were being handled
 * `redeliverAfterMs` after the dead process last wrote anything (as SQS hands a message out again
 * after its visibility timeout). The wait matters: the dead writer still holds its lease on the
 * document's counters, and a retry that came back sooner would find them taken and leave them. A
 * message already received `maxReceiveCount` times goes to the dead letters instead.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface LocalQueueOptions {
  handler: (event: SQSEvent) => Promise<SQSBatchResponse>;
  deadLetterFile: string;
  batchSize?: number;
  batchWindowMs?: number;
  maxReceiveCount?: number;
  /** Base of the exponential backoff between receives of a failed message. */
  retryDelayMs?: number;
  /**
   * Batches handled at once, like the maximum concurrency of an SQS event source mapping. Unset:
   * no cap (every ready batch is handed over at once).
   */
  maxConcurrency?: number;
  onDeadLetter?: (message: SQSRecord) => void;
  /** Called when a failed message is put back for another receive (tests count queue-level retries). */
  onRetry?: (message: SQSRecord, receives: number) => void;
  /** Keeps unfinished messages across processes (see the header). Unset: in memory only. */
  journalFile?: string;
  /**
   * After a restart, how long a message that was being handled stays invisible, counted from the
   * later of its receive and the dead process's last write (`restore`'s `lastActivityAt`). Default
   * 130 s: the store's counter lease (2 minutes) and a margin.
   */
  redeliverAfterMs?: number;
}

interface Pending {
  record: SQSRecord;
  receives: number;
  visibleAt: number;
  /**
   * Time of the receive under way (kept in the journal: a restart waits out its visibility). Unset
   * once that receive has ended, so a queued message that has it is one restored from a receive that
   * died with its process.
   */
  receivedAt?: number;
}

type JournalLine =
  | { sent: string; body: string; at: number }
  | { received: string; at: number }
  /** A receive that finished without ending the message (it failed and waits for a retry). */
  | { released: string }
  | { ended: string };

/** What `restore()` found: messages queued again at once, and those waiting out a dead receive. */
export interface RestoredMessages {
  ready: number;
  delayed: number;
  /** When the last delayed message becomes visible (ms since the epoch), or null. */
  delayedUntil: number | null;
}

/** Rewrite the journal once this many messages have ended since it was last rewritten. */
const COMPACT_AFTER_ENDED = 2_000;

export class LocalQueue {
  private readonly pending: Pending[] = [];
  /** Messages handed to the handler and not yet ended or put back. */
  private readonly handling = new Set<Pending>();
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerDueAt = 0;
  private idleWaiters: { done: () => boolean; resolve: () => void }[] = [];
  private settledWaiters: (() => void)[] = [];
  private closed = false;
  /**
   * Dead-letter file operations run one after another: a redrive reads then truncates the file, and
   * an append landing in between would be truncated with it and lost.
   */
  private deadLetterChain: Promise<unknown> = Promise.resolve();
  private readonly options: Required<
    Omit<LocalQueueOptions, 'onDeadLetter' | 'onRetry' | 'maxConcurrency' | 'journalFile'>
  > &
    Pick<LocalQueueOptions, 'onDeadLetter' | 'onRetry' | 'maxConcurrency' | 'journalFile'>;
  private endedSinceCompaction = 0;

  constructor(options: LocalQueueOptions) {
    this.options = {
      batchSize: 10,
      batchWindowMs: 50,
      maxReceiveCount: 5,
      retryDelayMs: 200,
      redeliverAfterMs: 130_000,
      ...options,
    };
  }

  send(body: string): void {
    const messageId = randomUUID();
    const sentAt = Date.now();
    this.journal({ sent: messageId, body, at: sentAt });
    this.pending.push({ receives: 0, visibleAt: sentAt, record: sqsRecord(messageId, body, sentAt) });
    this.schedule(this.options.batchWindowMs);
  }

  /**
   * Queues again what the journal holds unfinished from an earlier process (call it once, before
   * sending), and rewrites the journal to hold only those.
   */
  restore(options: { lastActivityAt?: number } = {}): RestoredMessages {
    const file = this.options.journalFile;
    const restored: RestoredMessages = { ready: 0, delayed: 0, delayedUntil: null };
    if (!file) return restored;
    const unfinished = new Map<
      string,
      { body: string; at: number; receives: number; receivedAt: number | null }
    >();
    for (const line of readJournal(file)) {
      if ('sent' in line) {
        unfinished.set(line.sent, { body: line.body, at: line.at, receives: 0, receivedAt: null });
      } else if ('received' in line) {
        const message = unfinished.get(line.received);
        if (message) {
          message.receives++;
          message.receivedAt = line.at;
        }
      } else if ('released' in line) {
        const message = unfinished.get(line.released);
        if (message) message.receivedAt = null;
      } else unfinished.delete(line.ended);
    }
    const now = Date.now();
    const wait = this.options.redeliverAfterMs;
    for (const [messageId, message] of unfinished) {
      // Received as often as allowed: what SQS does on the next receive, a dead letter. A message
      // that kills the process that handles it would otherwise come back at every start.
      if (message.receives >= this.options.maxReceiveCount) {
        appendFileSync(this.options.deadLetterFile, deadLetterLine(message.body));
        continue;
      }
      // Died mid-receive: the dead writer's lease was taken at its last write at the latest, which
      // `lastActivityAt` (the newest write the dead process left on disk) bounds from above.
      const visibleAt =
        message.receivedAt === null
          ? now
          : Math.min(now, Math.max(message.receivedAt, options.lastActivityAt ?? 0)) + wait;
      if (visibleAt > now) {
        restored.delayed++;
        restored.delayedUntil = Math.max(restored.delayedUntil ?? 0, visibleAt);
      } else restored.ready++;
      const record = sqsRecord(messageId, message.body, message.at);
      record.attributes.ApproximateReceiveCount = String(message.receives);
      const item: Pending = {
        receives: message.receives,
        visibleAt,
        record,
        ...(message.receivedAt === null ? {} : { receivedAt: message.receivedAt }),
      };
      this.pending.push(item);
    }
    this.compact();
    if (this.pending.length > 0) {
      this.schedule(
        Math.min(...this.pending.map((item) => item.visibleAt)) - now + this.options.batchWindowMs,
      );
    }
    return restored;
  }

  /**
   * Resolves when nothing is queued or being handled. With `exceptRestored`, messages a killed
   * process left mid-receive (restored, still waiting out their visibility) do not count: they can
   * be minutes away.
   */
  idle(options: { exceptRestored?: boolean } = {}): Promise<void> {
    const done = () => this.isIdle(options.exceptRestored ?? false);
    if (done()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push({ done, resolve }));
  }

  private isIdle(exceptRestored: boolean): boolean {
    if (this.inFlight > 0) return false;
    const now = Date.now();
    return this.pending.every(
      (item) => exceptRestored && item.receivedAt !== undefined && item.visibleAt > now,
    );
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Stops handing out batches and resolves once the batches being handled have finished. With a
   * journal, queued messages stay in it for the next start, so a stop does not wait for a backlog
   * (or for a restored message's visibility); without one they would be lost, so it drains first.
   */
  async close(): Promise<void> {
    if (!this.options.journalFile) await this.idle();
    this.closed = true;
    this.stop();
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.settledWaiters.push(resolve));
  }

  /** Moves every dead letter back onto the queue (what `npm run redrive` does locally). */
  async redrive(): Promise<number> {
    const bodies = await this.withDeadLetterFile(async () => {
      const text = await readFile(this.options.deadLetterFile, 'utf8').catch(() => '');
      const lines = text.split('\n').filter(Boolean);
      if (lines.length > 0) await writeFile(this.options.deadLetterFile, '');
      return lines.map((line) => (JSON.parse(line) as { body: string }).body);
    });
    for (const body of bodies) this.send(body);
    return bodies.length;
  }

  private withDeadLetterFile<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.deadLetterChain.then(operation);
    this.deadLetterChain = result.catch(() => undefined);
    return result;
  }

  private schedule(delay: number): void {
    if (this.closed) return;
    const dueAt = Date.now() + Math.max(0, delay);
    // An earlier deadline replaces a later one: a new message is not held behind a restored
    // message's visibility or a long retry backoff.
    if (this.timer) {
      if (dueAt >= this.timerDueAt) return;
      clearTimeout(this.timer);
    }
    this.timerDueAt = dueAt;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.pump();
      },
      Math.max(0, delay),
    );
  }

  private async pump(): Promise<void> {
    if (this.closed) return;
    // At the cap, the delivery in flight schedules the next pump when it finishes.
    if (this.inFlight >= (this.options.maxConcurrency ?? Number.POSITIVE_INFINITY)) return;
    const now = Date.now();
    const ready = this.pending.filter((item) => item.visibleAt <= now).slice(0, this.options.batchSize);
    for (const item of ready) this.pending.splice(this.pending.indexOf(item), 1);
    if (ready.length > 0) {
      this.inFlight++;
      // With a cap, fill it: a backlog is handed over as that many batches at once, not one by one.
      const cap = this.options.maxConcurrency;
      if (cap !== undefined && this.inFlight < cap && this.pending.some((item) => item.visibleAt <= now)) {
        this.schedule(0);
      }
      try {
        await this.deliver(ready);
      } finally {
        this.inFlight--;
        if (this.inFlight === 0) for (const resolve of this.settledWaiters.splice(0)) resolve();
      }
    }
    if (this.pending.length > 0) {
      const next = Math.min(...this.pending.map((item) => item.visibleAt));
      this.schedule(next - Date.now());
    }
    const waiting = this.idleWaiters.splice(0);
    for (const waiter of waiting) {
      if (waiter.done()) waiter.resolve();
      else this.idleWaiters.push(waiter);
    }
  }

  private async deliver(batch: Pending[]): Promise<void> {
    const receivedAt = Date.now();
    for (const item of batch) {
      item.receives++;
      item.record.attributes.ApproximateReceiveCount = String(item.receives);
      item.receivedAt = receivedAt;
      this.handling.add(item);
      this.journal({ received: item.record.messageId, at: receivedAt });
    }
    let failed: Set<string>;
    try {
      const response = await this.options.handler({ Records: batch.map((item) => item.record) });
      failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
    } catch {
      // A thrown handler fails the whole batch, as Lambda does.
      failed = new Set(batch.map((item) => item.record.messageId));
    }
    for (const item of batch) {
      if (!failed.has(item.record.messageId)) {
        this.end(item);
        continue;
      }
      if (item.receives >= this.options.maxReceiveCount) {
        const line = deadLetterLine(item.record.body);
        await this.withDeadLetterFile(() => appendFile(this.options.deadLetterFile, line));
        // Ended only once the dead letter is on disk: a crash in between keeps it in the journal.
        this.end(item);
        this.options.onDeadLetter?.(item.record);
        continue;
      }
      this.options.onRetry?.(item.record, item.receives);
      const backoff = this.options.retryDelayMs * 2 ** (item.receives - 1);
      item.visibleAt = Date.now() + backoff * (0.5 + Math.random() / 2);
      this.handling.delete(item);
      delete item.receivedAt;
      this.journal({ released: item.record.messageId });
      this.pending.push(item);
    }
  }

  private end(item: Pending): void {
    this.handling.delete(item);
    if (!this.options.journalFile) return;
    this.journal({ ended: item.record.messageId });
    // Rewritten once the ended outnumber the live: linear in all, however long the backlog.
    const live = this.pending.length + this.handling.size;
    if (++this.endedSinceCompaction >= Math.max(COMPACT_AFTER_ENDED, live)) this.compact();
  }

  private journal(line: JournalLine): void {
    if (this.options.journalFile) appendFileSync(this.options.journalFile, `${JSON.stringify(line)}\n`);
  }

  /** The journal rewritten to the unfinished messages alone (to a new file, then renamed over it). */
  private compact(): void {
    const file = this.options.journalFile;
    if (!file) return;
    this.endedSinceCompaction = 0;
    const live = [...this.pending, ...this.handling.values()];
    const lines = live.flatMap((item) => {
      const sentAt = Number(item.record.attributes.SentTimestamp);
      const out: JournalLine[] = [{ sent: item.record.messageId, body: item.record.body, at: sentAt }];
      // Receives are kept as such: the count survives, and a receive under way keeps its time.
      for (let i = 0; i < item.receives; i++)
        out.push({ received: item.record.messageId, at: item.receivedAt ?? sentAt });
      if (item.receives > 0 && item.receivedAt === undefined) out.push({ released: item.record.messageId });
      return out;
    });
    writeFileSync(`${file}.tmp`, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    renameSync(`${file}.tmp`, file);
  }
}

/** One line of the dead-letter file (read back by `redrive`). */
function deadLetterLine(body: string): string {
  return `${JSON.stringify({ body, failedAt: new Date().toISOString() })}\n`;
}

function sqsRecord(messageId: string, body: string, sentAt: number): SQSRecord {
  return {
    messageId,
    receiptHandle: messageId,
    body,
    attributes: {
      ApproximateReceiveCount: '0',
      SentTimestamp: String(sentAt),
      SenderId: 'LOCAL',
      ApproximateFirstReceiveTimestamp: String(sentAt),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:eventwire-local',
    awsRegion: 'us-east-1',
  };
}

/** The journal's lines; a line cut short by a kill mid-write (the last one) is skipped. */
function readJournal(file: string): JournalLine[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lines: JournalLine[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed && typeof parsed === 'object') lines.push(parsed as JournalLine);
    } catch {
      // Only the last line can be torn. A torn "sent" is a message lost with the process, as an SQS
      // send that never got its answer would be: upload that object again.
    }
  }
  return lines;
}
