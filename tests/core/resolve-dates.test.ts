import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, GatedChrono, PARSER_GATES } from '../../lambdas/core/steps/resolve-dates';

// Published on Wednesday 2024-02-07.
const published = '2024-02-07';

describe('findDates against a dateline of Wednesday 2024-02-07', () => {
  it.each([
    ['met on Tuesday', '2024-02-06', 'relative', 'day'],
    ['met for the first time in 2019', '2019-01-01', 'explicit', 'year'],
    ['said yesterday', '2024-02-06', 'relative', 'day'],
    ['said this morning', '2024-02-07', 'relative', 'day'],
    ['the strikes last week', '2024-01-29', 'relative', 'day'],
    // A week begins on Monday, this one too; a part of a weekday stays on that day.
    ['talks earlier this week', '2024-02-05', 'relative', 'day'],
    ['protests for a fourth night on Sunday', '2024-02-04', 'relative', 'day'],
    ['attacks on Sunday night', '2024-02-04', 'relative', 'day'],
    ['on Wednesday', '2024-02-07', 'relative', 'day'],
    ['since the seventh of October', '2023-10-07', 'explicit', 'day'],
    ['signed on March 3', '2023-03-03', 'explicit', 'day'],
    ['in November 2022', '2022-11-01', 'explicit', 'month'],
    ['talks resumed in November', '2023-11-01', 'explicit', 'month'],
    ['the November 5 vote', '2023-11-05', 'explicit', 'day'],
    ['founded in 2010', '2010-01-01', 'explicit', 'year'],
    ['talks on Jan. 19-23', '2024-01-19', 'explicit', 'day'],
    // Two days given as one began on the first ("killed 3 and 22 May": no pair).
    ['visited Moldova on 21 and 22 May', '2023-05-21', 'explicit', 'day'],
    ['arrested 3 and 22 May', '2023-05-22', 'explicit', 'day'],
    ['struck on the night of 13/14 January', '2024-01-13', 'explicit', 'day'],
    // A part of the day before a date qualifies it: the day is the date, not the publication's year.
    ['drones attacked on the night of 3 February', '2024-02-03', 'explicit', 'day'],
    ['met on the morning of February 5', '2024-02-05', 'explicit', 'day'],
    // Dates written in digits alone still pass the gate in front of the parser.
    ['the ceasefire of 2/5/2024 held', '2024-02-05', 'explicit', 'day'],
    ['the 2024-01-30 accord', '2024-01-30', 'explicit', 'day'],
    // Dots are written day first; a slash is, when month first would be after the publication.
    ['05.02.2024 - Press release', '2024-02-05', 'explicit', 'day'],
    ['the vote of 12.01.2024', '2024-01-12', 'explicit', 'day'],
    ['the ceasefire of 6/2/2024 held', '2024-02-06', 'explicit', 'day'],
    ['the ceasefire of 1/2/2024 held', '2024-01-02', 'explicit', 'day'],
    // Counted in years or months, a relative time says the year or the month, not a day in it.
    ['the protests last year', '2023-01-01', 'relative', 'year'],
    ['elected two years ago', '2022-01-01', 'relative', 'year'],
    ['earlier this year', '2024-01-01', 'relative', 'year'],
    ['clashes last month', '2024-01-01', 'relative', 'month'],
    // A duration or a clock time beside a date leaves the date alone.
    ['On November 19, for approximately 30 minutes, the two met', '2023-11-19', 'explicit', 'day'],
    ['On Monday, commencing at 4:10 p.m., the two met', '2024-02-05', 'relative', 'day'],
    // A day after the story's last act: the caller anchors it (afterStory).
    ['The following day, police arrested them', '2024-02-08', 'relative', 'day'],
  ])('resolves %j to %s (%s, %s)', (text, date, basis, precision) => {
    const [first] = findDates(text, published);
    expect(first).toMatchObject({ date, basis, precision });
  });

  it.each([
    'officials may consider it',
    'He spoke with 300 people',
    'The talks went well',
    'killed 12 people and wounded 40',
    // A month alone between an article and a noun says which thing, not when.
    'called the raids a violation of the November ceasefire',
    'faces a September deadline',
    // How long something took is not when it happened; nor is a time of day alone.
    'the two leaders talked for approximately 30 minutes',
    'After about two hours, the ministers signed the deal',
    'He was released after three days in custody',
    'commencing at 4:10 p.m. local time',
    'the raid began at 10:30 near the airport',
    'troops left at 6 pm',
    'a team will arrive within 48 hours',
    // A count of times within the span the story is in says how often, not when.
    "drones hit the city's power grid for the third time this month",
  ])('finds no date in %j', (text) => {
    expect(findDates(text, published)).toEqual([]);
  });
});

