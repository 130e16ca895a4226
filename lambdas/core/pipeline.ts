/**
 * The per-document context and the steps that code sentences. Each sentence goes actors -> actions ->
 * events -> dates -> places; the order inside a sentence matters because each step reads the spans
 * the previous one found.
 */
import type { Dictionaries } from './dictionaries';
import type { PlaceEntry } from './dictionaries/types';
import { eventId } from './event-id';
import {
  ATTACK_ROOTS,
  assembleEvents,
  type Discourse,
  type Dropped,
  type Dyad,
  HOME_FIGHTER_ROLES,
  isNominal,
  isPartyToTalks,
  NO_TARGET,
  RELATIVE_CLAUSE_IN_COMMAS,
  VERBAL_ROOTS,
} from './steps/assemble-events';
import type { ActionMatch } from './steps/find-actions';
import { findActions } from './steps/find-actions';
import {
  type ActorPhrase,
  datelineEnd,
  findActors,
  isState,
  newMemory,
  OWN_FORCES_ROLES,
  SPEECH_VERBS,
} from './steps/find-actors';
import { findPlaceMentions, type PlaceMention, placeEvent, VENUES } from './steps/find-places';
import { addDays, findDates, type ResolvedDate } from './steps/resolve-dates';
import type { Sentence } from './steps/split-sentences';
import { isPastVerb, type Token, tokenizeWithOffsets } from './text/tokens';
import type { ActionRef, ActorRef, CodeOptions, EventRecord, TraceEntry } from './types';

export interface Context {
  text: string;
  options: CodeOptions;
  dicts: Dictionaries;
  coder: string;
  published: string;
  body: string;
  sentences: Sentence[];
  documentPlaces: Set<PlaceEntry>;
  /** Fingerprint of the document's text, part of every event id (see event-id.ts). */
  contentHash: string;
  /** The tokens of each sentence, by sentence index. */
  tokens: Token[][];
  /** The gazetteer places named in each sentence, by sentence index. */
  places: PlaceMention[][];
  /** The country most places in the article belong to: whose police and protesters an unnamed "police" are. */
  homeCountry: string | null;
  /** Whether the text opens with a wire dateline ("KYIV (AFP) -"): a report, not a statement by whoever it names. */
  wireStory: boolean;
  events: EventRecord[];
  warnings: string[];
  trace: TraceEntry[];
}

/** Built only when asked for: the produced-event entry formats a string per event. */
function trace(context: Context, entry: () => TraceEntry): void {
  if (context.options.explain) context.trace.push(entry());
}

/** For --explain: a dyad the sentence found and does not code, and why. */
function traceDropped(context: Context, sentence: number, rule: string, detail: string): void {
  trace(context, () => ({ sentence, step: 'assemble', rule, outcome: 'dropped', detail }));
}

export function findDocumentPlaces(context: Context): void {
  const countryCounts = new Map<string, number>();
  for (const sentence of context.sentences) {
    // Tokenised once here and kept: every later step reads the same tokens.
    const tokens = withoutInitials(tokenizeWithOffsets(sentence.text));
    context.tokens.push(tokens);
    const mentions = findPlaceMentions(tokens, context.dicts);
    context.places.push(mentions);
    for (const mention of mentions) context.documentPlaces.add(mention.place);
  }
  // A bureau dateline places the story when another place the article names is in its country.
  const all = context.places.flat();
  // (The title is sentence 0; the dateline opens the body.)
  context.wireStory = context.places
    .slice(0, 2)
    .some((mentions) => mentions.some((mention) => mention.dateline));
  // "Tanzania: Statement by the Spokesperson on the arrest of ...": a title naming its country first
  // says where the story is.
  const [title] = context.places;
  const titled = title?.find(
    (mention) => mention.at === 0 && mention.place.kind === 'country' && context.tokens[0]?.[1]?.norm === ':',
  );
  if (titled) titled.locative = true;
  for (const mention of all) {
    if (mention.bureau)
      mention.locative = all.some(
        (other) => other !== mention && other.place.country === mention.place.country,
      );
  }
  context.places.forEach((mentions, sentence) => {
    const tokens = context.tokens[sentence] ?? [];
    for (const mention of mentions) {
      const country = mention.place.country;
      // Only where things happen ("in Kyiv") says where the story is; a country named as an actor does not,
      // nor a city where the world meets ("EU ministers agreed in Brussels" on sanctions on Georgia),
      // nor where a meeting is held ("at a meeting in Malaysia" in a story of Myanmar's war).
      if (
        country &&
        mention.locative &&
        mention.place.kind !== 'sea' &&
        !VENUES.has(mention.place.name) &&
        !HELD_GATHERINGS.has(tokens[mention.at - 2]?.norm ?? '')
      )
        countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
    }
  });
  const ranked = [...countryCounts].sort((a, b) => b[1] - a[1]);
  const [top, runnerUp] = ranked;
  // Only a clear majority makes a home country; a story spread over several countries has none.
  // (In a tie, the bureau's country: "BOGOTA - ... talks resumed in Havana" is a Colombian story.)
  const bureau = all.find((mention) => mention.bureau && mention.locative)?.place.country;
  if (!top) context.homeCountry = null;
  else if (!runnerUp || top[1] > runnerUp[1]) context.homeCountry = top[0];
  else context.homeCountry = bureau && countryCounts.get(bureau) === top[1] ? bureau : null;
}

/** Gatherings held somewhere: "a meeting in Malaysia", "talks in Kunming" place the gathering, not the story. */
const HELD_GATHERINGS = new Set([
  'meeting',
  'meetings',
  'talks',
  'summit',
  'conference',
  'negotiations',
  'forum',
]);

/**
 * "On Saturday, ...", "Meeting in Ankara on Saturday, ...": a time in the phrase that opens the
 * sentence, up to its first comma, sets the time of the clause after it however long its subject.
 */
function opensSentence(sentence: string, date: ResolvedDate, actionStart: number): boolean {
  const firstComma = sentence.indexOf(',');
  return firstComma >= date.start && firstComma < actionStart && date.start < 60;
}

/**
 * A day told in the text that the story can go on from: a day (not a month), named in the text, not
 * counted from the story's last act, and not after the publication.
 */
function aDayPast(date: ResolvedDate, published: string): boolean {
  return (
    date.precision === 'day' &&
    date.afterStory === undefined &&
    date.basis !== 'document' &&
    date.date <= published
  );
}

/**
 * "Guinean forces fired", "Ukraine's army then shelled": a verb right after the actor doing it (one
 * adverb between at most), not the verb of a relative clause ("who spoke with", "a statement
 * released on Sunday").
 */
function saidRightAfterItsDoer(action: ActionMatch, phrases: ActorPhrase[], tokens: Token[]): boolean {
  if (RELATIVES.has(tokens[action.start - 1]?.norm ?? '')) return false;
  return phrases.some((phrase) => phrase.end === action.start || phrase.end === action.start - 1);
}
const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * "Zelensky, who arrived in Rome on Monday, met Meloni on Tuesday": a time inside a ", who/whose/which ...,"
 * aside closed before the verb dates what the aside says, not the verb.
 */
function inRelativeAside(sentence: string, date: ResolvedDate, actionStart: number): boolean {
  // From the start: chrono's text may end with the comma ("on Monday,").
  if (date.end > actionStart) return false;
  const comma = sentence.indexOf(',', date.start);
  if (comma < 0 || comma >= actionStart) return false;
  const opened = sentence.lastIndexOf(',', date.start - 1);
  return opened >= 0 && /^\s*(?:who|whose|which)\b/i.test(sentence.slice(opened + 1, date.start));
}

