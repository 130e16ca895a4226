import { describe, expect, it } from 'vitest';
import { findDates } from '../../lambdas/core/steps/resolve-dates';

// Published on Wednesday 2024-02-07.
const published = '2024-02-07';

describe('findDates against a dateline of Wednesday 2024-02-07', () => {
  it.each([
    ['met on Tuesday', '2024-02-06', 'relative', 'day'],
    ['said yesterday', '2024-02-06', 'relative', 'day'],
    ['said this morning', '2024-02-07', 'relative', 'day'],
    ['the strikes last week', '2024-01-29', 'relative', 'day'],
    ['attacks on Sunday night', '2024-02-04', 'relative', 'day'],
    ['on Wednesday', '2024-02-07', 'relative', 'day'],
    ['since the seventh of October', '2023-10-07', 'explicit', 'day'],
    ['signed on March 3', '2023-03-03', 'explicit', 'day'],
    ['in November 2022', '2022-11-01', 'explicit', 'month'],
    ['founded in 2010', '2010-01-01', 'explicit', 'year'],
    ['talks on Jan. 19-23', '2024-01-19', 'explicit', 'day'],
    // Dates written in digits alone still pass the gate in front of the parser.
    ['the ceasefire of 2/5/2024 held', '2024-02-05', 'explicit', 'day'],
    ['the 2024-01-30 accord', '2024-01-30', 'explicit', 'day'],
    ['the raid began at 10:30 near the airport', '2024-02-07', 'relative', 'day'],
    ['troops left at 6 pm', '2024-02-07', 'relative', 'day'],
    ['a team will arrive within 48 hours', '2024-02-09', 'relative', 'day'],
  ])('resolves %j to %s (%s, %s)', (text, date, basis, precision) => {
    const [first] = findDates(text, published);
    expect(first).toMatchObject({ date, basis, precision });
  });

  it.each([
    'officials may consider it',
    'He spoke with 300 people',
    'The talks went well',
    'killed 12 people and wounded 40',
  ])('finds no date in %j', (text) => {
    expect(findDates(text, published)).toEqual([]);
  });
});
