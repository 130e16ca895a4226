/**
 * The local queue's journal: notifications outlive the process that queued them, as SQS messages
 * outlive a Lambda. "Killing" a queue here means dropping it without close(), which is all a killed
 * process leaves behind: the journal file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalQueue, type LocalQueueOptions } from '../../infra/local/local-queue';
import { makeTempDir, removeDir } from './local-stack-fixture';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('queue-journal');
});
afterEach(async () => {
  await removeDir(dir);
});

const journalFile = () => join(dir, 'queue.jsonl');

function recordingQueue(options: Partial<LocalQueueOptions> = {}) {
  const received: SQSRecord[] = [];
  const queue = new LocalQueue({
    deadLetterFile: join(dir, 'dead-letters.jsonl'),
    journalFile: journalFile(),
    batchWindowMs: 0,
    retryDelayMs: 1,
    handler: async (event: SQSEvent): Promise<SQSBatchResponse> => {
      received.push(...event.Records);
      return { batchItemFailures: [] };
    },
    ...options,
  });
  return { queue, received };
}

/** A queue whose handler takes the batch and never answers: the process dies while handling it. */
function dyingQueue() {
  let taken: () => void = () => {};
  const receivedOnce = new Promise<void>((resolve) => {
    taken = resolve;
  });
  const queue = new LocalQueue({
    deadLetterFile: join(dir, 'dead-letters.jsonl'),
    journalFile: journalFile(),
    batchWindowMs: 0,
    handler: () => {
      taken();
      return new Promise<SQSBatchResponse>(() => {});
    },
  });
  return { queue, receivedOnce };
}