/** Nouns after a demonym that still name the state itself: "a Palestinian state", "the Syrian regime". */
const STATE_NOUNS =
  /^(?:\s+(?:state|government|regime|authorities|leadership)|'s?\s+(?:[a-z-]+\s+){0,3}(?:ambassador|envoy|commissioner|charge d'affaires|chargé d'affaires|diplomats?|consul|representative|counterpart))?$/;

const PLACE_AFTER_TARGET = /\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?$/;

/**
 * "recognised a Palestinian state on Tuesday", "criticised the government of Israel on Monday": only
 * the act's target (and an article) stands between the verb and the time, so the time is the act's.
 */
function afterTarget(
  sentence: string,
  actionEnd: number,
  date: ResolvedDate,
  target: ActorRef | null,
): boolean {
  if (!target || date.start < actionEnd) return false;
  const between = sentence
    .slice(actionEnd, date.start)
    .trim()
    // ("condemned al Shabaab on Tuesday": the lowercase particle of a name is not in its phrase.)
    .replace(/^(?:(?:a|an|the)\s+)?(?:(?:al|el|ad|ash|as|ar|an|at|az|de|da|van|von)\s+)?/i, '');
  return (
    target.text.length > 0 &&
    between.startsWith(target.text) &&
    // ("summoned Greece's ambassador in Ankara on Wednesday": where it was done may come first.)
    STATE_NOUNS.test(between.slice(target.text.length).replace(PLACE_AFTER_TARGET, ''))
  );
}

/** Acts inside verbal roots that happen at a time of their own (a signing). */
const DATED_ACTS = new Set(['057']);
/**
 * "summoned the Greek ambassador on Wednesday", "summoned Greece's ambassador in Ankara on Monday":
 * only the diplomat summoned (and where) stands between a summons and its time. ("summoned the
 * French ambassador over remarks Macron made on Sunday": the time is the remarks'.)
 */
const SUMMONED_DIPLOMAT =
  /^\s*(?:(?:the\s+)?(?:[A-Z][\w-]*(?:'s)?\s+){0,4}(?:ambassador|envoy|charge d'affaires|chargé d'affaires|diplomats?|representative)(?:\s+[A-Z][\w-]*){0,3})?(?:\s*(?:in|to)\s+[A-Z][\w-]*)?\s*$/;
/** Words that make the word after them a noun ("a two-week strike"). */
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'this']);
/** Words that put what follows in the future. */
const FUTURE_CLAUSE = /\b(?:will|would|shall|'ll)\b/i;
/** "On Friday afternoon, ...": a sentence opening on its day (see openingDay). */
const OPENS_ON_A_DAY = /^On\s/;
/** Agreements signed and truces agreed: what "welcomed the agreement" later praises the sides of. */
const AGREEMENT_CODES = new Set(['057', '0871', '087', '085', '086']);
/** A side of an agreement: a state, or an armed group or opposition that negotiates with one. */
function isSide(actor: ActorRef): boolean {
  return isState(actor) || isPartyToTalks(actor);
}
/** Roots of force: a country named alone acts through its military; otherwise through its government. */
const FORCE_ROOTS = new Set(['15', '18', '19', '20']);
/** Attacks: assault, fight, mass violence. */
const ATTACK_CODE = /^(?:18|19|20)/;
const MAX_DATE_DISTANCE = 90;
/** A count of time that ends in "after" or "before" ("a week after", "two days before"). */
const COUNT_BEFORE_ACT = /\b(?:after|before)\s*$/i;
/** "'s" right after a day: the day owns the noun after it ("Sunday's air strike"). */
const OWNED_BY_DAY = /^['’]s\b/;
/** ", and he", "but they": a clause with a subject of its own. */
const NEW_SUBJECT_CLAUSE = /,\s+(?:and|but)\s+(?:he|she|they|it|we)\b/i;
/** How far after the verb a day may be when no other clause starts between them. */
const MAX_CLAUSE_DATE_DISTANCE = 160;
/** ", Pakistan," after a place: the country it is in, set off by commas. */
const PLACE_APPOSITION = /, [A-Z][\w'-]*(?: [A-Z][\w'-]*)?,/g;
/** Punctuation or words that start another clause, whose time it would be. */
// (An act named as a noun has a day of its own: "charged a soldier over the killing of three
// civilians in ... on October 12".)
const CLAUSE_BETWEEN =
  /[,;:()\u2014]|\.\s|\b(?:which|who|whom|that|after|before|when|while|since|and|but|as|where|over|accused|launched|retaliation|response|killing|killings|attacks?|strikes?|barrage|bombing|shooting|raid|deaths?|murder|assassination|explosion)\b/i;
const WEEK_MS = 7 * 86_400_000;
/** Sign a formal agreement. */
const SIGNING = '057';
/** Patterns of bringing down what was fired: force used in defence, no attack of its own. */
const DEFENSIVE_PATTERNS = new Set([
  '@shoot down',
  '@engage and @destroy',
  '@intercept and @destroy',
  '@return fire',
]);
const FIGHTING_ROLES = new Set(['GOV', 'MIL', 'REB', 'UAF', 'INS', 'SEP', 'COP']);
/** Who can be a side in a fight: a state, its forces, an armed group (not the civilians it hit). */
function canFight(actor: ActorRef): boolean {
  return actor.org !== null || actor.role === null || FIGHTING_ROLES.has(actor.role);
}

/** A speech verb right before a time: the time is when something was said. */
const SAID_BEFORE = /\b(?:said|says|announced|stated|told reporters)\s+$/i;
/** Verbs of someone else's words: "remarks Trump made in an interview" dates the interview, not the reply. */
const OTHERS_WORDS = /\b(?:made|gave|said|delivered|told|wrote|posted|published|issued|uttered)\b/i;

/**
 * "condemned the attack in a statement on Tuesday": a time right after the medium of a statement is
 * when it was made, whatever the statement was about.
 */
function statementMediumBefore(sentence: string, actionEnd: number, dateStart: number): boolean {
  if (dateStart < actionEnd) return false;
  const between = sentence.slice(actionEnd, dateStart);
  return STATEMENT_MEDIUM_BEFORE.test(between.slice(-60)) && !OTHERS_WORDS.test(between);
}

const STATEMENT_MEDIUM_BEFORE =
  /\b(?:in|on|via|through|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:(?:joint|written|brief|televised|separate)\s+)?(?:statement|post|letter|speech|tweet|communique|communiqué|briefing|press release|news conference|press conference|interview|address|readout)\s*,?\s*$/i;
const RANGE_OPENERS = /\b(?:since|until|till|before|by)\s+(?:the\s+)?$/i;

/**
 * "Egypt condemned Israel on Tuesday", "urged the United States yesterday": only a name stands
 * between the verb and the time, so the time dates the statement. A common noun there ("condemned
 * the attack on Tuesday") leaves the time to what the noun names.
 */
function afterAddressee(tokens: Token[], actionEnd: number, date: ResolvedDate): boolean {
  if (date.start < actionEnd) return false;
  const between = tokens.filter((token) => token.start >= actionEnd && token.end <= date.start);
  return (
    between.length > 0 &&
    between.length <= 5 &&
    between.some((token) => token.capitalized) &&
    // "condemned Israel's September raid": a possessive name is the owner of what follows, and the
    // time is that thing's.
    between.every((token) => (token.capitalized && !token.possessive) || token.norm === 'the')
  );
}

const COUNTED_DAYS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};
/** "a day after", "two days before": a count of days from something the sentence goes on to tell. */
const DAYS_AFTER = /^(a|one|two|three|four|five|six|seven|\d) days? (after|before)$/i;

/**
 * "Hezbollah fired rockets on Thursday, a day after an Israeli air strike killed a commander": the
 * strike was on Wednesday, counted back from the time the sentence gives right before the phrase
 * (and forward for "a day before").
 */
function daysBeforeAnchor(sentence: string, actionStart: number, dates: ResolvedDate[]): ResolvedDate | null {
  let phrase: ResolvedDate | undefined;
  let days = 0;
  for (const date of dates) {
    const count = date.end <= actionStart ? DAYS_AFTER.exec(date.text.trim()) : null;
    if (count?.[1]) {
      phrase = date;
      days = COUNTED_DAYS[count[1].toLowerCase()] ?? Number(count[1]);
      // ("On March 10, a day before officials held talks": the talks were the day after.)
      if (count[2]?.toLowerCase() === 'before') days = -days;
    }
  }
  if (!phrase) return null;
  const start = phrase.start;
  const anchor = dates.find(
    (date) =>
      date.end <= start && start - date.end <= 3 && date.precision === 'day' && date.afterStory === undefined,
  );
  // (Nothing dated between the phrase and the act, and the act in the clause the phrase opens: "On
  // Sunday, two days after the election, police arrested" is Sunday's.)
  const end = phrase.end;
  if (!anchor || dates.some((date) => date.start >= end && date.end <= actionStart)) return null;
  if (/[,;]/.test(sentence.slice(end, actionStart))) return null;
  return { ...anchor, date: addDays(anchor.date, -days) };
}

/** A sentence that asks: it ends on a question mark (a closing quote or bracket may follow). */
function isQuestion(text: string): boolean {
  // (Read from the end: a regex anchored at the end would still be tried from every position.)
  let end = text.length - 1;
  while (end >= 0 && CLOSERS_AFTER_QUESTION.has(text[end] ?? '')) end--;
  return text[end] === '?';
}

const CLOSERS_AFTER_QUESTION = new Set([' ', '\n', '\t', '"', "'", '\u201d', '\u2019', ')', ']']);

/**
 * "On Thursday, Wong will travel to Port Moresby": a day before a verb in the future, with no
 * statement between, is when the act is to happen, not when it was stated ("On Tuesday, Australia
 * said it will").
 */
function timesTheActItself(sentence: string, date: ResolvedDate, actionStart: number): boolean {
  const between = sentence.slice(date.end, actionStart);
  return FUTURE_FRAME.test(between) && !STATED.test(between);
}

const FUTURE_FRAME = /\b(?:will|(?:is|are) (?:due|scheduled|set|expected|to))\b/;
const STATED = /\b(?:said|says|told|tells|announced|announces|confirmed|stated|declared|added)\b/;

function dateFor(
  code: string,
  action: ActionMatch,
  tokens: Token[],
  dates: ResolvedDate[],
  sentence: string,
  target: ActorRef | null,
): ResolvedDate | null {
  const actionStart = tokens[action.start]?.start ?? 0;
  // An intent is dated when it was stated ("Today, ... announced", "agreed on Tuesday to lift",
  // "..., the minister said on Tuesday"), never by the time it is about ("will visit next month").
  if (code === '036' || action.modality === 'future')
    return (
      dates.find(
        (date) =>
          (!timesTheActItself(sentence, date, actionStart) &&
            (opensSentence(sentence, date, actionStart) ||
              (date.end <= actionStart && actionStart - date.end <= 12))) ||
          SAID_BEFORE.test(sentence.slice(Math.max(0, date.start - 12), date.start)),
      ) ?? null
    );
  const earlier = daysBeforeAnchor(sentence, actionStart, dates);
  if (earlier) return earlier;
  const actionEnd = tokens[action.end - 1]?.end ?? actionStart;
  const usable = dates.filter(
    (date) =>
      !RANGE_OPENERS.test(sentence.slice(Math.max(0, date.start - 12), date.start)) &&
      // ("came less than a week after Russia struck Kyiv's hospital on July 8": a count of days
      // "after" the act that follows it dates the clause it belongs to, not that act.)
      // ("On March 10, a day before the summit, officials met": nor when it describes a day named right
      // before it; that day dates the act.)
      !(date.end <= actionStart && COUNT_BEFORE_ACT.test(date.text)) &&
      !inRelativeAside(sentence, date, actionStart) &&
      // ("said Beijing had hosted talks in Kunming last week, and he urged both sides": a time told
      // before ", and" with a new subject is the other clause's.)
      !(date.end <= actionStart && NEW_SUBJECT_CLAUSE.test(sentence.slice(date.end, actionStart))) &&
      // ("condemned Sunday's air strike and called on": a day owning a noun dates that thing, not the
      // verbs around it; "Sunday's attack by al-Shabaab" is the act it owns.)
      !(
        OWNED_BY_DAY.test(sentence.slice(date.end, date.end + 3)) &&
        !(date.end <= actionStart && actionStart - date.end <= 12)
      ) &&
      // "had agreed to the truce ..., and commanders would meet on Tuesday": a time in a clause about
      // the future dates what is to come, not the act told before it.
      !(date.start >= actionEnd && FUTURE_CLAUSE.test(sentence.slice(actionEnd, date.start))) &&
      // "is on a state visit to India, his first since taking office in 2023": a year or a month
      // since which, not when ("its largest attack since the start of the war on Monday" is dated).
      !(
        date.start >= actionEnd &&
        date.precision !== 'day' &&
        /\bsince\b/i.test(sentence.slice(actionEnd, date.start))
      ),
  );
  // ("held talks with Nigerian President Tinubu, who is in Beijing for a state visit, at the Great
  // Hall of the People on Tuesday": a relative clause in commas between the act and its day is not
  // counted in how far the day is.)
  const asides = sentence.includes(', who') || sentence.includes(', which');
  const asideLength = (from: number, to: number) => {
    if (!asides) return 0;
    let length = 0;
    for (const aside of sentence.slice(from, to).matchAll(RELATIVE_CLAUSE_IN_COMMAS))
      length += aside[0].length;
    return length;
  };
  const distance = (date: ResolvedDate) =>
    date.end <= actionStart
      ? actionStart - date.end
      : date.start >= actionEnd
        ? date.start - actionEnd - asideLength(actionEnd, date.start)
        : 0;
  const sorted = [...usable].sort((a, b) => distance(a) - distance(b));
  const nearest = sorted[0];
  // A time expression far from the verb usually dates something else the sentence mentions (unless
  // the verb's own clause runs on to it: "blocked a convoy of aid trucks headed for Gaza near the
  // Tarqumiya checkpoint in the occupied West Bank on Monday").
  if (
    !nearest ||
    (distance(nearest) > MAX_DATE_DISTANCE &&
      !opensSentence(sentence, nearest, actionStart) &&
      !(
        distance(nearest) <= MAX_CLAUSE_DATE_DISTANCE &&
        nearest.start >= actionEnd &&
        nearest.precision === 'day' &&
        // (A place's country in commas is no clause: "at the railway station in Quetta, Pakistan, on".)
        !CLAUSE_BETWEEN.test(sentence.slice(actionEnd, nearest.start).replace(PLACE_APPOSITION, ' '))
      ))
  )
    return null;
  if (VERBAL_ROOTS.has(code.slice(0, 2)) && !DATED_ACTS.has(code)) {
    // "condemned on Sunday" or "On Sunday, X condemned": the time belongs to the statement; a date
    // further on usually belongs to what is being talked about.
    const before = nearest.end <= actionStart;
    // (A day owning what is condemned, "condemned Sunday's attack", is no longer among the times.)
    const rightAfter = nearest.start >= actionEnd && distance(nearest) <= 4;
    return before ||
      rightAfter ||
      statementMediumBefore(sentence, actionEnd, nearest.start) ||
      (code === '114' &&
        nearest.start >= actionEnd &&
        SUMMONED_DIPLOMAT.test(sentence.slice(actionEnd, nearest.start))) ||
      afterAddressee(tokens, actionEnd, nearest) ||
      afterTarget(sentence, actionEnd, nearest, target)
      ? nearest
      : null;
  }
  return nearest;
}

/**
 * A country named alone ("Iran launched drones", "sanctions on Iran") gets the sector it acts through:
 * the military for force by the source, the government otherwise. A country attacked stays a country.
 */
function withStateRole<T extends ActorRef | null>(actor: T, root: string, side: 'source' | 'target'): T {
  if (actor === null) return actor;
  // "Russians shelled Kherson", "Israelis struck a school": a people named by its demonym that uses
  // force acts through its military ("Kenyans marched" stay civilians).
  if (side === 'source' && FORCE_ROOTS.has(root) && byDemonym(actor))
    return { ...actor, role: 'MIL', code: `${actor.country}MIL` };
  if (actor.role !== null || actor.org !== null || actor.country === null) return actor;
  const force = FORCE_ROOTS.has(root);
  if (force && side === 'target') return actor;
  const role = force ? 'MIL' : 'GOV';
  return { ...actor, role, code: `${actor.country}${role}` };
}

/** Civilians named by a demonym alone ("Russians"): resolved to their country's name, not a role word. */
function byDemonym(actor: ActorRef): boolean {
  return (
    actor.role === 'CVL' &&
    actor.country !== null &&
    actor.org === null &&
    actor.name !== actor.text &&
    /^\p{Lu}\p{L}*s$/u.test(actor.text)
  );
}

/**
 * An attack that restates another of the sentence's: its toll ("killing five"), or the verb right
 * after an attack named as a noun by the same actor ("an air strike hit a market").
 */
function restatesAttack(dyad: Dyad, dyads: Dyad[]): boolean {
  if (!isAttack(dyad)) return false;
  if (RESTATED_BY.has(dyad.action.pattern.source)) return true;
  if (isNominal(dyad.action)) return false;
  return dyads.some(
    (other) =>
      other !== dyad &&
      isAttack(other) &&
      isNominal(other.action) &&
      other.source.code === dyad.source.code &&
      dyad.action.start >= other.action.end &&
      dyad.action.start - other.action.end <= 2,
  );
}

/**
 * "air strikes against several areas of the Gaza Strip, which killed hundreds": the toll of the attack
 * told before it, whatever noun "which" seems to follow (a place kills no one).
 */
function tollAfterWhich(dyad: Dyad, dyads: Dyad[], tokens: Token[]): boolean {
  return (
    KILLING.has(dyad.action.pattern.source) &&
    tokens[dyad.action.start - 1]?.norm === 'which' &&
    tokens[dyad.action.start - 2]?.norm === ',' &&
    dyads.some((other) => other !== dyad && isAttack(other) && other.action.end <= dyad.action.start)
  );
}

/** "the two", "both sides", "the two governments": a reference to a pair. */
const PAIR_REFERENCE = /^(?:the two|both)\b/i;

/**
 * "Ramaphosa hosted Chinese Premier Li Qiang, and the two governments signed an agreement": the two
 * are the pair the sentence has just told meeting, not the sides of an earlier sentence; their joint
 * act is coded once, from the first to the second.
 */
function pairOfTheSentence(dyads: Dyad[], dropped: Dropped[], tokens: Token[]): void {
  const meeting = dyads.find(
    (dyad) => dyad.code.startsWith('04') && dyad.target !== null && dyad.target.code !== dyad.source.code,
  );
  if (!meeting?.target) return;
  // The subject right before the act, after the meeting: "..., and the two governments signed".
  const pairBefore = (action: ActionMatch) => {
    const subject = tokens
      .slice(meeting.action.end, action.start)
      .map((token) => token.norm)
      .join(' ');
    return /(?:^|, |and )(?:the two|both)(?: \w+)?$/.test(subject);
  };
  // ("met Umerov in Kyiv, and the two signed a memorandum": a joint act left with no one to aim at.)
  for (const drop of dropped) {
    const { action } = drop;
    const joint = action.pattern.rule.mutual === true || AGREEMENT_CODES.has(action.code);
    if (drop.reason === NO_TARGET && joint && action.start > meeting.action.end && pairBefore(action)) {
      const rule = `${action.code}:"${action.pattern.source}" (the pair the sentence met)`;
      dyads.push({ action, code: action.code, source: meeting.source, target: meeting.target, rule });
    }
  }
  const seen = new Set<ActionMatch>();
  for (let k = dyads.length - 1; k >= 0; k--) {
    const dyad = dyads[k] as Dyad;
    if (
      dyad === meeting ||
      dyad.action.start < meeting.action.end ||
      !(PAIR_REFERENCE.test(dyad.source.text) || pairBefore(dyad.action))
    )
      continue;
    if (seen.has(dyad.action)) {
      dyads.splice(k, 1);
      continue;
    }
    seen.add(dyad.action);
    dyads[k] = { ...dyad, source: meeting.source, target: meeting.target };
  }
}

/** Attacks of any kind (18 assault, 19 fight, 20 mass violence). */
function isAttack(dyad: Dyad): boolean {
  return ATTACK_ROOTS.has(dyad.code.slice(0, 2));
}
/** Tolls that name whom an attack hit. */
const KILLING = new Set(['@kill', '@neutralize', '@neutralise']);
/** Hostage taking and abduction (181). */
const ABDUCTION = '181';
/**
 * Verbs that tell an attack by its toll, restating one the sentence names by its means ("stormed
 * the town, setting homes on fire").
 */
const RESTATED_BY = new Set([
  '@kill',
  '@neutralize',
  '@neutralise',
  '@set ** on fire',
  '@set fire to',
  '@torch',
]);

/** People who take to the streets, named before the verb. */
const PEOPLE_BEFORE =
  /\b(?:supporters|protesters|protestors|demonstrators|thousands|hundreds|crowds?|residents|people|students|workers|activists)\b/i;

/** Who speaks for a state or an organisation: a country named alone, its government, an IGO. */
function speaksForAState(actor: ActorRef): boolean {
  return actor.org !== null || isState(actor);
}

/** Roles that only mean something with their state: "police" of which country? */
const STATE_ROLES = new Set(['COP', 'OPP', 'JUD', 'LEG', 'GOV', 'MIL']);
const DOMESTIC_ROLES = new Set(['CVL', 'COP', 'OPP', 'JUD', 'LEG', 'MED']);

/** "Georgian police arrested opposition leaders": a domestic actor without a country is the other side's. */
function withCounterpartCountry(source: ActorRef, target: ActorRef | null): [ActorRef, ActorRef | null] {
  const fill = (actor: ActorRef, other: ActorRef | null): ActorRef =>
    !actor.country && !actor.org && other?.country && DOMESTIC_ROLES.has(actor.role ?? '')
      ? { ...actor, country: other.country, code: `${other.country}${actor.role}` }
      : actor;
  return [fill(source, target), target && fill(target, source)];
}

/** Aid and those who bring it ("relief supplies from China", "a Japanese disaster relief team"). */
const AID_WORDS = /\b(?:aid|relief|supplies|assistance|rescuers|rescue teams?|medical teams?)\b/gi;
/** Officials or efforts an aid word names instead ("UN aid chief Tom Fletcher", "relief talks"). */
const NOT_AID_BEARERS =
  /^ (?:chief|officials?|coordinator|director|envoy|minister|talks|efforts|agency|package)\b/i;
/** What starts another clause between the aid and the verb ("a day after", "who ...", "Amid ...,"). */
const OTHER_CLAUSE = /\b(?:after|before|when|while|who|which|that|as|since|despite|amid)\b/i;

/** Whether aid, or those who bring it, is the subject of the verb of arrival that `before` leads to. */
function aidArrives(before: string): boolean {
  for (const match of before.matchAll(AID_WORDS)) {
    const tail = before.slice((match.index ?? 0) + match[0].length);
    // (A comma before a small word ends the phrase: "Amid shortages of fuel supplies, a delegation".)
    if (!NOT_AID_BEARERS.test(tail) && !OTHER_CLAUSE.test(tail) && !/[.;:]|, [a-z]/.test(tail)) return true;
  }
  return false;
}

/** Aid the arriving carry, told after the verb ("landed in Port Vila yesterday carrying relief supplies"). */
const CARRYING_AID =
  /^[^.;]{0,60}?\b(?:carrying|bringing|delivering|loaded with|with)\s+(?:[\w-]+\s+){0,5}?(?:aid|relief|supplies|assistance|rescue)\b/i;

/** An actor who is a person (a minister, a president), not a state or an organisation. */
function namesAPerson(actor: ActorRef, context: Context): boolean {
  return (
    actor.org === null && actor.country !== null && countryActor(context, actor.country).name !== actor.name
  );
}
const PROTESTERS = /\b(?:protesters|protestors|demonstrators|rioters|mobs?|crowds?)\b/i;
/** A sentence whose subject is protesters, with no other actor before the verb. */
const PROTESTERS_OPENING =
  /^(?:(?:some|many|hundreds|thousands|dozens)(?: of)? )?(?:protesters|protestors|demonstrators|rioters)\b/i;

/** What teams do to each other in sport reads as meetings and force ("beat Spain", "attacked the net"). */
const SPORTING_ROOTS = new Set(['04', '17', '18', '19', '20']);
const SPORTS_WORDS = new Set([
  ...['wimbledon', 'olympics', 'paralympics', 'tournament', 'semifinal', 'semi-final', 'semi-finals'],
  ...['quarterfinal', 'quarter-final', 'quarter-finals', 'championship', 'championships', 'goalkeeper'],
  ...['striker', 'midfielder', 'bowlers', 'batsmen', 'batters', 'wicket', 'wickets', 'innings'],
  ...['touchdown', 'kickoff', 'medal', 'medals', 'fixture', 'fixtures', 'unbeaten', 'scoreline'],
  ...['standings', 'qualifier', 'qualifiers', 'playoff', 'playoffs', 'semifinals', 'quarterfinals'],
  // (Not "referee": "the UN acted as referee" is politics.)
  ...['equaliser', 'equalizer', 'hat-trick', 'halftime', 'half-time'],
  // Races: "won the Berlin Marathon in 2:02:41", "with Germany's Jonas Feld on the podium".
  ...['marathon', 'marathons', 'podium', 'triathlon', 'peloton', 'cyclists', 'sprinter', 'sprinters'],
  // Rugby: "with winger Caleb Clarke scoring twice".
  ...['winger', 'wingers', 'scrum', 'scrum-half', 'fly-half', 'lineout', 'sin-bin'],
]);
const SPORTS_PAIRS = new Set([
  'world cup',
  'grand slam',
  'champions league',
  'premier league',
  'grand prix',
  'copa america',
  'euro 2024',
  'top order',
  'home side',
  'away side',
  'stoppage time',
  'test match',
]);
/** The first words of SPORTS_PAIRS, so most words are not joined to their next to be looked up. */
const PAIR_STARTS = new Set([...SPORTS_PAIRS].map((pair) => pair.split(' ')[0] ?? ''));
const AFTER_FINAL = new Set(['in', 'at', 'of', 'on', 'against']);
/** What a victory is won by: "by 64 runs", "by five wickets", "by two goals", "by three strokes". */
const MARGINS = new Set(['runs', 'wickets', 'goals', 'points', 'strokes', 'lengths', 'seconds']);
/** "beat Spain 2-1", "won 3-0": a result and a score. */
const SCORE =
  /\b(?:beat|beats|beating|beaten|defeated|defeating|won|winning|lost|losing|drew|thrashed|edged|edging|held)\b[^.]*\b\d{1,2}-\d{1,2}\b/i;
const SCORE_DIGITS = /\d-\d/;

/** A match report says so in its title and lead: two of its first sentences are sport. */
const SPORTS_LEAD = 4;
/**
 * A result or a match's clock: "beat Uganda 2-1", "in the 17th minute", a race's time "in 2:16:05" or
 * "in 2 hours 2 minutes" (a dash, a colon or the word first: all are cheap).
 */
function matchSignal(text: string): boolean {
  return (
    (text.includes('-') && /\d-\d/.test(text)) ||
    (text.includes(' minute') && /\d(?:st|nd|rd|th) minute|\d hours? \d+ minutes/.test(text)) ||
    (text.includes(':') && /\b\d:\d\d:\d\d\b/.test(text))
  );
}

/**
 * A match report: two of the first four sentences are sport, and one of them gives a result or a
 * match's clock (a political story about the Olympics names medals, not scores).
 */
function isMatchReport(context: Context): boolean {
  const first = context.sentences.slice(0, SPORTS_LEAD);
  // (The result or the clock first: a cheap test that most texts fail.)
  if (!first.some((sentence) => matchSignal(sentence.text))) return false;
  const lead = first.filter((sentence) =>
    isSportsReport(sentence.text, context.tokens[sentence.index] ?? []),
  );
  // (Or the lead itself, the title's next sentence, gives a score and a word only sport uses:
  // "New Zealand crushed France 43-17 ..., with winger Caleb Clarke scoring twice".)
  const leadSentence = context.sentences[1];
  return (
    (lead.length >= 2 && lead.some((sentence) => matchSignal(sentence.text))) ||
    (leadSentence !== undefined && lead.includes(leadSentence) && matchSignal(leadSentence.text))
  );
}

/** A sentence about a match: a word only sport uses, a competition's name, or a score. */
function isSportsReport(sentence: string, tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.norm ?? '';
    if (SPORTS_WORDS.has(word)) return true;
    // "in the 17th minute": a match's clock.
    if (word === 'minute' && /^\d+(?:st|nd|rd|th)$/.test(tokens[i - 1]?.norm ?? '')) return true;
    // "beat Bangladesh by 64 runs", "won by two goals": a margin of victory.
    if (
      MARGINS.has(word) &&
      tokens[i - 2]?.norm === 'by' &&
      /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[i - 1]?.norm ?? '')
    )
      return true;
    if (PAIR_STARTS.has(word) && SPORTS_PAIRS.has(`${word} ${tokens[i + 1]?.norm ?? ''}`)) return true;
    // "clashed in the final in Miami", not "in the final round of talks".
    if (word === 'final' && tokens[i - 1]?.norm === 'the' && tokens[i - 2]?.norm === 'in') {
      const next = tokens[i + 1];
      if (!next || next.punct || AFTER_FINAL.has(next.norm)) return true;
    }
  }
  // (A score has a digit, a dash and a digit: looked for before the slower pattern.)
  return SCORE_DIGITS.test(sentence) && SCORE.test(sentence);
}

