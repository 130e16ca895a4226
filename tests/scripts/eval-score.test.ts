import { describe, expect, it } from 'vitest';
import type { Entity } from '../../scripts/eval/entity';
import { f1, ratio } from '../../scripts/eval/ratio';
import {
  type DocCase,
  type GoldEvent,
  hitsNonEvent,
  matchDocument,
  type NonEvent,
  type Prediction,
  scoreDocuments,
} from '../../scripts/eval/score';

const gov = (country: string): Entity => ({ country, org: null, role: 'GOV' });
const mil = (country: string): Entity => ({ country, org: null, role: 'MIL' });
const org = (code: string): Entity => ({ country: null, org: code, role: 'IGO' });
const unknown = (role: string): Entity => ({ country: null, org: null, role });

function gold(overrides: Partial<GoldEvent> = {}): GoldEvent {
  return {
    source: gov('EGY'),
    target: gov('USA'),
    code: '040',
    root: '04',
    must: true,
    date: '2024-02-06',
    sentence: 0,
    evidence: null,
    ...overrides,
  };
}

function predicted(overrides: Partial<Prediction> = {}): Prediction {
  return {
    source: gov('EGY'),
    target: gov('USA'),
    code: '040',
    root: '04',
    date: '2024-02-06',
    sentence: 0,
    text: '',
    ...overrides,
  };
}

function doc(parts: Partial<DocCase>): DocCase {
  return { doc: 'd.txt', gold: [], nonEvents: [], predictions: [], ...parts };
}

describe('matching a prediction to a gold event', () => {
  it.each([
    ['same countries and root, different roles', predicted({ source: mil('EGY') }), gold(), true],
    ['a different CAMEO code under the same root', predicted({ code: '042' }), gold(), true],
    ['a different root', predicted({ code: '051', root: '05' }), gold(), false],
    ['swapped source and target', predicted({ source: gov('USA'), target: gov('EGY') }), gold(), false],
    [
      'the same international organisation',
      predicted({ source: org('UNO') }),
      gold({ source: org('UNO') }),
      true,
    ],
    [
      'an organisation whose record also carries a country',
      predicted({ source: { country: 'USA', org: 'NATO', role: 'IGO' } }),
      gold({ source: org('NATO') }),
      true,
    ],
    [
      'a country where gold has an organisation',
      predicted({ source: gov('USA') }),
      gold({ source: org('UNO') }),
      false,
    ],
    ['a null target for a null target', predicted({ target: null }), gold({ target: null }), true],
    ['a null target for a named target', predicted({ target: null }), gold(), false],
    ['a named target for a null target', predicted(), gold({ target: null }), false],
    [
      'an unknown actor of the same role',
      predicted({ source: unknown('REB') }),
      gold({ source: unknown('REB') }),
      true,
    ],
    [
      'an unknown actor of another role',
      predicted({ source: unknown('GOV') }),
      gold({ source: unknown('REB') }),
      false,
    ],
  ])('%s -> %s', (_name, prediction, goldEvent, expected) => {
    const result = matchDocument(doc({ gold: [goldEvent], predictions: [prediction] }));
    expect(result.pairs.length === 1).toBe(expected);
  });

  it('matches each gold event at most once, leaving a duplicate prediction as a false alarm', () => {
    const result = matchDocument(doc({ gold: [gold()], predictions: [predicted(), predicted()] }));
    expect(result.pairs).toEqual([{ prediction: 0, gold: 0 }]);
    expect(result.falseAlarms).toEqual([1]);
    expect(result.misses).toEqual([]);
  });

  it('prefers the gold event in the same sentence over an earlier one elsewhere', () => {
    const result = matchDocument(
      doc({
        gold: [gold({ sentence: 1 }), gold({ sentence: 4 })],
        predictions: [predicted({ sentence: 4 })],
      }),
    );
    expect(result.pairs).toEqual([{ prediction: 0, gold: 1 }]);
    expect(result.misses).toEqual([0]);
  });

  it('treats a sentence containing the gold evidence as the same sentence, whatever its index', () => {
    const result = matchDocument(
      doc({
        gold: [gold({ sentence: 2 }), gold({ sentence: 7, evidence: 'Sisi met with Blinken' })],
        predictions: [predicted({ sentence: 3, text: 'On Tuesday, Sisi  met with Blinken in Cairo.' })],
      }),
    );
    expect(result.pairs).toEqual([{ prediction: 0, gold: 1 }]);
  });

  it('prefers the closest date when no sentence decides', () => {
    const result = matchDocument(
      doc({
        gold: [gold({ sentence: null, date: '2024-01-01' }), gold({ sentence: null, date: '2024-02-05' })],
        predictions: [predicted({ sentence: 9, date: '2024-02-06' })],
      }),
    );
    expect(result.pairs).toEqual([{ prediction: 0, gold: 1 }]);
  });

  it('credits a prediction to a must event rather than an optional one when all else is equal', () => {
    const result = matchDocument(
      doc({ gold: [gold({ must: false }), gold({ must: true })], predictions: [predicted()] }),
    );
    expect(result.pairs).toEqual([{ prediction: 0, gold: 1 }]);
  });

  it('pairs two predictions with two gold events one to one', () => {
    const result = matchDocument(
      doc({
        gold: [gold({ sentence: 0 }), gold({ sentence: 1 })],
        predictions: [predicted({ sentence: 1 }), predicted({ sentence: 0 })],
      }),
    );
    expect(result.pairs).toEqual([
      { prediction: 1, gold: 0 },
      { prediction: 0, gold: 1 },
    ]);
  });
});

