/**
 * Dates: when did the event happen? chrono-node finds time expressions and resolves them against the
 * publication date; our own parser and refiners (chrono's extension points) add the conventions of
 * news text that chrono does not know.
 */
import * as chrono from 'chrono-node';
import type { DateBasis, DatePrecision } from '../types';

export interface ResolvedDate {
  date: string;
  basis: DateBasis;
  precision: DatePrecision;
  /**
   * "Two days later", "the next day": days after the previous act of the story, not after the
   * publication day. The caller anchors it on the story's time.
   */
  afterStory?: number;
  /** Character span of the expression in the sentence. */
  start: number;
  end: number;
  text: string;
}

/** "21 and " before "22 May". */
/** "21 and 22 May", "the night of 13/14 July": the first of two days given as one. */
const FIRST_OF_TWO_DAYS = /\b(\d{1,2})(?:st|nd|rd|th)?(?: and |\/)$/;
/**
 * "on the night of 3 June": chrono takes "night" for the time and loses the day. The part of the day
 * is blanked (same length, so offsets hold) before a day or month it qualifies.
 */
const PART_OF_DAY_OF =
  /\b(?:morning|afternoon|evening|night)s? of (?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const NUMERIC_DATE = /\d{1,4}[/-]\d{1,2}|\b\d{4}\b/;
/** Words chrono reads as times that in news prose are almost never the event's date. */
const IGNORED =
  /^(?:now|sat|sun|may|march|second|a second|tonight|the future|later|soon|(?:the |that |during the )?(?:night|evening|morning|afternoon|day))$/i;

/**
 * "for approximately 30 minutes", "after about two hours", "within three days": how long something
 * took, not when it happened (chrono counts it from the publication). "For the past week" is a time.
 */
const DURATION =
  /^(?:for|after|within)\s(?!.*\b(?:past|last|previous|next|coming)\b).*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** "at 4:10 p.m.", "around 9 am": a time of day alone, which says nothing of the day. */
const CLOCK_ONLY =
  /^(?:(?:at|by|from|around|about|until|after|before)\s+)*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?$/i;

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

/** yyyy-mm-dd in UTC; by hand for four-digit years (toISOString was a twentieth of the date step). */
function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return date.toISOString().slice(0, 10);
  return `${year}-${TWO_DIGITS[date.getUTCMonth() + 1]}-${TWO_DIGITS[date.getUTCDate()]}`;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** "in 2010": a year alone, which chrono leaves out. Dated January 1 with year precision. */
const yearAloneParser: chrono.Parser = {
  pattern: () => /\b(?:in|during|since|by|early|late)\s+((?:19|20)\d{2})\b(?![-/]\d)/i,
  extract: (context, match) => {
    const components = context.createParsingComponents({ year: Number(match[1]) });
    components.imply('month', 1);
    components.imply('day', 1);
    return components;
  },
};

/**
 * "The following day, troops arrested ...": chrono reads "the next day" but not this. Resolved as the
 * day after the reference; STORY_RELATIVE makes it a day after the story's last dated act instead.
 */
const followingDayParser: chrono.Parser = {
  pattern: () => /\bthe\s+following\s+day\b/i,
  extract: (context) => {
    const next = new Date(context.reference.instant.getTime() + DAY_MS);
    return context.createParsingComponents({
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
    });
  },
};

/**
 * "Hezbollah fired rockets the previous day", "a day earlier", "the day before.": the day before the
 * reference; STORY_RELATIVE makes it the day before the story's last dated act. ("The day before the
 * vote" counts from the vote: only at the end of a clause.)
 */
const previousDayParser: chrono.Parser = {
  pattern: () => /\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier|the\s+day\s+before(?=\s*[,.;]))/i,
  extract: (context) => {
    const previous = new Date(context.reference.instant.getTime() - DAY_MS);
    return context.createParsingComponents({
      year: previous.getUTCFullYear(),
      month: previous.getUTCMonth() + 1,
      day: previous.getUTCDate(),
    });
  },
};