/** "since January", "since the start of": the months a running total counts over ("May" is too common a word). */
const SINCE_MONTHS =
  /\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|june|july|august|september|october|november|december|the (?:start|beginning|outbreak) of)\b/i;

/** A count of what was done: "at least 12 militants", "more than 300 Palestinians". */
const TALLY =
  /\b(?:at least|more than|nearly|almost|dozens of|hundreds of|thousands of)\b|\b\d[\d,]*\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[a-z]/i;
/** "its biggest drone attack since the start of the war", "for the first time since November": news. */
const SINCE_RECORD = /\b(?:biggest|largest|heaviest|deadliest|worst|first|most|longest)\b/i;

/** "Since 1994, the United States has provided $700 million": a running total, not an event. */
function isCumulative(sentence: string, tokens: Token[], action: ActionMatch): boolean {
  // "has expelled dozens of diplomats since Russia's full-scale invasion of Ukraine in 2022".
  const perfect = ['has', 'have'].includes(tokens[action.head - 1]?.norm ?? '');
  if (perfect && /\bsince\b(?:\s+[^\s,;]+){0,8}?\s+(?:in\s+)?(?:19|20)\d\d\b/i.test(sentence)) return true;
  // "have killed at least 12 militants in Sulu since January", "since the start of the year": a tally
  // over months. ("since Sunday" counts the acts of days, which are news.)
  if (perfect && SINCE_MONTHS.test(sentence) && TALLY.test(sentence) && !SINCE_RECORD.test(sentence))
    return true;
  // "This brings to 33 the total number of UN staff detained by the Houthis": a tally.
  for (let i = action.start - 1; i >= Math.max(0, action.start - 10); i--) {
    const word = tokens[i]?.norm ?? '';
    if (word === ',' || word === ';') break;
    if ((word === 'total' || word === 'tally') && ['the', 'a', 'to'].includes(tokens[i - 1]?.norm ?? ''))
      return true;
  }
  // "... since Russia's invasion of Ukraine": what "since" names is the past it counts from.
  for (let i = action.start - 1; i >= Math.max(0, action.start - 5); i--) {
    const word = tokens[i]?.norm ?? '';
    if (word === ',' || word === ';') break;
    if (word === 'since') return true;
  }
  return false;
}

