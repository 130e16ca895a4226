/**
 * An in-process stand-in for the SQS queue between S3 and the ingest Lambda, with the behaviour the
 * cloud queue has: batches of up to 10, a short batching window, per-message retries driven by
 * `batchItemFailures`, and a dead-letter file after `maxReceiveCount` receives.
 */
import { randomUUID } from 'node:crypto';
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
}

interface Pending {
  record: SQSRecord;
  receives: number;
  visibleAt: number;
}

export class LocalQueue {
  private readonly pending: Pending[] = [];
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private idleWaiters: (() => void)[] = [];
  /**
   * Dead-letter file operations run one after another: a redrive reads then truncates the file, and
   * an append landing in between would be truncated with it and lost.
   */
  private deadLetterChain: Promise<unknown> = Promise.resolve();
  private readonly options: Required<Omit<LocalQueueOptions, 'onDeadLetter' | 'onRetry' | 'maxConcurrency'>> &
    Pick<LocalQueueOptions, 'onDeadLetter' | 'onRetry' | 'maxConcurrency'>;

  constructor(options: LocalQueueOptions) {
    this.options = { batchSize: 10, batchWindowMs: 50, maxReceiveCount: 5, retryDelayMs: 200, ...options };
  }

  send(body: string): void {
    const messageId = randomUUID();
    this.pending.push({
      receives: 0,
      visibleAt: Date.now(),
      record: {
        messageId,
        receiptHandle: messageId,
        body,
        attributes: {
          ApproximateReceiveCount: '0',
          SentTimestamp: String(Date.now()),
          SenderId: 'LOCAL',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:eventwire-local',
        awsRegion: 'us-east-1',
      },
    });
    this.schedule(this.options.batchWindowMs);
  }

  /** Resolves when nothing is queued or being handled. */
  idle(): Promise<void> {
    if (this.pending.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
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
    if (this.timer) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.pump();
      },
      Math.max(0, delay),
    );
  }

  private async pump(): Promise<void> {
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
      }
    }
    if (this.pending.length > 0) {
      const next = Math.min(...this.pending.map((item) => item.visibleAt));
      this.schedule(next - Date.now());
    } else if (this.inFlight === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async deliver(batch: Pending[]): Promise<void> {
    for (const item of batch) {
      item.receives++;
      item.record.attributes.ApproximateReceiveCount = String(item.receives);
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
      if (!failed.has(item.record.messageId)) continue;
      if (item.receives >= this.options.maxReceiveCount) {
        const line = `${JSON.stringify({ body: item.record.body, failedAt: new Date().toISOString() })}\n`;
        await this.withDeadLetterFile(() => appendFile(this.options.deadLetterFile, line));
        this.options.onDeadLetter?.(item.record);
        continue;
      }
      this.options.onRetry?.(item.record, item.receives);
      const backoff = this.options.retryDelayMs * 2 ** (item.receives - 1);
      item.visibleAt = Date.now() + backoff * (0.5 + Math.random() / 2);
      this.pending.push(item);
    }
  }
}