describe('listed non-events', () => {
  const future: NonEvent = {
    sentence: 3,
    evidence: 'He will travel to Paris next week',
    codeIfEvent: '042',
    reason: 'future visit',
  };

  it.each([
    [
      'has the root, and its sentence holds the evidence',
      predicted({ text: 'He will travel to Paris next week.' }),
      future,
      true,
    ],
    [
      'has the root but comes from another sentence',
      predicted({ sentence: 3, text: 'They met on Tuesday.' }),
      future,
      false,
    ],
    [
      'has another root',
      predicted({ code: '036', root: '03', text: 'He will travel to Paris next week.' }),
      future,
      false,
    ],
    ['has no text, but the same sentence index', predicted({ sentence: 3 }), future, true],
    ['has no text and another sentence index', predicted({ sentence: 2 }), future, false],
    [
      'has the listed actors',
      predicted({ text: 'He will travel to Paris next week' }),
      { ...future, source: gov('EGY'), target: gov('USA') },
      true,
    ],
    [
      'has other actors than the listed ones',
      predicted({ text: 'He will travel to Paris next week' }),
      { ...future, source: gov('EGY'), target: gov('FRA') },
      false,
    ],
    [
      'differs from the listed text only in curly quotes and spacing',
      predicted({ text: 'Blinken said he “will\u00a0visit” Ankara.' }),
      { ...future, evidence: 'he "will visit" Ankara' },
      true,
    ],
  ])('a prediction that %s: hit = %s', (_name, prediction, nonEvent, expected) => {
    expect(hitsNonEvent(prediction, nonEvent)).toBe(expected);
  });

  it('counts a prediction matching a listed non-event as a non-event hit', () => {
    const summary = scoreDocuments([
      doc({
        nonEvents: [future],
        predictions: [predicted({ code: '042', text: 'He will travel to Paris next week.' })],
      }),
    ]);
    expect(summary.nonEventHits).toBe(1);
    expect(summary.results[0]?.nonEventHits).toEqual([{ prediction: 0, nonEvent: 0 }]);
  });

  it('does not count a prediction that matched a gold event as a non-event hit', () => {
    const summary = scoreDocuments([
      doc({
        gold: [gold({ code: '042' })],
        nonEvents: [future],
        predictions: [predicted({ code: '042', text: 'He will travel to Paris next week.' })],
      }),
    ]);
    expect(summary.matched).toBe(1);
    expect(summary.nonEventHits).toBe(0);
  });
});