/** "Antony J. Blinken": a middle initial says nothing about who acts, and would split the name. */
function withoutInitials(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (isInitialAt(tokens, i) || (token.text === '.' && isInitialAt(tokens, i - 1))) continue;
    // ("The President of the Republic of Maldives, H.E. Dr. Mohamed Muizzu,": honorifics before a name.)
    if (
      (HONORIFIC_TEXTS.has(token.text) && isHonorificAt(tokens, i)) ||
      (token.text === '.' && HONORIFIC_TEXTS.has(tokens[i - 1]?.text ?? '') && isHonorificAt(tokens, i - 1))
    )
      continue;
    kept.push(token);
  }
  return kept;
}

/** "H.E.", "Dr." or "Prof." before a capitalised name. */
function isHonorificAt(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  // (Compared first: this runs on every token.)
  if (!word || (word.text !== 'H.E.' && !DOCTORS.has(word.text) && !ADDRESS_TITLES.has(word.text)))
    return false;
  const next = tokens[at + 1]?.text === '.' ? tokens[at + 2] : tokens[at + 1];
  if (!next?.capitalized) return false;
  // ("welcomed Mr. Amir Khan Muttaqi to New Delhi": a form of address says nothing of who acts.)
  if (word.text === 'H.E.' || ADDRESS_TITLES.has(word.text)) return true;
  // ("H.E. Dr. Mohamed Muizzu", "Dr. S. Jaishankar"; not "Dr Yang Hengjun", whose title tells the
  // given name from the family name.)
  // (", Dr. Mohamed Muizzu,": a name in apposition, which the title would split.)
  return tokens[at - 1]?.text === 'H.E.' || tokens[at - 1]?.text === ',' || next.text.length === 1;
}

const DOCTORS = new Set(['Dr', 'Prof']);
/** Forms of address before a name ("Mr. Amir Khan Muttaqi", "Ms Mao Ning", "Shri Narendra Modi"). */
const ADDRESS_TITLES = new Set(['Mr', 'Ms', 'Mrs', 'Shri', 'Smt']);
const HONORIFIC_TEXTS = new Set(['H.E.', ...DOCTORS, ...ADDRESS_TITLES]);

/** A lone capital followed by a full stop and a capitalised word: the "J." of "Antony J. Blinken". */
function isInitialAt(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  return (
    word !== undefined &&
    word.text.length <= 2 &&
    tokens[at + 1]?.text === '.' &&
    (tokens[at + 2]?.capitalized ?? false) &&
    /^\p{Lu}$/u.test(word.text)
  );
}

/**
 * "An air strike against an Islamic State target southwest of Baghdad": a group attacked with no
 * country of its own is located by the place the sentence names, as GDELT locates actors.
 */
