import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type Contribution,
  contributionDelta,
  contributionOf,
  decodeContribution,
  encodeContribution,
} from '../../lambdas/store/counters';
import { counterDays, counterKey, counterPartition } from '../../lambdas/store/keys';
import { makeEvent } from '../fixtures/events';

/** `pk|sk|attr` -> count, for readable expectations. */
function counts(contribution: Contribution): Record<string, number> {
  return Object.fromEntries([...contribution.values()].map((e) => [`${e.pk}|${e.sk}|${e.attr}`, e.n]));
}

describe('month counters', () => {
  const events = [
    makeEvent({ source: 'RUSGOV', target: 'UKRGOV', date: '2024-03-05' }),
    makeEvent({ source: 'UKRGOV', target: 'RUSGOV', date: '2024-03-05' }),
    makeEvent({ source: 'RUSGOV', target: 'UKRGOV', date: '2024-03-28' }),
    makeEvent({ source: 'RUSGOV', target: 'UKRGOV', date: '2024-04-02' }),
  ];
  const contribution = counts(contributionOf(events));

  it("keeps an actor's own, source and target counts of one month in one item", () => {
    const march = `${counterPartition('actor', 'RUSGOV', 2024)}|2024-03`;
    expect(contribution).toMatchObject({
      [`${march}|a05`]: 2,
      [`${march}|s05`]: 1,
      [`${march}|t05`]: 1,
      [`${march}|a28`]: 1,
      [`${march}|s28`]: 1,
      [`${counterPartition('actor', 'RUSGOV', 2024)}|2024-04|s02`]: 1,
    });
    expect(contribution[`${march}|t28`]).toBeUndefined();
  });

  it('counts everything and each root in items of their own', () => {
    expect(contribution[`${counterPartition('all', '*', 2024)}|2024-03|n05`]).toBe(2);
    expect(contribution[`${counterPartition('root', '04', 2024)}|2024-04|r02`]).toBe(1);
  });

  it('reads back the days of one facet from a month item', () => {
    const item = { a05: 2, s05: 1, t05: 1, a28: 1, s28: 1, x1a2b: 1 };
    expect(counterDays('source', '2024-03', item)).toEqual([
      ['2024-03-05', 1],
      ['2024-03-28', 1],
    ]);
    expect(counterDays('actor', '2024-03', item)).toEqual([
      ['2024-03-05', 2],
      ['2024-03-28', 1],
    ]);
  });

  it('gives every counted facet its own letter, so no two share an attribute', () => {
    const letters = (['all', 'actor', 'source', 'target', 'root'] as const).map(
      (facet) => counterKey(facet, 'X', '2024-03-05').attr[0],
    );
    expect(new Set(letters).size).toBe(letters.length);
  });

  it('refuses a facet that has no counter', () => {
    expect(() => counterKey('dyad', 'USA>IRN', '2024-03-05')).toThrow(/no day counter/);
  });

  it('survives encoding', () => {
    const original = contributionOf(events);
    expect(counts(decodeContribution(encodeContribution(original)))).toEqual(counts(original));
  });

  it('takes back the day counters of a contribution stored before month items', () => {
    // The row layout of earlier versions: [pk, sk, n] for a day counter, [pk, sk, n, name, code]
    // for the actor directory, both counted in attribute `n`.
    const old = gzipSync(
      JSON.stringify([
        ['T#actor=RUSGOV#2024', '2024-03-05', 2],
        ['ACTORS#C#R', 'RUSGOV', 2, '', 'RUSGOV'],
      ]),
    );
    const decoded = decodeContribution(old);
    expect(counts(decoded)).toEqual({ 'T#actor=RUSGOV#2024|2024-03-05|n': 2, 'ACTORS#C#R|RUSGOV|n': 2 });
    const delta = contributionDelta(decoded, contributionOf(events.slice(0, 1)));
    const byKey = Object.fromEntries(delta.map((e) => [`${e.pk}|${e.sk}|${e.attr}`, e.n]));
    expect(byKey['T#actor=RUSGOV#2024|2024-03-05|n']).toBe(-2);
    expect(byKey['ACTORS#C#R|RUSGOV|n']).toBe(-1);
    expect(byKey[`${counterPartition('actor', 'RUSGOV', 2024)}|2024-03|a05`]).toBe(1);
  });
});