/** "Last week" in a wire story means the Monday of the previous week, not seven days ago. */
const lastWeekRefiner: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      // ("this week", "earlier this week": the Monday of the publication's own week.)
      const week = /^(last|this) week$/i.exec(result.text.trim());
      if (!week) continue;
      const reference = new Date(context.reference.instant);
      const weekday = (reference.getUTCDay() + 6) % 7; // Monday = 0
      const monday = new Date(reference);
      monday.setUTCDate(reference.getUTCDate() - weekday - (week[1]?.toLowerCase() === 'last' ? 7 : 0));
      result.start.assign('year', monday.getUTCFullYear());
      result.start.assign('month', monday.getUTCMonth() + 1);
      result.start.assign('day', monday.getUTCDate());
    }
    return results;
  },
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "for a fourth consecutive night on Sunday": chrono takes "night" for tonight and moves the day on;
 * it is Sunday's night, the most recent Sunday on or before the publication.
 */
const partOfDayOnWeekdayRefiner: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const named = /^(?:night|evening|morning|afternoon) on (\w+)$/i.exec(result.text.trim());
      const weekday = WEEKDAYS.indexOf(named?.[1]?.toLowerCase() ?? '');
      if (weekday < 0) continue;
      const day = new Date(context.reference.instant);
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - weekday + 7) % 7));
      result.start.assign('year', day.getUTCFullYear());
      result.start.assign('month', day.getUTCMonth() + 1);
      result.start.assign('day', day.getUTCDate());
    }
    return results;
  },
};

/**
 * chrono reads a numeric date month first, as American text writes it. A dotted date ("03.09.2025")
 * is written day first wherever dots are used (Germany, Russia, most of Europe); a slashed one is day
 * first when month first would put it after the publication ("25/11/2025" needs no help; "12/11/2025"
 * in a text of 2025-11-13 is the 12th of November).
 */
const dayFirstRefiner: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const numeric = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(result.text.trim());
      if (!numeric) continue;
      const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
      if (first > 12 || second > 12 || first === second) continue;
      const monthFirst = Date.UTC(year, first - 1, second);
      const dayFirst = Date.UTC(year, second - 1, first);
      const published = context.reference.instant.getTime();
      if (numeric[2] === '.' || (monthFirst > published && dayFirst <= published)) {
        result.start.assign('month', second);
        result.start.assign('day', first);
      }
    }
    return results;
  },
};

const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * chrono's weekday pattern: `(\W|^)`, then optionally `,`/`(`, `on` and this/last/past/next with
 * optional spaces, the name, then optionally `,`/`)` and "(of) this week" with optional spaces, and
 * `(?=\W|$)`. So the name always follows a non-word character, the start, or one of those words,
 * and is followed by a non-word character, the end, "of", or one of those words.
 */
const WEEKDAY_WORD =
  /(?:^|\W|on|this|last|past|next)(?:sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|weekend|weekday)(?:\W|$|of|this|last|past|next)/i;

/**
 * How chrono's time-unit phrases ("3 days", "a couple of weeks", "half an hour") end: the last word
 * of the count (a digit, "three", "a", "the", "few", "couple of"...) and, up to five spaces later,
 * the unit. Not anchored to word starts, so a gate built on them is looser than chrono, never stricter.
 */