function locateStateless(actor: ActorRef | null, root: string, places: PlaceMention[]): ActorRef | null {
  if (!actor || actor.country || actor.org || !FORCE_ROOTS.has(root)) return actor;
  const country = places.find((mention) => mention.locative && mention.place.country)?.place.country;
  return country ? { ...actor, country, code: `${country}${actor.role ?? ''}` } : actor;
}

/** Each place with a locative and a country, as that country: what an attack there hit. */
function placesHit(places: PlaceMention[], context: Context): { at: number; country: ActorRef }[] {
  return places
    .filter((mention) => mention.locative && mention.place.country)
    .map((mention) => {
      const country = mention.place.country as string;
      return { at: mention.at, country: countryActor(context, country, mention.place.name) };
    });
}

/** A country as an actor, named by the dictionaries, written `text` in the sentence (else its name). */
function countryActor(context: Context, country: string, text?: string): ActorRef {
  const name = context.dicts.countries.get(country)?.name ?? country;
  return { text: text ?? name, name, code: country, country, role: null, org: null };
}

/** The country of people who are no state ("protesters" in a story set in Mozambique), as a target. */
function ownCountry(source: ActorRef, context: Context): ActorRef | null {
  const country = source.country;
  if (!country || source.org || ['GOV', 'MIL', 'COP', 'JUD', 'LEG'].includes(source.role ?? '')) return null;
  return countryActor(context, country);
}

function placeAsTarget(places: PlaceMention[], context: Context): ActorRef | null {
  const place = places.find((mention) => mention.locative && mention.place.country)?.place;
  if (!place?.country) return null;
  return countryActor(context, place.country, place.name);
}

function actionRef(context: Context, code: string, text: string): ActionRef | null {
  const entry = context.dicts.cameo.get(code);
  return entry ? { text, ...entry } : null;
}

/**
 * "LAGOS, March 10 (Reuters) - Police arrested 12 men on Sunday": the dateline's day is when the
 * story was filed; a time the sentence itself gives dates the act, however much nearer the verb the
 * dateline is.
 */
function afterDateline(dates: ResolvedDate[], tokens: Token[], end: number): ResolvedDate[] {
  if (dates.length < 2 || end === 0) return dates;
  const endChar = tokens[end - 1]?.end ?? 0;
  const inSentence = dates.filter((date) => date.start >= endChar);
  return inSentence.length > 0 ? inSentence : dates;
}

const SEPARATE_TALKS = /\bseparate(?:ly)?\b|\bmediat/i;

/** Words for those who use terror, not an army's force ("insurgents bombarded" is force all the same). */
const TERRORISTS = /\b(?:terror\w*|extremists?|jihadists?|gunm[ae]n|armed m[ae]n|assailants?)\b/i;

/** Gangs, gunmen and armed men, criminals, radicals, and terrorists of no known country. */
function unconventionalForce(actor: ActorRef): boolean {
  return (
    actor.role === 'UAF' ||
    actor.role === 'CRM' ||
    actor.role === 'RAD' ||
    (actor.role === 'REB' && actor.country === null && actor.org === null && TERRORISTS.test(actor.text))
  );
}

/** Conventional weapons: an attack with them is coded by the weapon, whoever uses it. */
const WEAPONS_OF_WAR =
  /\b(?:shell(?:ing|s|ed)?|artillery|mortars?|rockets?|missiles?|drones?|air ?strikes?|airstrikes?|warplanes?|tanks?)\b/i;
/**
 * "Al Shabaab stormed a hotel", "RSF fighters killed 11 civilians", "militants attacked a police
 * station": an armed group's attack on people or police is a terrorist or mob attack (180),
 * as the gold sets' guide codes it; against an army or peacekeepers it stays a military attack (190).
 */
function armedGroupOnPeople(source: ActorRef, target: ActorRef | null, sentence: string): boolean {
  return (
    HOME_FIGHTER_ROLES.has(source.role ?? '') &&
    // ("Shelling by the RSF killed 40 civilians", "attacked a police station with drones": the
    // weapons of war, coded by what they are.)
    !WEAPONS_OF_WAR.test(sentence) &&
    target !== null &&
    target.org === null &&
    (target.role === 'CVL' || target.role === 'COP')
  );
}

/** Nouns for what two sides do together: "talks between X and Y", "fighting between X and Y". */
const TALKS = new Set(['talks', 'negotiations', 'dialogue', 'meeting', 'meetings']);
const BETWEEN_NOUNS = new Set([...TALKS, 'fighting', 'clashes', 'war', 'conflict', 'ceasefire', 'truce']);

/** Where "<noun> between" stands, or -1. */
function sidesAt(tokens: Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i + 1]?.norm === 'between' && BETWEEN_NOUNS.has(tokens[i]?.norm ?? '')) return i;
  return -1;
}

/** The two actors of "talks between X and Y" (or fighting, a truce ...), when both are named. */
function sidesBetween(tokens: Token[], phrases: ActorPhrase[]): ActorRef[] | null {
  const at = sidesAt(tokens);
  if (at < 0) return null;
  const first = phrases.find(
    (phrase) => phrase.start === at + 2 || (phrase.start === at + 3 && tokens[at + 2]?.norm === 'the'),
  );
  if (!first || tokens[first.end]?.norm !== 'and') return null;
  const second = phrases.find(
    (phrase) =>
      phrase.start === first.end + 1 ||
      (phrase.start === first.end + 2 && tokens[first.end + 1]?.norm === 'the'),
  );
  return second && second.actor.code !== first.actor.code ? [first.actor, second.actor] : null;
}

/** "Separately, ...", "In a separate call, ...": the sentence tells another act, not the story's next step. */
function startsSeparately(tokens: Token[]): boolean {
  const first = tokens[0]?.norm;
  return (
    first === 'separately' || (first === 'in' && tokens[1]?.norm === 'a' && tokens[2]?.norm === 'separate')
  );
}

/** The act joined to `dyad`'s by "and" right after its object, done by the same subject, if any. */
function joinedAct(dyad: Dyad, dyads: Dyad[], tokens: Token[]): Dyad | undefined {
  return dyads.find((other) => {
    if (other === dyad || other.source.code !== dyad.source.code || other.action.start <= dyad.action.end)
      return false;
    const between = tokens.slice(dyad.action.end, other.action.start);
    return (
      between.length <= 8 &&
      between[between.length - 1]?.norm === 'and' &&
      !between.some((token) => token.norm === ',' || token.norm === ';')
    );
  });
}

/** Words that name an attack as terrorism. */
const TERROR_WORDS = new Set(['terrorist', 'terror']);

/** "Al-Shabaab claimed responsibility", "which has claimed responsibility": a claim right after `at`. */
function claimsResponsibility(tokens: Token[], at: number): boolean {
  const next = tokens[at]?.norm === 'has' || tokens[at]?.norm === 'have' ? at + 1 : at;
  return CLAIMED.has(tokens[next]?.norm ?? '') && tokens[next + 1]?.norm === 'responsibility';
}
const CLAIMED = new Set(['claimed', 'claims', 'claim']);

/** Armed men of no country or organisation: "terrorists", "the attackers" no one named. */
function unnamedRebels(actor: ActorRef): boolean {
  return actor.role === 'REB' && actor.country === null && actor.org === null;
}

/** "I've just spoken with Prime Minister Netanyahu": done just now, on the day of publication. */
function justDone(tokens: Token[], action: ActionMatch): boolean {
  return (
    tokens[action.start - 1]?.norm === 'just' && PERFECT_AUXILIARIES.has(tokens[action.start - 2]?.norm ?? '')
  );
}
const PERFECT_AUXILIARIES = new Set(['have', 'has', "'ve", "i've", "we've"]);