async function journalLines(): Promise<unknown[]> {
  const text = await readFile(journalFile(), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}

describe('the local queue journal', () => {
  it('hands out at once, after a restart, the messages a killed process had queued', async () => {
    const before = recordingQueue({ batchWindowMs: 60_000 });
    for (const body of ['a', 'b', 'c']) before.queue.send(body);
    before.queue.stop(); // killed: nothing was received

    const after = recordingQueue();
    expect(after.queue.restore()).toEqual({ ready: 3, delayed: 0, delayedUntil: null });
    await after.queue.idle();
    expect(after.received.map((r) => [r.body, r.attributes.ApproximateReceiveCount])).toEqual([
      ['a', '1'],
      ['b', '1'],
      ['c', '1'],
    ]);
    expect(before.received).toEqual([]);
  });

  it('holds back a message that was being handled until its visibility has passed since that receive', async () => {
    const dying = dyingQueue();
    dying.queue.send('mid-receive');
    await dying.receivedOnce;
    const diedAt = Date.now();
    dying.queue.stop();

    const after = recordingQueue({ redeliverAfterMs: 400 });
    const restored = after.queue.restore();
    expect(restored).toMatchObject({ ready: 0, delayed: 1 });
    expect(restored.delayedUntil).toBeGreaterThanOrEqual(diedAt + 400 - 50);
    // Not handed out yet, and a wait that leaves restored messages aside does not wait for it.
    await after.queue.idle({ exceptRestored: true });
    expect(after.received).toEqual([]);

    await after.queue.idle();
    const [message] = after.received;
    expect(message?.body).toBe('mid-receive');
    expect(message?.attributes.ApproximateReceiveCount).toBe('2');
    expect(Date.now()).toBeGreaterThanOrEqual(restored.delayedUntil ?? 0);
  });

  it('hands out a new message at once while a restored one waits out its visibility', async () => {
    const dying = dyingQueue();
    dying.queue.send('mid-receive');
    await dying.receivedOnce;
    dying.queue.stop();

    const after = recordingQueue({ redeliverAfterMs: 60_000 });
    expect(after.queue.restore()).toMatchObject({ ready: 0, delayed: 1 });
    after.queue.send('new');
    await after.queue.idle({ exceptRestored: true });
    expect(after.received.map((r) => r.body)).toEqual(['new']);
    after.queue.stop();
  });

  it("counts the wait from the dead process's last write when that came after the receive", async () => {
    const dying = dyingQueue();
    dying.queue.send('mid-receive');
    await dying.receivedOnce;
    dying.queue.stop();
    const lastActivityAt = Date.now() + 5_000; // a later write (clamped to now: it cannot be in the future)
    const after = recordingQueue({ redeliverAfterMs: 1_000 });
    const { delayedUntil } = after.queue.restore({ lastActivityAt });
    expect(delayedUntil).toBeGreaterThanOrEqual(Date.now() + 1_000 - 100);
    expect(delayedUntil).toBeLessThanOrEqual(Date.now() + 1_000);
    after.queue.stop();
  });

  it('moves a message received maxReceiveCount times to the dead letters instead of restoring it', async () => {
    const id = 'poison';
    const lines = [{ sent: id, body: 'kills its handler', at: Date.now() }];
    for (let n = 0; n < 3; n++) lines.push({ received: id, at: Date.now() } as never);
    await writeFile(journalFile(), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const after = recordingQueue({ maxReceiveCount: 3 });
    expect(after.queue.restore()).toEqual({ ready: 0, delayed: 0, delayedUntil: null });
    const deadLetters = await readFile(join(dir, 'dead-letters.jsonl'), 'utf8');
    expect(JSON.parse(deadLetters.trim())).toMatchObject({ body: 'kills its handler' });
    expect(await journalLines()).toEqual([]);
  });

  it('does not hold back a message whose failed receive had ended, waiting for its retry', async () => {
    let failed: () => void = () => {};
    const failedOnce = new Promise<void>((resolve) => {
      failed = resolve;
    });
    const failing = recordingQueue({
      retryDelayMs: 60_000,
      handler: async (event) => {
        setImmediate(failed);
        return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
      },
    });
    failing.queue.send('retry me');
    await failedOnce;
    await failing.queue.close();

    const after = recordingQueue();
    expect(after.queue.restore()).toEqual({ ready: 1, delayed: 0, delayedUntil: null });
    await after.queue.idle();
    expect(after.received.map((r) => [r.body, r.attributes.ApproximateReceiveCount])).toEqual([
      ['retry me', '2'],
    ]);
  });

  it('forgets messages that were handled or moved to the dead letters', async () => {
    const first = recordingQueue({
      maxReceiveCount: 1,
      handler: async (event) => ({
        batchItemFailures: event.Records.filter((r) => r.body === 'bad').map((r) => ({
          itemIdentifier: r.messageId,
        })),
      }),
    });
    first.queue.send('good');
    first.queue.send('bad');
    await first.queue.idle();
    await first.queue.close();
    const deadLetters = (await readFile(join(dir, 'dead-letters.jsonl'), 'utf8')).trim().split('\n');
    expect(deadLetters.map((line) => (JSON.parse(line) as { body: string }).body)).toEqual(['bad']);

    const after = recordingQueue();
    expect(after.queue.restore()).toEqual({ ready: 0, delayed: 0, delayedUntil: null });
    expect(await journalLines()).toEqual([]);
  });

  it('skips a last line torn by the kill and restores the rest', async () => {
    await writeFile(
      journalFile(),
      `${JSON.stringify({ sent: 'm1', body: 'whole', at: Date.now() })}\n{"sent":"m2","bo`,
    );
    const after = recordingQueue();
    expect(after.queue.restore()).toEqual({ ready: 1, delayed: 0, delayedUntil: null });
    await after.queue.idle();
    expect(after.received.map((r) => r.body)).toEqual(['whole']);
  });

  it('stops without draining: what is still queued waits in the journal', async () => {
    const before = recordingQueue({ batchWindowMs: 60_000 });
    before.queue.send('later');
    await before.queue.close();
    expect(await journalLines()).toEqual([
      { sent: expect.any(String), body: 'later', at: expect.any(Number) },
    ]);
  });

  it('rewrites the journal down to the unfinished messages as it goes', async () => {
    const queue = recordingQueue();
    for (let n = 0; n < 2_100; n++) queue.queue.send(`m${n}`);
    await queue.queue.idle();
    expect(queue.received).toHaveLength(2_100);
    // 3 lines a message (sent, received, ended) without the rewrite: over 6,000.
    expect((await journalLines()).length).toBeLessThan(400);
  });
});
