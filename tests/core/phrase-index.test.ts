import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../lambdas/core/text/phrase-index';

function index(entries: [string, string][]): PhraseIndex<string> {
  const phrases = new PhraseIndex<string>();
  for (const [phrase, value] of entries) phrases.add(phrase, value);
  return phrases;
}

const words = (text: string) => text.split(' ');

describe('PhraseIndex', () => {
  const phrases = index([
    ['foreign minister', 'agent:minister'],
    ['foreign', 'demonym'],
    ['prime minister', 'agent:pm'],
    ['prime minister', 'agent:pm'], // a duplicate is kept once
    ['prime minister', 'agent:head'],
    ['new zealand', 'NZL'],
  ]);

  it.each([
    ['the foreign minister said', 1, { length: 2, values: ['agent:minister'] }],
    ['the foreign office said', 1, { length: 1, values: ['demonym'] }],
    ['prime minister', 0, { length: 2, values: ['agent:pm', 'agent:head'] }],
    ['new york', 0, null],
    ['the prime', 1, null],
    ['said', 0, null],
    ['said', 3, null],
  ])('finds the longest phrase in "%s" at word %i', (text, at, expected) => {
    expect(phrases.longestAt(words(text), at)).toEqual(expected);
  });

  it('finds a phrase added after its first word was looked up', () => {
    const late = index([['west bank', 'PSE']]);
    expect(late.longestAt(words('west bank'), 0)?.values).toEqual(['PSE']);
    late.add('west africa', 'WAF');
    late.add('west', 'compass');
    expect(late.longestAt(words('west africa'), 0)).toEqual({ length: 2, values: ['WAF'] });
    expect(late.longestAt(words('west wind'), 0)).toEqual({ length: 1, values: ['compass'] });
  });

  it('finds a phrase whose first word was looked up before any phrase started with it', () => {
    const late = index([]);
    expect(late.longestAt(words('gulf states'), 0)).toBeNull();
    late.add('gulf states', 'GCC');
    expect(late.longestAt(words('gulf states'), 0)?.values).toEqual(['GCC']);
  });
});