export function codeSentences(context: Context, knownSpeaker: ActorRef | null = null): void {
  const memory = newMemory(context.homeCountry, context.wireStory);
  memory.speaker = knownSpeaker;
  // "I condemn these attacks ... At my direction, the U.S. military moved aircraft": a statement
  // with no issuer line may say who "I" is only after "I" has spoken.
  let unknownFirstPerson = false;
  const [eventsAtStart, traceAtStart] = [context.events.length, context.trace.length];
  // The time of the last dated act: a sentence without a time expression that continues the story
  // ("Police used water cannon...") happened then, not on the publication day.
  let storyTime: ResolvedDate | null = null;
  // The time the last sentence gave one of its acts, and whose act it was (see "also" below).
  let lastTold: { date: ResolvedDate; country: string | null; sentence: number } | null = null;
  // The last meeting or call told with its time, and between whom (see "readout" below).
  let lastCall: { date: ResolvedDate; sides: string[]; sentence: number } | null = null;
  let lastMeeting: Discourse['lastMeeting'] = null;
  let lastAgreement: Discourse['lastAgreement'] = null;
  let participantsSentence = -1;
  let mediatedSentence = -1;
  // An announced trip is one intent, however many sentences describe it.
  const announced = new Set<string>();
  // Whether the title and lead report a match: then the whole text does.
  let sportsDocument: boolean | undefined;
  // The country the story is set in, as an actor: whom a site or people the text leaves unplaced belong to.
  const home = context.homeCountry ? countryActor(context, context.homeCountry) : null;
  const countryOf = (country: string) => countryActor(context, country);
  for (const sentence of context.sentences) {
    // (The events this sentence adds are the ones after this count.)
    const eventsBefore = context.events.length;
    const tokens = context.tokens[sentence.index] ?? [];
    if (!memory.speaker && !unknownFirstPerson)
      unknownFirstPerson = tokens.some((token) => token.norm === 'i' || token.norm === 'we');
    // "Any update on the Indian fishermen detained by Sri Lanka?": a question asserts no act. ("The
    // DPRK fired missiles into the sea; how does China view this?": what is told before it does.)
    const told = isQuestion(sentence.text)
      ? tokens.findLastIndex((token) => token.norm === ';')
      : tokens.length;
    const actions = findActions(
      sentence.text,
      tokens,
      context.dicts,
      isHeadline(context, sentence.index),
    ).filter((action) => action.start < told);
    // Where the sentence starts after a wire dateline ("NAIROBI, Kenya (AP) -"), or 0.
    const storyStart = datelineEnd(tokens, context.dicts);
    // A sentence with no act still names people and groups for the sentences after it.
    const phrases = findActors(
      sentence.text,
      tokens,
      context.dicts,
      memory,
      context.published,
      storyStart,
      actions.length > 0,
    );
    // "On Friday afternoon, about 400 people gathered outside the Government building": a past
    // sentence that opens on its day is the time the story goes on from, whatever its verb.
    const openingDay = () => {
      const text = sentence.text.slice(tokens[storyStart]?.start ?? 0);
      if (!OPENS_ON_A_DAY.test(text) || FUTURE_CLAUSE.test(text) || !tokens.some(isPastVerb)) return;
      if (tokens.some((token) => SPEECH_VERBS.has(token.norm))) return;
      const dates = afterDateline(findDates(sentence.text, context.published), tokens, storyStart);
      const [date] = dates;
      if (
        dates.length === 1 &&
        date &&
        aDayPast(date, context.published) &&
        /^\s*,/.test(sentence.text.slice(date.end)) &&
        date.start - (tokens[storyStart]?.start ?? 0) <= 3
      )
        storyTime = date;
    };
    // "Peace talks between Ethiopia's government and Tigrayan forces ended": who "the two sides" are
    // next, even with no act coded here.
    const sides = sentence.text.includes(' between ') ? sidesBetween(tokens, phrases) : null;
    if (sides) {
      memory.participants = sides;
      if (TALKS.has(tokens[sidesAt(tokens)]?.norm ?? '')) memory.meetingParticipants = sides;
    }
    if (actions.length === 0) {
      openingDay();
      continue;
    }
    // "The Red Cross handed over the remains on Monday. Israel then released 15 bodies": an act told
    // with its day, though not coded, is still the time the next sentence continues.
    const timeOfUncodedAct = (candidates: ActionMatch[]) => {
      // (A verb, not "Press release": a present form is more often a noun than an act. Not a
      // passive with no doer known, "a guard was wounded in Sunday's clash": background.)
      const acts = candidates.filter(
        (action) =>
          action.modality === 'asserted' &&
          action.presentForm === null &&
          !action.passive &&
          !VERBAL_ROOTS.has(action.code.slice(0, 2)),
      );
      if (acts.length === 0) return openingDay();
      const dates = afterDateline(findDates(sentence.text, context.published), tokens, storyStart);
      // Only a day the whole sentence agrees on: "closed the border on Monday, a day after guards
      // exchanged fire" does not say which day the story goes on from.
      if (new Set(dates.map((date) => date.date)).size !== 1) return;
      for (const act of acts) {
        const date = dateFor(act.code, act, tokens, dates, sentence.text, null);
        if (date && aDayPast(date, context.published)) {
          storyTime = date;
          return;
        }
      }
    };
    if (phrases.length === 0) {
      timeOfUncodedAct(actions);
      // (For --explain: a verb matched in a sentence that names no actor the dictionaries know.)
      for (const action of actions)
        trace(context, () => ({
          sentence: sentence.index,
          step: 'assemble',
          rule: `${action.pattern.rule.code}:"${action.pattern.source}"`,
          outcome: 'dropped',
          detail: 'no actor named in the sentence',
        }));
      continue;
    }
    const places = context.places[sentence.index] ?? [];
    const { dyads, dropped } = assembleEvents(actions, phrases, tokens, sentence.text, {
      speaker: memory.speaker,
      storyStart,
      sides: memory.participants,
      lastMeeting,
      lastAttacker: memory.lastAttacker,
      lastAgreement,
      placesHit: placesHit(places, context),
      homeCountry: context.homeCountry,
      home,
      countryOf,
    });
    for (const drop of dropped) {
      trace(context, () => ({
        sentence: sentence.index,
        step: 'assemble',
        rule: `${drop.action.pattern.rule.code}:"${drop.action.pattern.source}"`,
        outcome: 'dropped',
        detail: drop.reason,
      }));
    }
    if (dyads.length === 0) {
      timeOfUncodedAct(actions);
      continue;
    }
    pairOfTheSentence(dyads, dropped, tokens);
    const dates = afterDateline(findDates(sentence.text, context.published), tokens, storyStart);
    // Whether an event coded here gave the story its time (else an act left uncoded may).
    let timed = false;
    // Whoever the sentence already has attacking in other words: their "killing ...", or the verb
    // of "an air strike hit a market", restates it.
    // "the terrorist attack on Lido Beach ..., for which Al-Shabaab claimed responsibility": attackers
    // of no country the sentence names are whoever claims the attack.
    const claimant = phrases.find((phrase) => claimsResponsibility(tokens, phrase.end))?.actor;
    if (claimant) {
      for (const dyad of dyads) {
        if (unnamedRebels(dyad.source)) dyad.source = { ...claimant, text: dyad.source.text };
        if (dyad.target && unnamedRebels(dyad.target)) dyad.target = { ...claimant, text: dyad.target.text };
      }
    }
    const tolls = new Set(dyads.filter((dyad) => restatesAttack(dyad, dyads)));
    // ("killed 18 villagers and abducted 40 women": an abduction is no means of killing; two events.)
    const means = dyads.filter((dyad) => isAttack(dyad) && !tolls.has(dyad) && dyad.code !== ABDUCTION);
    const attackers = new Set(means.map((dyad) => dyad.source.code));
    // ("a day after police opened fire on protesters, killing at least 19": the toll's doer may be
    // read as the same state's other body, or as attackers of no country, and is the same attacker.)
    const attackerStates = new Set(means.map((dyad) => dyad.source.country).filter((c) => c !== null));
    const sameAttacker = (source: ActorRef) =>
      attackers.has(source.code) ||
      (source.country !== null && attackerStates.has(source.country)) ||
      (source.country === null && source.org === null && means.length > 0);
    // "Gunmen stormed a church in Burkina Faso, killing 15 worshippers", "an airstrike in Syria,
    // killing a senior ISIS official": the toll says whom the attack on a place hit.
    // (Only those killed: homes set on fire are no one.)
    for (const toll of tolls) {
      if (!toll.target?.role || !KILLING.has(toll.action.pattern.source)) continue;
      const attack = means.find(
        (dyad) =>
          dyad.source.code === toll.source.code &&
          dyad.target?.role === null &&
          dyad.target.org === null &&
          // (Victims of no named country are placed by the attack's: "a senior ISIS official".)
          (dyad.target.country === toll.target?.country || toll.target?.country === null),
      );
      const country = attack?.target?.country ?? null;
      if (attack && toll.target.country === null && toll.target.org === null && country)
        attack.target = { ...toll.target, country, code: `${country}${toll.target.role}` };
      else if (attack) attack.target = toll.target;
    }
    // "RSF forces attacked the city, killing dozens of civilians": people of no named country hit by an
    // armed group of a country are that country's (a state's forces often fight abroad; a rebel
    // group fights at home).
    for (const dyad of dyads) {
      const { source, target } = dyad;
      // ("attacked a police station in Mandera, Kenya": where it happened says whose first.)
      if (places.length > 0) break;
      if (!target || target.country !== null || target.org !== null || !target.role) continue;
      if (!ATTACK_CODE.test(dyad.code) || !source.country || !HOME_FIGHTER_ROLES.has(source.role ?? ''))
        continue;
      dyad.target = { ...target, country: source.country, code: `${source.country}${target.role}` };
    }
    let sport: boolean | undefined;
    for (const dyad of dyads) {
      // "Erdogan received a phone call from Putin": the call is Putin's.
      if (dyad.action.pattern.rule.doneByTarget && dyad.target)
        [dyad.source, dyad.target] = [dyad.target, dyad.source];
      if ((tolls.has(dyad) && sameAttacker(dyad.source)) || tollAfterWhich(dyad, dyads, tokens)) {
        // "Israeli air strikes killed five people", "bombed camps on Sunday, killing dozens": one
        // attack, told by its means and by its toll; the means is the event.
        traceDropped(context, sentence.index, dyad.rule, 'the toll of an attack the sentence already coded');
        continue;
      }
      const actionStart = tokens[dyad.action.start]?.start ?? 0;
      const actionEnd = tokens[dyad.action.end - 1]?.end ?? actionStart;
      let action = actionRef(context, dyad.code, sentence.text.slice(actionStart, actionEnd));
      if (!action) {
        trace(context, () => ({
          sentence: sentence.index,
          step: 'assemble',
          rule: dyad.rule,
          outcome: 'dropped',
          detail: `unknown CAMEO code ${dyad.code}`,
        }));
        continue;
      }
      const material = !VERBAL_ROOTS.has(action.root) || DATED_ACTS.has(action.code);
      const isIntent = dyad.code === '036' || dyad.action.modality === 'future';
      let date = dateFor(dyad.code, dyad.action, tokens, dates, sentence.text, dyad.target);
      // "Jihadists killed 20 civilians and abducted dozens of others in ... on Friday": verbs of one
      // subject joined by "and" share the time told after the last.
      const joined = date ? undefined : joinedAct(dyad, dyads, tokens);
      if (joined) date = dateFor(joined.code, joined.action, tokens, dates, sentence.text, joined.target);
      // "Two days later": counted from the act before it; with none, the date is not known better than the day of publication.
      if (date?.afterStory !== undefined) {
        date = storyTime
          ? { ...date, date: addDays(storyTime.date, date.afterStory), precision: storyTime.precision }
          : null;
      }
      // "The strikes came two days after militants killed ...": a count of days from publication
      // that lands after it dates no act that happened.
      if (
        date &&
        !isIntent &&
        date.basis === 'relative' &&
        date.afterStory === undefined &&
        date.date > context.published
      )
        date = null;
      // "The U.S. State Department on Saturday condemned ... Washington also suspended its partnership":
      // the same actor going on ("also") in the next sentence acted then too, whatever kind the act before.
      if (
        !date &&
        material &&
        !isIntent &&
        lastTold?.sentence === sentence.index - 1 &&
        lastTold.country !== null &&
        lastTold.country === dyad.source.country &&
        tokens.some((token) => token.norm === 'also')
      )
        date = lastTold.date;
      // "Modi spoke with Macron on Saturday. The Prime Minister thanked France ...": a readout's later
      // points between the same two, with no time of their own, were made in that call.
      const sides = [dyad.source.country, dyad.target?.country ?? null];
      if (
        !date &&
        !isIntent &&
        lastCall !== null &&
        sentence.index > lastCall.sentence &&
        sentence.index - lastCall.sentence <= 3 &&
        sides.every((country) => country !== null && lastCall?.sides.includes(country)) &&
        sides[0] !== sides[1]
      )
        date = lastCall.date;
      if (
        !date &&
        material &&
        !isIntent &&
        storyTime &&
        !startsSeparately(tokens) &&
        !justDone(tokens, dyad.action)
      )
        date = storyTime;
      if (date && !isIntent && dyad.code.startsWith('04') && sides[0] !== null && sides[1] !== null)
        lastCall = { date, sides: sides as string[], sentence: sentence.index };
      if (date && !isIntent) lastTold = { date, country: dyad.source.country, sentence: sentence.index };
      // (Not from a running total, dropped below: "has provided $2 billion since 2014" dates nothing after it.)
      const cumulative = isCumulative(sentence.text, tokens, dyad.action);
      if (date && material && !isIntent && !cumulative) {
        storyTime = date;
        timed = true;
      }
      // "Peru transport workers strike over extortion killings": workers who strike stop work (143);
      // "hit by a two-week strike by dockworkers" names a past stoppage, no act of the story.
      if (dyad.action.pattern.source === '@strike' && dyad.source.role === 'LAB') {
        const before = tokens[dyad.action.start - 1]?.norm ?? '';
        if (
          ARTICLES.has(before) ||
          before.includes('-') ||
          ARTICLES.has(tokens[dyad.action.start - 2]?.norm ?? '')
        ) {
          traceDropped(context, sentence.index, dyad.rule, 'a stoppage named as a noun');
          continue;
        }
        action = actionRef(context, '143', action.text) ?? action;
      }
      // "Protesters attacked the embassies", "a mob attacked a police station": force used by
      // protesters is a violent protest (145), not war. (Settlers attacking a village are not protesting.)
      else if (
        (action.root === '18' || action.root === '19') &&
        (PROTESTERS.test(dyad.source.text) ||
          // ("Protesters, many of them teachers and miners, threw stones ... and set fire to".)
          (dyad.source.role === 'CVL' && PROTESTERS_OPENING.test(sentence.text)))
      )
        action = actionRef(context, '145', action.text) ?? action;
      // "Gunmen attacked a police checkpoint", "gangs killed 40 people": force that is not a state's or
      // an army's is unconventional violence (180), not a military attack (190).
      else if (
        action.code === '190' &&
        (unconventionalForce(dyad.source) ||
          armedGroupOnPeople(dyad.source, dyad.target, sentence.text) ||
          // "the terrorist attack carried out by the Balochistan Liberation Army": terror is 180.
          TERROR_WORDS.has(tokens[dyad.action.start - 1]?.norm ?? ''))
      )
        action = actionRef(context, '180', action.text) ?? action;
      // "Mali, Burkina Faso and Niger withdrew from ECOWAS": a state leaving an organisation cuts its
      // ties (160); it is no retreat of forces.
      else if (
        action.code === '0874' &&
        dyad.target !== null &&
        dyad.target.org !== null &&
        dyad.target.country === null &&
        dyad.source.country !== null &&
        (dyad.source.role === 'GOV' || dyad.source.role === null)
      )
        action = actionRef(context, '160', action.text) ?? action;
      // "Rescue teams and relief supplies from China arrived in Myanmar": aid that arrives is aid
      // delivered (073), not a visit.
      else if (
        action.code === '042' &&
        !namesAPerson(dyad.source, context) &&
        (aidArrives(sentence.text.slice(0, tokens[dyad.action.start]?.start ?? 0)) ||
          CARRYING_AID.test(sentence.text.slice(tokens[dyad.action.end - 1]?.end ?? 0)))
      )
        action = actionRef(context, '073', action.text) ?? action;
      // "the suicide bombing by the BLA": a bombing that is a suicide attack is 183, not an air raid.
      else if (action.root === '19' && tokens[dyad.action.start - 1]?.norm === 'suicide')
        action = actionRef(context, '183', action.text) ?? action;
      // "Japan protests ...": a state or an organisation protests in words (114, an official
      // complaint), not in the street; it "demonstrated openness" in no protest at all.
      else if (
        action.code === '141' &&
        speaksForAState(dyad.source) &&
        // ("Thousands of supporters of the junta protested": people, whoever they back.)
        !PEOPLE_BEFORE.test(sentence.text.slice(0, tokens[dyad.action.start]?.start ?? 0))
      ) {
        if (!/^protest/i.test(action.text)) {
          traceDropped(
            context,
            sentence.index,
            dyad.rule,
            'a state or an organisation does not march or demonstrate',
          );
          continue;
        }
        action = actionRef(context, '114', action.text) ?? action;
      }
      // "Police set up barricades around parliament": the state's own forces block no one in protest.
      if (action.code === '144' && OWN_FORCES_ROLES.has(dyad.source.role ?? '')) {
        traceDropped(
          context,
          sentence.index,
          dyad.rule,
          "a state's forces or offices do not blockade in protest",
        );
        continue;
      }
      const sourceRef = withStateRole(dyad.source, action.root, 'source');
      // A protest aimed at no one named is aimed at the government where it happens ("in Beijing"),
      // else at the protesters' own ("Protesters marched towards the commission's headquarters").
      const protested =
        action.root === '14' && !dyad.target
          ? (placeAsTarget(places, context) ?? ownCountry(sourceRef, context))
          : null;
      const targetRef = locateStateless(
        withStateRole(dyad.target ?? protested, action.root, 'target'),
        action.root,
        places,
      );
      // The victims of an attack are not the attacker's own people: only non-violent acts are domestic
      // by default, and not sanctions or cut ties ("The Senate passed sanctions on Russia" is no
      // Russian act).
      // Nor condolences or aid to victims, who are the victims of something elsewhere.
      let [source, target] =
        FORCE_ROOTS.has(action.root) || action.root === '16' || action.root === '07' || action.code === '018'
          ? [sourceRef, targetRef]
          : withCounterpartCountry(sourceRef, targetRef);
      // "We extend our condolences to the families of the victims": of the story's country.
      if (target && action.code === '018' && !target.country && !target.org && context.homeCountry)
        target = {
          ...target,
          country: context.homeCountry,
          code: `${context.homeCountry}${target.role ?? ''}`,
        };
      // "VinFast signed a supply agreement with PT Vale Indonesia": a deal between companies is
      // commerce, not an event between political actors.
      // (Nor does a company fight: "VinFast battles a fierce price war".)
      if (
        source.role === 'BUS' &&
        ((target?.role === 'BUS' && action.root === '05') || ATTACK_ROOTS.has(action.root))
      ) {
        traceDropped(context, sentence.index, dyad.rule, 'a deal or a fight between companies');
        continue;
      }
      if (dyad.code === '036' && target && announced.has(`${source.code}>${target.code}`)) continue;
      if (dyad.code === '036' && target) announced.add(`${source.code}>${target.code}`);
      // ("Nigeria, held to a draw by Benin, must now go through the playoffs" is no demand either.)
      // ("Argentina, who lead with 15 points, will host Paraguay", "the coach praised his players'
      // resilience against an England side": in a match report, teams are no states at all.)
      sportsDocument ??= isMatchReport(context);
      if (
        sportsDocument ||
        SPORTING_ROOTS.has(action.root) ||
        dyad.code === '036' ||
        dyad.rule.endsWith('(speaker)')
      ) {
        sport ??= sportsDocument || isSportsReport(sentence.text, tokens);
        if (sport) {
          traceDropped(
            context,
            sentence.index,
            dyad.rule,
            'a sports report: teams meet and attack on the pitch',
          );
          continue;
        }
      }
      // ("China's defence ministry described the drills as a response to provocation": a state
      // naming its own forces' or court's act does not disapprove of it.)
      if (
        dyad.action.pattern.rule.judgesAnAct &&
        target?.country === source.country &&
        speaksForAState(source) &&
        ['GOV', 'MIL', 'COP', 'JUD', null].includes(target?.role ?? 'none')
      ) {
        traceDropped(context, sentence.index, dyad.rule, "a state's words on its own act");
        continue;
      }
      if (cumulative) {
        traceDropped(context, sentence.index, dyad.rule, 'a running total, not an event');
        continue;
      }
      if (!source.country && !source.org && STATE_ROLES.has(source.role ?? '')) continue;
      if (target && !target.country && !target.org && STATE_ROLES.has(target.role ?? '')) continue;
      // "Strongly condemns the attacks on civilians", "protesters threw stones": with no country or
      // organisation on either side the event says nothing of whom it concerns.
      if (!source.country && !source.org && (!target || (!target.country && !target.org))) {
        traceDropped(context, sentence.index, dyad.rule, 'no country or organisation on either side');
        continue;
      }
      if (target && target.code === source.code) {
        trace(context, () => ({
          sentence: sentence.index,
          step: 'assemble',
          rule: dyad.rule,
          outcome: 'dropped',
          detail: `source and target are both ${source.code}`,
        }));
        continue;
      }
      const record: Omit<EventRecord, 'id'> = {
        doc: context.options.doc,
        sentence: sentence.index,
        text: sentence.text,
        date: date?.date ?? context.published,
        dateBasis: date?.basis ?? 'document',
        datePrecision: date?.precision ?? 'day',
        source,
        target,
        action,
        location: placeEvent(
          places,
          tokens,
          dyad.action.head,
          action.root,
          [dyad.source, dyad.target],
          context.documentPlaces,
          context.dicts,
        ),
        coder: context.coder,
      };
      context.events.push({ id: eventId(record, context.contentHash), ...record });
      // ("the destroyer shot down four Houthi drones ... Greece condemned the attack": who brings down
      // what was fired at it defends itself; "the attack" is still the one it defended against.)
      if (
        FORCE_ROOTS.has(action.root) &&
        action.root !== '15' &&
        !DEFENSIVE_PATTERNS.has(dyad.action.pattern.source)
      ) {
        memory.lastAttacker = source;
        memory.attackers = [...memory.attackers.filter((actor) => actor.code !== source.code), source].slice(
          -6,
        );
      }
      if (source.role === 'JUD') memory.lastCourt = source;
      // Deleted first, so the root moves to the end: the map's order is the order of the last acts.
      // (Force used in defence is no act "these provocations" can stand for.)
      if (!DEFENSIVE_PATTERNS.has(dyad.action.pattern.source)) {
        memory.lastByRoot.delete(action.root);
        memory.lastByRoot.set(action.root, source);
      }
      const meeting = action.root === '04' && action.code !== '036';
      // "The two sides" are those of the last meeting or of the last fight ("urged both sides to agree
      // to a truce" after the army and the RSF clashed).
      const fight = action.root === '18' || action.root === '19' || action.root === '20';
      // "Al-Mansouri met the army delegation ... later held separate talks with the RSF ... urged both
      // sides": a host meeting one side after another makes those two the sides, not itself.
      const mediated =
        meeting &&
        target &&
        lastMeeting !== null &&
        participantsSentence !== sentence.index &&
        lastMeeting.source.code === source.code &&
        lastMeeting.target.code !== target.code &&
        lastMeeting.target.code !== source.code &&
        // (Two sides of one country's war, or talks said to be separate: Modi meeting Macron and
        // then Trump is no mediation between France and the United States.)
        ((lastMeeting.target.country !== null && lastMeeting.target.country === target.country) ||
          SEPARATE_TALKS.test(sentence.text));
      if (mediated && lastMeeting && target) {
        memory.participants = [lastMeeting.target, target];
        participantsSentence = sentence.index;
        mediatedSentence = sentence.index;
      } else if (mediatedSentence === sentence.index) {
        // (A second meeting in the sentence that named the two sides does not add the host to them.)
      } else if (
        target &&
        (meeting || (fight && target.code !== source.code && [source, target].every(canFight)))
      ) {
        // Everyone in the sentence's meeting or fight: a new such sentence starts a new list, in the
        // order the text names them ("X was welcomed by Y": X first, as "the two ministers" are coded).
        const [first, second] = dyad.action.passive ? [target, source] : [source, target];
        // (The same two again, "Chinh is on a state visit to India" after "Murmu received Chinh",
        // keep the order the story first named them in.)
        const samePair =
          memory.participants.length === 2 &&
          [first, second].every((actor) => memory.participants.some((known) => known.code === actor.code));
        if (participantsSentence !== sentence.index && !samePair) memory.participants = [first];
        participantsSentence = sentence.index;
        for (const actor of [first, second]) {
          if (!memory.participants.some((known) => known.code === actor.code))
            memory.participants.push(actor);
        }
      }
      if (meeting && target) {
        lastMeeting = { source, target };
        memory.meetingParticipants = [...memory.participants];
        memory.metLastSentence = true;
      }
      const agreed = AGREEMENT_CODES.has(action.code) || dyad.action.pattern.rule.mutual === true;
      if (agreed && target && target.code !== source.code) {
        lastAgreement = { source, target };
        // "Ethiopia and Somalia signed a declaration ... The two leaders also agreed to meet again":
        // the sides of the agreement, not the host of the talks where they signed it.
        // ("The Houthis and the government agreed to exchange prisoners ... praised both delegations":
        // an armed group or an opposition is a side too.)
        if (isSide(source) && isSide(target) && participantsSentence !== sentence.index) {
          memory.participants = [source, target];
          memory.meetingParticipants = [source, target];
          participantsSentence = sentence.index;
        }
      }
      if (target) memory.lastTarget = target;
      if (isState(source) && target && isState(target) && source.country !== target.country) {
        // The same two states again keep the order the story first named them in: "the two
        // countries" agree first-named to second-named, whoever accused whom in between.
        const [earlier] = memory.lastStatePair;
        const samePair =
          memory.lastStatePair.length === 2 &&
          memory.lastStatePair.every(
            (known) => known.country === source.country || known.country === target.country,
          );
        memory.lastStatePair =
          samePair && earlier?.country === target.country ? [target, source] : [source, target];
      }
      trace(context, () => ({
        sentence: sentence.index,
        step: 'assemble',
        rule: dyad.rule,
        outcome: 'produced',
        detail: `${source.code} -> ${action.code} -> ${target?.code ?? '(none)'} on ${record.date} (${record.dateBasis}${date ? `: "${date.text}"` : ''})`,
      }));
    }
    // ("Guinean forces fired tear gas on Thursday to disperse young people ..., killing two": the
    // dispersal, done by someone named but at no one named, still dates what the protesters did next.
    // Only such an act: beside coded ones, a verb with no subject is more often a participle, "a
    // statement released on Sunday".)
    if (!timed)
      timeOfUncodedAct(
        dropped
          .filter((drop) => drop.reason === NO_TARGET && saidRightAfterItsDoer(drop.action, phrases, tokens))
          .map((drop) => drop.action),
      );
    // "Norway welcomes the agreement initialled by the foreign ministers of Armenia and Azerbaijan ...
    // Norway urges both parties to sign": with no meeting or fight told, two states one act was aimed
    // at are the sides.
    if (memory.participants.length === 0) {
      const pair = statesAimedAt(context.events.slice(eventsBefore));
      if (pair) memory.participants = pair;
    }
  }
  // Read once more, knowing the speaker from the start: a government or an organisation known for sure
  // (not a state that merely opens a sentence; not in a news report or a match report, whose "we" is
  // quoted).
  const lateSpeaker = memory.speaker;
  if (
    unknownFirstPerson &&
    lateSpeaker &&
    memory.speakerSure &&
    (lateSpeaker.role === 'GOV' || lateSpeaker.org !== null) &&
    !knownSpeaker &&
    !context.wireStory &&
    !sportsDocument
  ) {
    context.events.length = eventsAtStart;
    context.trace.length = traceAtStart;
    codeSentences(context, lateSpeaker);
  }
}

