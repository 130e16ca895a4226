import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../scripts/eval/args';
import { GoldSetMissing, loadDevLayout, loadDevSet, loadPetr2Set } from '../../scripts/eval/gold-sets';

// A miniature ../shared with the same file layout and field names as the real one.
let shared: string;

beforeAll(() => {
  shared = mkdtempSync(join(tmpdir(), 'eval-gold-'));
  mkdirSync(join(shared, 'gold', 'dev', 'docs'), { recursive: true });
  writeFileSync(join(shared, 'gold', 'dev', 'docs', '001.txt'), ' date 2024-02-07 A met B on Tuesday.\n');
  const devLine = {
    doc: '001.txt',
    published: '2024-02-07',
    events: [
      {
        date: '2024-02-06',
        source: { name: 'A', country: 'EGY', role: 'GOV', org: null },
        target: { name: 'B', country: 'USA', role: 'GOV', org: null },
        code: '040',
        root: '04',
        sentence: 0,
        evidence: 'A met B',
        must: true,
      },
    ],
    non_events: [
      { sentence: 1, evidence: 'will travel', reason: 'future', code_if_event: '042' },
      {
        sentence: 2,
        evidence: 'did not attack',
        reason: 'negated',
        code_if_event: '195',
        source: { name: 'X', country: 'IRN', role: 'MIL', org: null },
        target: null,
      },
    ],
  };
  writeFileSync(join(shared, 'gold', 'dev', 'gold.jsonl'), `${JSON.stringify(devLine)}\n`);
  const petr2 = [
    {
      id: 'AFP0808020905_1',
      date: '121108',
      text: 'Lebanon and US troops met.',
      realness: 'real-news (AFP)',
      events: [{ source: 'LBNGOV', target: 'IGOUNOMIL', code: '046' }],
    },
    { id: 'SYN_1', date: '2015-06-09', text: 'Synthetic.', realness: 'synthetic test sentence', events: [] },
  ];
  writeFileSync(
    join(shared, 'gold', 'petr2_gsr_validation.jsonl'),
    petr2.map((r) => JSON.stringify(r)).join('\n'),
  );
});

afterAll(() => rmSync(shared, { recursive: true, force: true }));

describe('loading the gold sets', () => {
  it('reads dev documents with their gold events and non-events', () => {
    const [document] = loadDevSet(shared);
    expect(document?.text).toBe(' date 2024-02-07 A met B on Tuesday.\n');
    expect(document?.gold).toEqual([
      {
        source: { country: 'EGY', org: null, role: 'GOV' },
        target: { country: 'USA', org: null, role: 'GOV' },
        code: '040',
        root: '04',
        must: true,
        date: '2024-02-06',
        sentence: 0,
        evidence: 'A met B',
      },
    ]);
  });

  it('leaves non-event actors undefined when the gold set does not name them, and null when it says none', () => {
    const [document] = loadDevSet(shared);
    const [future, negated] = document?.nonEvents ?? [];
    expect(future && 'source' in future).toBe(false);
    expect(negated?.source).toEqual({ country: 'IRN', org: null, role: 'MIL' });
    expect(negated?.target).toBeNull();
  });

  it('keeps only real-news petr2 sentences and gives a malformed date a usable one', () => {
    const documents = loadPetr2Set(shared);
    expect(documents.map((d) => d.doc)).toEqual(['AFP0808020905_1']);
    expect(documents[0]?.text).toBe(' date 2008-08-02 Lebanon and US troops met.');
    expect(documents[0]?.gold[0]).toMatchObject({
      source: { country: 'LBN' },
      target: { org: 'UNO' },
      root: '04',
    });
  });

  it('says which file is missing when a gold set is absent', () => {
    expect(() => loadDevSet(join(shared, 'nowhere'))).toThrow(GoldSetMissing);
  });

  it('reads a set labelled by the same guide from any directory in the dev layout', () => {
    const documents = loadDevLayout(join(shared, 'gold', 'dev'));
    expect(documents.map((d) => [d.doc, d.gold.length, d.nonEvents.length])).toEqual([['001.txt', 1, 2]]);
    expect(() => loadDevLayout(join(shared, 'gold'))).toThrow(/gold file not found: .*gold\.jsonl/);
  });
});

describe('the eval command line', () => {
  it.each([
    [[], { sets: ['dev', 'petr2'], goldDir: null }],
    [['--set', 'petr2'], { sets: ['petr2'], goldDir: null }],
    [['--gold-dir', '/tmp/review'], { sets: ['dev'], goldDir: '/tmp/review' }],
  ])('reads %j as which sets to score', (argv, expected) => {
    expect(parseEvalArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--set', 'dev', '--gold-dir', '/tmp/review'], /do not go together/],
    [['--gold-dir', ''], /needs a directory/],
    [['--set', 'gold'], /--set must be/],
  ])('refuses %j with a reason', (argv, reason) => {
    expect(() => parseEvalArgs(argv)).toThrow(reason);
  });
});