const COUNT_END = String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)`;
const TIME_UNIT =
  '(?:quarters?|seconds?|minutes?|months?|hours?|weeks?|years?|mins|sec|min|hrs|days?|mon|mos|qtr|hr|mo|yr|[smhdwy])';
/** Every spelling of a month chrono reads ("Sept.", "march", "Jan"), and a few it does not. */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** How a day of the month starts: a digit or an ordinal word ("first", "twenty-third"). */
const DAY_START = String.raw`(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)`;
const DIGIT = /\d/;
const LATER_WORD = /later|after|from now|henceforth|forward|out/i;

/**
 * Cheap necessary conditions for chrono's parsers: a parser whose pattern needs what its gate
 * tests cannot match a sentence that fails the gate, so it is not run there (its long regex was most
 * of the date step's time). A gate may have a cheaper test `within` it, shared by several gates and
 * run once: a sentence without a month's letters is not tested for a month after a day. Each gate
 * finds its parser by a piece of the parser's own pattern, because class names are minified away
 * in the bundle: a pattern that changes in a chrono upgrade loses its gate, never a match. The gates
 * a sentence passes decide which parsers GatedChrono runs.
 */
export const PARSER_GATES: { marker: string; gate: RegExp; within?: RegExp }[] = [
  { marker: '\\s{0,5}(?:ago|before|earlier)', gate: /ago|before|earlier/i },
  // "Three days later", "a week after": a count and a unit right before the word. The word alone
  // ("after", the "out" of "about") let the slowest parser of all run on every fifth sentence.
  {
    marker: '\\s{0,5}(?:later|after|from now|henceforth|forward|out)',
    within: LATER_WORD,
    // The word alternation in a group of its own: bare, "|after|...|out" let every "after" through.
    gate: new RegExp(`${COUNT_END}\\s{0,5}${TIME_UNIT}\\s{0,5}(?:${LATER_WORD.source})`, 'i'),
  },
  // A weekday's name as a word of its own ("on Friday", "Fri.", "lastmonday"): not the "thu" of
  // "thus", the "fri" of "Africa" or the "mon" of "common", which a bare substring test let through.
  { marker: '((?:wednesday|thursday|saturday', gate: WEEKDAY_WORD },
  { marker: '(this|last|past|next|after\\s*this)\\s*', gate: /this|last|past|next|after/i },
  { marker: '(this|last|past|next|after|\\+|-)\\s*', gate: /this|last|past|next|after|\+|-/i },
  {
    marker: '(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)',
    gate: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i,
  },
  {
    marker: '(morning|afternoon|evening|night|midnight|midday|noon)',
    gate: /morning|afternoon|evening|night|noon|midday/i,
  },
  { marker: '(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month', gate: /month/i },
  // The four month parsers: the letters of a month ("maritime" has them), then how each parser
  // needs the month placed. "3 March", "the 3rd of March": a day's digit or ordinal ending before it.
  {
    marker: '(?:on\\s{0,3})?((?:(?:twenty',
    within: MONTH_WORD,
    gate: new RegExp(`(?:\\d|st|nd|rd|th)(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})(?:${MONTH_WORD.source})`, 'i'),
  },
  // "March 3", "Sept. 21st": a day right after the month.
  {
    marker: '(\\W|^)((?:september',
    within: MONTH_WORD,
    gate: new RegExp(`${MONTH_NAME}(?:-|\\/|\\s*,?\\s*)${DAY_START}`, 'i'),
  },
  // "in March", "March 2024": a month as a word of its own, at most followed by a year.
  {
    marker: '((?:in)\\s*)?((?:september',
    within: MONTH_WORD,
    gate: new RegExp(`(?:^|\\W|in)${MONTH_NAME}(?:\\W|$|of|\\d)`, 'i'),
  },
  // "2024 March", "2024 of March": a year (or an era) right before the month.
  {
    marker: '(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)((?:september',
    within: MONTH_WORD,
    gate: new RegExp(`(?:\\d|be|ad|bc|ce)(?:\\s*[-./,]?\\s*|\\s+of\\s+)${MONTH_NAME}(?:\\W|$)`, 'i'),
  },
  { marker: '(?:(?:at|from)\\s*)??(\\d{1,4})', gate: DIGIT },
  { marker: '(\\W|^)([0-9]{4})[-\\.\\/\\s]', within: DIGIT, gate: /\d{4}/ },
  { marker: '(\\W|^)([0-9]{4})\\-([0-9]{1,2})\\-', within: DIGIT, gate: /\d{4}-\d/ },
  { marker: '([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})', within: DIGIT, gate: /\d[/.-]\d/ },
  { marker: '([0-9]|0[1-9]|1[012])\\/([0-9]{4})', within: DIGIT, gate: /\d\/\d/ },
];

/**
 * chrono with a gate in front of each parser that has one: a sentence is parsed by the parsers whose
 * gates let it through (and those without a gate), so a gated-out parser costs one cheap test, not
 * a call. The parsers keep their order, and a parser left out could not have matched, so the
 * results are chrono's own. One Chrono per combination of gates passed (a few dozen occur).
 */
export class GatedChrono {
  /** How many parsers found their gate. */
  readonly gated: number;
  private readonly entries: { parser: chrono.Parser; gate: number }[];
  /** Each distinct regex once (four gates share MONTH_WORD as `within`), run at most once a sentence. */
  private readonly regexes: RegExp[] = [];
  /** Per gate that some parser uses: the regexes it needs, cheaper first, and its bit in the mask. */
  private readonly gates: { tests: number[]; bit: number }[] = [];
  /** Per regex, for the sentence being parsed: 0 not run yet, 1 passed, 2 failed. */
  private readonly outcomes: Uint8Array;
  private readonly byMask = new Map<number, chrono.Chrono>();

  constructor(
    parsers: chrono.Parser[],
    private readonly refiners: chrono.Refiner[],
  ) {
    // A bit per gate in the mask below.
    if (PARSER_GATES.length > 31) throw new Error('GatedChrono keeps gates in a 31-bit mask');
    const probe = new chrono.ParsingContext('', new Date(0), { forwardDate: false });
    this.entries = parsers.map((parser) => {
      const source = parser.pattern(probe).source;
      return { parser, gate: PARSER_GATES.findIndex(({ marker }) => source.includes(marker)) };
    });
    this.gated = this.entries.filter(({ gate }) => gate >= 0).length;
    const indexOf = (regex: RegExp) => {
      const known = this.regexes.indexOf(regex);
      return known >= 0 ? known : this.regexes.push(regex) - 1;
    };
    for (const gate of new Set(this.entries.map(({ gate }) => gate).filter((gate) => gate >= 0))) {
      const { within, gate: regex } = PARSER_GATES[gate] as (typeof PARSER_GATES)[number];
      const tests = within ? [indexOf(within), indexOf(regex)] : [indexOf(regex)];
      this.gates.push({ tests, bit: 1 << gate });
    }
    this.outcomes = new Uint8Array(this.regexes.length);
  }

  /** The bits of the gates `text` passes. */
  private maskOf(text: string): number {
    const outcomes = this.outcomes.fill(0);
    let mask = 0;
    for (const { tests, bit } of this.gates) {
      let passes = true;
      for (const test of tests) {
        if (outcomes[test] === 0) outcomes[test] = (this.regexes[test] as RegExp).test(text) ? 1 : 2;
        if (outcomes[test] === 2) {
          passes = false;
          break;
        }
      }
      if (passes) mask |= bit;
    }
    return mask;
  }

  parse(
    text: string,
    reference: chrono.ParsingReference,
    option: chrono.ParsingOption,
  ): chrono.ParsedResult[] {
    const mask = this.maskOf(text);
    let parser = this.byMask.get(mask);
    if (!parser) {
      parser = new chrono.Chrono({
        parsers: this.entries
          .filter(({ gate }) => gate < 0 || mask & (1 << gate))
          .map(({ parser }) => parser),
        refiners: this.refiners,
      });
      this.byMask.set(mask, parser);
    }
    return parser.parse(text, reference, option);
  }
}

const casual = chrono.casual.clone();
const newsChrono = new GatedChrono(
  [...casual.parsers, yearAloneParser, followingDayParser, previousDayParser],
  [...casual.refiners, lastWeekRefiner, partOfDayOnWeekdayRefiner, dayFirstRefiner],
);

/**
 * Cheap gate so sentences without a time word never reach the parser. Digits alone are not a hint
 * (casualty counts, sums and percentages are not dates): only a year, a numeric date or time, and
 * an ordinal day are. Measured on ~68,000 news sentences, the narrower gate skips about a fifth of
 * the parser's calls and loses no date.
 */
const TIME_HINT =
  /\b(?:1[89]|20)\d\d\b|\d[/.:-]\d|\d\s*[ap]\.?m\b|\d(?:st|nd|rd|th)\b|\b(?:today|yesterday|tonight|morning|afternoon|evening|night|hours?|weeks?|weekend|months?|years?|days?|ago|last|past|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|thirtieth)\b/i;

const COUNTED_TIMES_BEFORE = /\btimes?\s+$/i;
const STORY_RELATIVE =
  /\blater\b|\bnext day\b|\bday after\b|\bfollowing day\b|\b(?:previous|preceding) day\b|\bday earlier\b|\bthe day before$/i;

/**
 * "last year", "two years ago", "this month": a relative time counted in years or months says the
 * year or the month, not a day (chrono puts it on the same day of the month a year back).
 */
function relativeSpan(text: string): DatePrecision {
  if (/\b(?:days?|weeks?|weekend|night|morning|afternoon|evening|yesterday|today|tonight)\b/i.test(text))
    return 'day';
  if (/\byears?\b/i.test(text)) return 'year';
  if (/\bmonths?\b/i.test(text)) return 'month';
  return 'day';
}
const MONTH_ALONE = new RegExp(`^${MONTH_NAME}$`, 'i');

/**
 * "a violation of the November ceasefire", "a March deadline": a month alone between an article and
 * a noun names which thing is meant, not when the sentence's act happened.
 */
function namesAThing(sentence: string, at: number, text: string): boolean {
  return (
    MONTH_ALONE.test(text) &&
    /\b(?:the|a|an)\s+$/i.test(sentence.slice(Math.max(0, at - 6), at)) &&
    /^\s+[a-z]/.test(sentence.slice(at + text.length, at + text.length + 3))
  );
}
const DAY_MS = 86_400_000;

let lastDay = '';
let lastNoon = 0;

/** Noon UTC of a yyyy-mm-dd day, in ms; a document's sentences share one day, so it is parsed once. */
function noonOf(day: string): number {
  if (day !== lastDay) {
    lastNoon = Date.parse(`${day}T12:00:00Z`);
    lastDay = day;
  }
  return lastNoon;
}

/** All time expressions in a sentence, resolved against the publication day, past-biased. */
export function findDates(sentence: string, published: string): ResolvedDate[] {
  if (!TIME_HINT.test(sentence)) return [];
  const instant = new Date(noonOf(published));
  // (Most sentences have no "night of": a plain search spares them the regular expression.)
  const partOfDay =
    sentence.includes('ing of ') || sentence.includes('ght of ') || sentence.includes('oon of ');
  const parsed = partOfDay ? sentence.replace(PART_OF_DAY_OF, (words) => ' '.repeat(words.length)) : sentence;
  const results = newsChrono.parse(parsed, { instant, timezone: 0 }, { forwardDate: false });
  const dates: ResolvedDate[] = [];
  for (const result of results) {
    const text = result.text.trim();
    if (
      IGNORED.test(text) ||
      DURATION.test(text) ||
      CLOCK_ONLY.test(text) ||
      namesAThing(sentence, result.index, text)
    )
      continue;
    // ("hit the grid for the third time this month": a count of times, not when this one was.)
    // (The span the story is in: "for the first time in 2019" does date the act.)
    if (
      /^this\b/i.test(text) &&
      COUNTED_TIMES_BEFORE.test(sentence.slice(Math.max(0, result.index - 8), result.index))
    )
      continue;
    const explicit = MONTH.test(text) || NUMERIC_DATE.test(text);
    let date = isoDay(result.start.date());
    if (STORY_RELATIVE.test(text)) {
      const afterStory = Math.round((Date.parse(date) - Date.parse(published)) / DAY_MS);
      dates.push({
        date,
        basis: 'relative',
        precision: 'day',
        afterStory,
        start: result.index,
        end: result.index + result.text.length,
        text,
      });
      continue;
    }
    // News reports the past: a day that resolved after publication without an explicit year is the
    // previous occurrence (a weekday last week, a month-day last year).
    if (date > published && !result.start.isCertain('year')) {
      date = result.start.isCertain('month')
        ? `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`
        : addDays(date, -7);
    }
    const precision: DatePrecision = explicit
      ? result.start.isCertain('day')
        ? 'day'
        : result.start.isCertain('month')
          ? 'month'
          : 'year'
      : relativeSpan(text);
    // "on 21 and 22 May": two days given as one, of which the first is when it began.
    // (A week apart at most: "killed 3 and 22 May" is no pair of days.)
    const firstOfTwo =
      precision === 'day' && /^\d/.test(text)
        ? FIRST_OF_TWO_DAYS.exec(sentence.slice(Math.max(0, result.index - 12), result.index))
        : null;
    const firstDay = Number(firstOfTwo?.[1] ?? 0);
    const paired = firstDay > 0 && firstDay < Number(date.slice(8)) && Number(date.slice(8)) - firstDay <= 7;
    const day =
      precision === 'month'
        ? `${date.slice(0, 7)}-01`
        : precision === 'year'
          ? `${date.slice(0, 4)}-01-01`
          : paired
            ? `${date.slice(0, 8)}${String(firstDay).padStart(2, '0')}`
            : date;
    dates.push({
      date: day,
      basis: explicit ? 'explicit' : 'relative',
      precision,
      start: result.index - (paired ? (firstOfTwo?.[0].length ?? 0) : 0),
      end: result.index + result.text.length,
      text: paired ? `${firstOfTwo?.[0] ?? ''}${text}` : text,
    });
  }
  return dates;
}