/** Acts that treat whom they are aimed at as parties to something: appeals, welcomes, criticism. */
const ADDRESSING_PARTIES = new Set(['02', '03', '05', '10', '11', '12', '13']);

/**
 * The two states of different countries that one source's words in a sentence were aimed at, if
 * just two. (Aid to Türkiye and Syria after an earthquake makes them no sides.)
 */
function statesAimedAt(events: EventRecord[]): ActorRef[] | null {
  const [first] = events;
  if (
    !first ||
    events.some(
      (event) => event.source.code !== first.source.code || !ADDRESSING_PARTIES.has(event.action.root),
    )
  )
    return null;
  const targets = new Map<string, ActorRef>();
  for (const { target } of events) if (target && isState(target)) targets.set(target.country ?? '', target);
  return targets.size === 2 && !targets.has(first.source.country ?? '') ? [...targets.values()] : null;
}

/** A headline: the text's first line, with no sentence-ending punctuation, before the story. */
const HEADLINE_END = /[.!?:;]["'\u201d\u2019)]*$/;

/** Whether sentence `index` is the text's headline (HEADLINE_END says when it is none). */
function isHeadline(context: Context, index: number): boolean {
  const first = context.sentences[0];
  return (
    index === 0 &&
    first !== undefined &&
    context.sentences.length > 1 &&
    !HEADLINE_END.test(first.text.trim())
  );
}

/**
 * "Moldova expels three Russian diplomats" over "Moldova expelled three Russian diplomats on
 * Tuesday ...": a headline's event that the story tells again is that one event, dated by the story.
 */
export function dropHeadlineRepeats(context: Context): void {
  if (!isHeadline(context, 0)) return;
  const key = (event: EventRecord) => `${event.source.code} ${event.action.root} ${event.target?.code ?? ''}`;
  // Or the target by its country: "air strike on Nyala market kills 30" over "killed 30 people in
  // Nyala" aims at Sudan in the headline and at its people in the story. (By the full code then: "UK
  // and Kenya sign defence pact" is not told again by "paid tribute to Kenyan police".)
  const coarse = (event: EventRecord) =>
    `${event.source.code} ${event.action.code} ${event.target?.country ?? event.target?.code ?? ''}`;
  const story = context.events.filter((event) => event.sentence > 0);
  const told = new Set(story.map(key));
  // (The coarser match only for acts within a week of the headline's: "In April, Israel struck
  // Iran's consulate" does not tell "Israel strikes Iran military targets" again.)
  // A headline aimed at no one, or at a country by where it happened ("Iraq condemns Turkish air
  // strikes in Kurdistan region"), is told again by the story's same act of the same source.
  const loose = (event: EventRecord) => `${event.source.code} ${event.action.code}`;
  const placeOnly = (event: EventRecord) => !event.target || event.target.role === null;
  // A state acting in the headline ("Venezuela arrests opposition activists") is told again by the
  // agency of it that the story names ("intelligence agents arrested").
  const byState = (event: EventRecord) =>
    `${event.source.country} ${event.action.code} ${event.target?.country ?? event.target?.code ?? ''}`;
  const aState = (event: EventRecord) =>
    event.source.country !== null && event.source.org === null && (event.source.role ?? 'GOV') === 'GOV';
  const near = (event: EventRecord) =>
    story.some(
      (other) =>
        (coarse(other) === coarse(event) ||
          (placeOnly(event) && loose(other) === loose(event)) ||
          (aState(event) && byState(other) === byState(event))) &&
        Math.abs(Date.parse(other.date) - Date.parse(event.date)) <= WEEK_MS,
    );
  context.events = context.events.filter((event) => {
    if (event.sentence > 0 || !(told.has(key(event)) || near(event))) return true;
    trace(context, () => ({
      sentence: 0,
      step: 'assemble',
      rule: `${event.action.code}`,
      outcome: 'dropped',
      detail: 'a headline the story tells again',
    }));
    return false;
  });
}

/** An agreement referred back to ("the pact", "this accord"): a signing already told. */
// (Only "the pact" or a name, "the Reciprocal Access Agreement": "the gas supply agreement" is
// another one.)
const AGREEMENT_NAMED_BEFORE =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w-]*\s+){0,4}(?:[Aa]greements?|[Aa]ccords?|[Pp]acts?|[Dd]eals?|[Tt]reaty|[Tt]reaties|[Mm]emorandums?|[Pp]rotocols?|[Dd]eclaration|[Tt]ruce|[Cc]easefire|[Aa]rmistice|[Cc]harter|[Cc]onvention)\b/;