describe('summary scores', () => {
  it('computes precision, recall over must and over all events, and both F1s', () => {
    const summary = scoreDocuments([
      doc({
        gold: [
          gold({ sentence: 0 }),
          gold({ sentence: 1, must: false, code: '051', root: '05' }),
          gold({ sentence: 2, code: '111', root: '11' }),
        ],
        predictions: [
          predicted({ sentence: 0 }),
          predicted({ sentence: 1, code: '051', root: '05' }),
          predicted({ sentence: 5, code: '190', root: '19' }),
          predicted({ sentence: 6, code: '173', root: '17' }),
        ],
      }),
    ]);
    expect(summary).toMatchObject({ predicted: 4, gold: 3, goldMust: 2, matched: 2, matchedMust: 1 });
    expect(summary.precision).toBeCloseTo(0.5);
    expect(summary.recallMust).toBeCloseTo(0.5);
    expect(summary.recallAll).toBeCloseTo(2 / 3);
    expect(summary.f1All).toBeCloseTo(f1(0.5, 2 / 3) ?? Number.NaN);
    expect(summary.f1Must).toBeCloseTo(0.5);
  });

  it('measures date accuracy over matched events that have a gold date', () => {
    const summary = scoreDocuments([
      doc({
        gold: [
          gold({ sentence: 0, date: '2024-02-06' }),
          gold({ sentence: 1, date: '2024-02-07' }),
          gold({ sentence: 2, date: null }),
          gold({ sentence: 3, date: '2024-02-01' }),
        ],
        predictions: [
          predicted({ sentence: 0, date: '2024-02-06' }),
          predicted({ sentence: 1, date: '2024-02-06' }),
          predicted({ sentence: 2, date: '2024-02-06' }),
        ],
      }),
    ]);
    expect(summary.dated).toBe(2);
    expect(summary.dateCorrect).toBe(1);
    expect(summary.dateAccuracy).toBeCloseTo(0.5);
  });

  it('counts gold, predicted and matched events per root, sorted by root', () => {
    const summary = scoreDocuments([
      doc({
        gold: [gold({ sentence: 0 }), gold({ sentence: 1 }), gold({ sentence: 2, code: '195', root: '19' })],
        predictions: [predicted({ sentence: 0 }), predicted({ sentence: 3, code: '163', root: '16' })],
      }),
      doc({ doc: 'e.txt', gold: [gold()], predictions: [predicted()] }),
    ]);
    expect(
      summary.perRoot.map(({ root, gold, predicted, matched }) => ({ root, gold, predicted, matched })),
    ).toEqual([
      { root: '04', gold: 3, predicted: 2, matched: 2 },
      { root: '16', gold: 0, predicted: 1, matched: 0 },
      { root: '19', gold: 1, predicted: 0, matched: 0 },
    ]);
    const row04 = summary.perRoot[0];
    expect(row04?.precision).toBe(1);
    expect(row04?.recall).toBeCloseTo(2 / 3);
    expect(summary.perRoot[1]?.recall).toBeNull();
  });

  it('matches only within a document', () => {
    const summary = scoreDocuments([
      doc({ doc: 'a.txt', gold: [gold()] }),
      doc({ doc: 'b.txt', predictions: [predicted()] }),
    ]);
    expect(summary.matched).toBe(0);
    expect(summary.results.map((r) => [r.misses, r.falseAlarms])).toEqual([
      [[0], []],
      [[], [0]],
    ]);
  });

  it('reports ratios with nothing to measure as null rather than zero', () => {
    const summary = scoreDocuments([doc({})]);
    expect([summary.precision, summary.recallAll, summary.dateAccuracy, summary.f1All]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(ratio(0, 4)).toBe(0);
  });

  it('scores F1 as 0, not n/a, when nothing is predicted against a non-empty gold set', () => {
    const summary = scoreDocuments([doc({ gold: [gold()] })]);
    expect(summary.precision).toBeNull();
    expect(summary.recallAll).toBe(0);
    expect(summary.f1All).toBe(0);
  });
});
