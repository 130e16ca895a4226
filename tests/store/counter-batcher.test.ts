/**
 * The counter batcher on its own: which updates it merges, when it sends, and what a failed send
 * rejects. tests/store/exact-counts.test.ts checks the merged updates against DynamoDB.
 */
import { describe, expect, it } from 'vitest';
import { CounterBatcher, type CounterUpdate } from '../../lambdas/store/counter-batcher';

const key = (pk: string) => ({ pk, sk: '2024-02' });

function update(pk: string, token: string): CounterUpdate {
  return { key: key(pk), entries: [{ ...key(pk), attr: 'n06', n: 1 }], token, stamp: `0 ${token}.txt` };
}

/** A batcher whose sends are recorded (item and tokens) and answered by `answer`. */
function recording(
  options: { maxWaitMs?: number; maxMerged?: number; answer?: (tokens: string[]) => void } = {},
) {
  const sends: { pk: string; tokens: string[] }[] = [];
  const batcher = new CounterBatcher({
    send: async (sendKey, updates) => {
      const tokens = updates.map((u) => u.token);
      sends.push({ pk: sendKey.pk, tokens });
      options.answer?.(tokens);
    },
    maxWaitMs: options.maxWaitMs ?? 60_000,
    maxMerged: options.maxMerged ?? 16,
    concurrency: 4,
  });
  return { batcher, sends };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Resolves when `promise` settles, or says it is still waiting after a few turns of the event loop. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('the counter batcher', () => {
  it('sends a lone writer its updates at once, one per item', async () => {
    const { batcher, sends } = recording();
    await batcher.track(() => batcher.submit([update('TM#all', 'xa'), update('TM#actor=USA', 'xa')]));
    expect(sends).toEqual([
      { pk: 'TM#all', tokens: ['xa'] },
      { pk: 'TM#actor=USA', tokens: ['xa'] },
    ]);
  });

  it('merges the updates of writers under way together into one send per item', async () => {
    const { batcher, sends } = recording();
    const gate = deferred();
    const second = batcher.track(async () => {
      await gate.promise;
      await batcher.submit([update('TM#all', 'xb'), update('TM#actor=IRN', 'xb')]);
    });
    const first = batcher.track(async () => {
      await batcher.submit([update('TM#all', 'xa'), update('TM#actor=USA', 'xa')]);
    });
    // The first waits for the second, which is still working.
    expect(await settledSoon(first)).toBe(false);
    expect(sends).toEqual([]);
    gate.resolve();
    await Promise.all([first, second]);
    expect(sends).toEqual([
      { pk: 'TM#all', tokens: ['xa', 'xb'] },
      { pk: 'TM#actor=USA', tokens: ['xa'] },
      { pk: 'TM#actor=IRN', tokens: ['xb'] },
    ]);
  });

  it('sends once a writer that will not submit has finished', async () => {
    const { batcher, sends } = recording();
    const gate = deferred();
    const other = batcher.track(() => gate.promise);
    const counting = batcher.track(() => batcher.submit([update('TM#all', 'xa')]));
    expect(await settledSoon(counting)).toBe(false);
    gate.resolve();
    await Promise.all([counting, other]);
    expect(sends).toEqual([{ pk: 'TM#all', tokens: ['xa'] }]);
  });

  it('waits for other writers no longer than maxWaitMs', async () => {
    const { batcher, sends } = recording({ maxWaitMs: 20 });
    const never = deferred();
    void batcher.track(() => never.promise);
    const started = performance.now();
    await batcher.track(() => batcher.submit([update('TM#all', 'xa')]));
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    expect(sends).toEqual([{ pk: 'TM#all', tokens: ['xa'] }]);
    never.resolve();
  });

  it('never puts one token twice into a send, and at most maxMerged tokens', async () => {
    const { batcher, sends } = recording({ maxMerged: 2 });
    await batcher.submit([update('TM#all', 'xa'), update('TM#all', 'xa'), update('TM#all', 'xb')]);
    const gate = deferred();
    const a = batcher.track(() => batcher.submit(['xc', 'xd', 'xe'].map((t) => update('TM#root=19', t))));
    const b = batcher.track(async () => {
      await gate.promise;
    });
    gate.resolve();
    await Promise.all([a, b]);
    expect(sends.filter((s) => s.pk === 'TM#all')).toEqual([
      { pk: 'TM#all', tokens: ['xa', 'xb'] },
      { pk: 'TM#all', tokens: ['xa'] },
    ]);
    expect(sends.filter((s) => s.pk === 'TM#root=19').map((s) => s.tokens)).toEqual([['xc', 'xd'], ['xe']]);
  });

  it('splits a merged send that fails, and each transition settles on its own', async () => {
    const { batcher, sends } = recording({
      answer: (tokens) => {
        if (tokens.includes('xb')) throw new Error('ValidationException');
      },
    });
    const gate = deferred();
    const a = batcher.track(async () => {
      await gate.promise;
      await batcher.submit([update('TM#all', 'xa')]);
    });
    const b = batcher.track(() => batcher.submit([update('TM#all', 'xb')]));
    gate.resolve();
    await expect(a).resolves.toBeUndefined();
    await expect(b).rejects.toThrow('ValidationException');
    expect(sends.map((s) => s.tokens)).toEqual([['xb', 'xa'], ['xb'], ['xa']]);
  });

  it('sends the updates of a writer that waits once another writer fails', async () => {
    const { batcher, sends } = recording();
    const gate = deferred();
    const failing = batcher.track(async () => {
      await gate.promise;
      throw new Error('S3 read failed');
    });
    const counting = batcher.track(() => batcher.submit([update('TM#all', 'xa')]));
    expect(await settledSoon(counting)).toBe(false);
    gate.resolve();
    await expect(failing).rejects.toThrow('S3 read failed');
    await counting;
    expect(sends).toEqual([{ pk: 'TM#all', tokens: ['xa'] }]);
  });

  it('rejects the transitions of a failed send, and only those', async () => {
    const { batcher } = recording({
      answer: (tokens) => {
        if (tokens.includes('xb')) throw new Error('throttled');
      },
    });
    const gate = deferred();
    const a = batcher.track(async () => {
      await gate.promise;
      await batcher.submit([update('TM#actor=USA', 'xa')]);
    });
    const b = batcher.track(() => batcher.submit([update('TM#actor=IRN', 'xb')]));
    gate.resolve();
    await expect(a).resolves.toBeUndefined();
    await expect(b).rejects.toThrow('throttled');
  });
});