/**
 * "Armenia and France signed a defence agreement on Tuesday. The pact was signed by Armenian Defence
 * Minister ... and his French counterpart": one signing between two sides on one day, told again in
 * other words (or by their ministers), is that one event, kept where the story first tells it. A
 * sentence that tells another one ("Petrobras also signed a deal with Pertamina", the two states'
 * companies read as their governments) does not name the agreement as one told before.
 */
export function dropRetoldSignings(context: Context): void {
  // By full codes: the two states' signing is not their companies' deal.
  const pair = (event: EventRecord) => [event.source.code, event.target?.code ?? ''].sort().join(' ');
  const first = new Map<string, number>();
  context.events = context.events.filter((event) => {
    if (event.action.code !== SIGNING) return true;
    const key = `${pair(event)} ${event.date}`;
    const sentence = first.get(key);
    const text = context.sentences[event.sentence]?.text ?? '';
    if (
      sentence === undefined ||
      sentence === event.sentence ||
      !AGREEMENT_NAMED_BEFORE.test(text) ||
      /\b(?:also|another|second)\b/i.test(text)
    ) {
      first.set(key, event.sentence);
      return true;
    }
    trace(context, () => ({
      sentence: event.sentence,
      step: 'assemble',
      rule: SIGNING,
      outcome: 'dropped',
      detail: `the signing of sentence ${sentence} told again`,
    }));
    return false;
  });
}

export function dedupe(context: Context): void {
  const seen = new Set<string>();
  context.events = context.events.filter((event) => {
    if (seen.has(event.id)) return false;
    seen.add(event.id);
    return true;
  });
}