describe('the gates in front of chrono parsers', () => {
  const casual = chrono.casual.clone();
  const gatedChrono = new GatedChrono(casual.parsers, casual.refiners);

  it('finds the parser of every gate by its pattern (a chrono upgrade that changed one shows here)', () => {
    expect(gatedChrono.gated).toBe(PARSER_GATES.length);
  });

  it('keep the parser of "three days later" off sentences with a bare "after" or "about"', () => {
    const later = PARSER_GATES.find(({ marker }) => marker.includes('later|after'));
    const passes = (text: string) => !!later && (later.within?.test(text) ?? true) && later.gate.test(text);
    expect(passes('Markets closed higher after the announcement.')).toBe(false);
    expect(passes('Analysts said the outcome was unclear.')).toBe(false);
    expect(passes('Talks resumed three days later.')).toBe(true);
    expect(passes('A couple of weeks after the vote, troops left.')).toBe(true);
  });

  // Words every gate keys on, numbers in the shapes the digit parsers read, and filler.
  const word = fc.constantFrom(
    ...'January Feb. march Sept. may June dec Monday tue. Wednesday Thurs Sat weekend'.split(' '),
    ...'ago before earlier later after out forward this last past next within in for on of the'.split(' '),
    ...'now today Tonight tomorrow yesterday morning evening night noon midnight end month'.split(' '),
    ...'day days week weeks year years hour hours minutes three two a few several half'.split(' '),
    ...'2024 1999 15 3rd 21st 10:30 6 pm 5/2 2/5/2024 2024-01-30 2024-1-5 12/2023 2024/03/04 - + ,'.split(
      ' ',
    ),
    ...'troops talks said met Cairo police thus Africa common Sunni friend Fri. sun weekday'.split(' '),
  );
  // Mostly spaces between words, but also none and punctuation: the gates key on word edges.
  const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', ',', ', ', ' (', ') ', '.');
  const sentence = fc
    .array(fc.tuple(word, separator), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

  // Word edges the random sentences below rarely produce: run-together and bracketed weekdays.
  it.each([
    'Met on mondayofnextweek.',
    'fridayofthisweek',
    'Talks resume lastmonday',
    'Mondaythis week',
    'The vote (Friday) passed',
    'On Fri., troops left',
    'Sunni leaders met thus in Africa',
    // The count-and-unit gate in front of "later", and the four month gates.
    'Talks resumed three days later',
    'half an hour after the blast, and a couple of weeks later',
    'The army withdrew without a shot, about the 3rd of March',
    'on the twenty-first of June, and from 5th to 7th Sept.',
    'Sept. 21st, March3, Mar 5, Dec-12 and 5-Oct',
    'maritime talks in march2020 and in May',
    '2024 of May, 1999-Feb and 300 BC March',
  ])('leave chrono finding exactly what it finds in "%s"', (text) => {
    const instant = new Date('2024-02-07T12:00:00Z');
    const found = (parser: Pick<chrono.Chrono, 'parse'>) =>
      parser
        .parse(text, { instant, timezone: 0 }, { forwardDate: false })
        .map((result) => `${result.index}:${result.text}:${result.start.date().toISOString()}`);
    expect(found(gatedChrono)).toEqual(found(casual));
  });

  it('leave chrono finding exactly what it finds without them', () => {
    const instant = new Date('2024-02-07T12:00:00Z');
    const found = (parser: Pick<chrono.Chrono, 'parse'>, text: string) =>
      parser
        .parse(text, { instant, timezone: 0 }, { forwardDate: false })
        .map((result) => `${result.index}:${result.text}:${result.start.date().toISOString()}`);
    fc.assert(
      fc.property(sentence, (text) => {
        expect(found(gatedChrono, text)).toEqual(found(casual, text));
      }),
      { numRuns: 3000 },
    );
  });
});
