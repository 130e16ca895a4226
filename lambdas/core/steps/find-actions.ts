/**
 * Actions: finds CAMEO verb patterns in a sentence and reads the words around each one that decide
 * whether it is an event at all (negation, modality, infinitive, passive voice).
 */
import type { CompiledPattern, Dictionaries } from '../dictionaries';
import { isPastVerb, type Token } from '../text/tokens';
import { DAY_WORDS, isCount, SPEECH_VERBS } from './find-actors';

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'infinitive' | 'embedded';

export interface ActionMatch {
  /** Token span of the matched phrase, end exclusive. */
  start: number;
  end: number;
  /** Token index of the verb (or the head noun of a nominal pattern). */
  head: number;
  pattern: CompiledPattern;
  code: string;
  modality: Modality;
  /** The verb is in the passive ("was met by"): the actor after "by" is the source. */
  passive: boolean;
  /** A participle after a comma (", praising Egypt's role"): its subject is the sentence's subject. */
  participle: boolean;
  /**
   * The verb is in a present form ("attack", "attacks"), which in news prose is more often a noun
   * ("a pre-emptive attack") than a verb; it counts only right after its subject ("Iran attacks").
   */
  presentForm: 'base' | 'third-person' | null;
  cue: string | null;
}

/** Symbols that sit inside a phrase a gap may skip ("$53 million", "30%", "anti-ship"). */
// (Quotation marks too: 'held a "very good" phone call with'.)
const GAP_SYMBOLS = new Set(['$', '%', '-', '€', '£', ',', '"']);

/**
 * Words a gap never skips: "pledged to support X and said Y had offered aid to Z" is two acts, and
 * a report of speech, a "but" or a "while" between two parts of a pattern starts another clause.
 */
function endsGap(token: Token): boolean {
  return GAP_STOPS.has(token.norm);
}

/** "pledged no new aid", "pledged to cut aid to", "while China provided aid to": not a pledge of aid. */
const GAP_STOPS = new Set([
  ...SPEECH_VERBS,
  'but',
  'while',
  'whereas',
  'no',
  'not',
  'cut',
  'halt',
  'suspend',
  'withhold',
  'stop',
  'freeze',
]);

/**
 * "fired tear gas and detained at least 37 people": a past verb after "and", with its object
 * opening after it, is a second act, not words inside the first one's phrase ("the brutal and
 * unprovoked attack on" is one).
 */
function opensSecondVerb(tokens: Token[], verbAt: number): boolean {
  const opener = tokens[verbAt + 1]?.norm ?? '';
  return isPastVerb(tokens[verbAt]) && (OBJECT_OPENERS.has(opener) || /^\d/.test(opener));
}
const OBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'at',
  'his',
  'her',
  'its',
  'their',
  'dozens',
  'hundreds',
  'scores',
]);

/** A verb followed by its object: a determiner, a name, or a preposition and a name ("called on Beijing"). */
function takesAnObject(tokens: Token[], verbAt: number): boolean {
  const next = tokens[verbAt + 1];
  if (!next) return false;
  if (OBJECT_OPENERS.has(next.norm) || next.capitalized) return true;
  return ['on', 'for', 'with'].includes(next.norm) && tokens[verbAt + 2]?.capitalized === true;
}

/** The end index of the longest match of `pattern` starting at `at`, or -1. */
function matchFrom(tokens: Token[], at: number, pattern: CompiledPattern): number {
  return matchElements(tokens, pattern, 0, at);
}

/** Matches `pattern`'s elements from `element` on at `position` (a function, not a closure per call). */
function matchElements(tokens: Token[], pattern: CompiledPattern, element: number, position: number): number {
  const current = pattern.elements[element];
  if (current === undefined) return position;
  if (current.kind === 'gap') {
    let best = -1;
    // The word after the gap, if one: the rest is tried only where that word stands (cheaper than
    // recursing at every skip, since most positions fail on it at once).
    const next = pattern.elements[element + 1];
    // Words skipped: quotation marks take no place in a gap ('held a "very good" phone call with').
    let words = 0;
    for (let skip = 0; words <= current.max; skip++) {
      if (skip > 0) {
        const token = tokens[position + skip - 1];
        if (!token || (token.punct && !GAP_SYMBOLS.has(token.norm)) || endsGap(token)) break;
        if (token.norm === 'and' && opensSecondVerb(tokens, position + skip)) break;
        if (token.norm !== '"' && ++words > current.max) break;
      }
      if (words < current.min) continue;
      if (next?.kind === 'word' && !next.forms.has(tokens[position + skip]?.norm ?? '')) continue;
      best = Math.max(best, matchElements(tokens, pattern, element + 1, position + skip));
    }
    return best;
  }
  const token = tokens[position];
  // ('the strikes were "a flagrant violation of ..."': an opening quotation mark inside a phrase.)
  if (token?.norm === '"' && element > 0) return matchElements(tokens, pattern, element, position + 1);
  if (!token || !current.forms.has(token.norm)) return -1;
  return matchElements(tokens, pattern, element + 1, position + 1);
}

/** "agreed to pull back their troops", "scaled back": "back" after a verb is its particle, no support. */
function backAsParticle(tokens: Token[], best: { pattern: CompiledPattern }, head: number): boolean {
  const first = best.pattern.elements[0];
  return first?.kind === 'word' && first.lemma === 'back' && PARTICLE_VERBS.has(tokens[head - 1]?.norm ?? '');
}

/** Verbs that take "back" as a particle: "pull back", "fought back", "sent back". */
const PARTICLE_VERBS = new Set([
  ...['pull', 'pulled', 'pulling', 'pulls', 'roll', 'rolled', 'rolling', 'scale', 'scaled', 'scaling'],
  ...['step', 'stepped', 'fight', 'fought', 'fighting', 'hit', 'strike', 'struck', 'send', 'sent'],
  ...['bring', 'brought', 'come', 'came', 'go', 'went', 'turn', 'turned', 'hold', 'held', 'give', 'gave'],
  ...['take', 'took', 'taken', 'draw', 'drew', 'fall', 'fell', 'cut', 'push', 'pushed', 'pushing', 'move'],
  ...['moved', 'get', 'got', 'pay', 'paid', 'win', 'won', 'hand', 'handed', 'fly', 'flew', 'flown'],
]);

/** Words that open a compound noun whose second word is a verb form: "telephone call", "video call". */
const COMPOUND_FIRST_WORDS = new Set(['phone', 'telephone', 'video', 'courtesy', 'conference']);

/** "Ukraine denied that its drones attacked targets in Belarus": what is denied is not asserted. */
const DENIALS = new Set(['denied', 'denies', 'deny', 'denying']);
const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  "didn't",
  "doesn't",
  "don't",
  "won't",
  "wouldn't",
  "hasn't",
  "haven't",
  "hadn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  'cannot',
  "can't",
  "couldn't",
  'refused',
  'declined',
  'failed',
  ...DENIALS,
]);
/** Words that join two clauses: a negation or an intent before them is the first clause's. */
const CLAUSE_JOINERS = new Set([',', 'and', 'but', 'or', 'while']);
/** "Bamako, 14 May 2025 - Gunmen killed": "May" capitalised inside a sentence is the month. */
function isMonthMay(token: Token, at: number): boolean {
  return token.norm === 'may' && token.capitalized && at > 0;
}

/** An -ing form that is a verb of its own ("using"), not an auxiliary ("having", "being"). */
function otherVerb(token: Token): boolean {
  return /ing$/.test(token.norm) && token.norm !== 'having' && token.norm !== 'being';
}

const MODALS = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  // "Hamas must release all hostages": an obligation someone states, not a release (the speaker's
  // demand is coded from "must" itself).
  'must',
  'if',
  'unless',
  'whenever',
  // "sanctions will stay until Putin agreed to a ceasefire": a condition, not an act.
  'until',
  'whether',
  'possible',
  'possibly',
  'potential',
  'considering',
  'consider',
  'considered',
]);
/** Adverbs right before a verb that make it a habit or a standing position. */
const HABITUAL = new Set([
  ...['repeatedly', 'consistently', 'long', 'always', 'frequently', 'often'],
  ...['routinely', 'regularly', 'habitually', 'previously'],
]);
/** Words that make what follows a condition, not an intent stated ("until Hamas agreed to"). */
const CONDITIONS = new Set(['if', 'unless', 'until', 'whether']);
/**
 * "agreed to strengthen cooperation", "offered to mediate": an agreement or an offer to act is an
 * intent, but only when "to" follows at once ("agreed and signed", "agreed new sanctions" are acts).
 */
const BY_TO_ONLY = new Set(['agreed', 'agree', 'agrees', 'offered', 'offers', 'offer']);
const FUTURE = new Set([
  ...BY_TO_ONLY,
  'seeking',
  'seek',
  'planning',
  'aiming',
  'hoping',
  'intending',
  'wanting',
  'trying',
  'will',
  "'ll",
  'shall',
  'plans',
  'planned',
  'plan',
  'intends',
  'intend',
  'expected',
  'scheduled',
  'set',
  'due',
  'aims',
  'hopes',
  'seeks',
  'wants',
  'ready',
  'prepared',
  'going',
  'upcoming',
  'next',
]);
const REPORTING_VERBS = new Set([
  'announced',
  'said',
  'pledged',
  'promised',
  'vowed',
  'agreed',
  'confirmed',
  'declared',
]);
/** Past forms before "to" that carry the act out: a vote or a decision taken. */
// ("is taking steps to impose visa restrictions": the measure is under way.)
const ENACTING_GOVERNORS = new Set(['voted', 'decided', 'steps']);
const CONTINUING = new Set(['continue', 'continues', 'continued']);
const PURPOSE_GOVERNORS = new Set([
  'joined',
  'join',
  'joins',
  'united',
  'gathered',
  'convened',
  'spoke',
  'met',
  // "visited the Chinese embassy to offer condolences", "telephoned Faye to congratulate him".
  'visited',
  'telephoned',
  'phoned',
  'travelled',
  'traveled',
]);
/** Prepositions after which an "-ed" form is an adjective ("of detained journalists"). */
const BEFORE_ADJECTIVE = new Set(['of', 'for', 'about', 'with', 'on', 'to', 'from', 'among']);
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
/** Verbs whose "by <verb>-ing" says how they were done: "responded by breaking off relations". */
/** What is released or published: a participle after one describes it ("a statement released"). */
const WRITINGS = new Set([
  ...['statement', 'statements', 'report', 'reports', 'video', 'videos', 'footage', 'document'],
  ...['documents', 'data', 'figures', 'images', 'photos', 'recording', 'letter', 'communique'],
]);

const MEANS_VERBS = new Set([
  ...['responded', 'retaliated', 'reacted', 'reciprocated'],
  ...['responds', 'retaliates', 'reacts', 'reciprocates'],
]);
const PREPOSITIONS_BEFORE_GERUND = new Set([
  'of',
  'for',
  'about',
  'on',
  'in',
  'to',
  'at',
  'by',
  'after',
  'before',
  'while',
  'without',
  'from',
  'toward',
  'towards',
]);
const DETERMINERS = new Set([
  'the',
  // "release those detained", "the families of those killed".
  'those',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'any',
  'further',
  'such',
  'whose',
]);
const CLAUSE_BREAK = new Set([';', ':', '.', '?', '!', '"']);

/** Words of a short time phrase: "on Saturday", "last week", "on March 3", "yesterday". */
const TIME_WORDS = new Set([
  ...['on', 'in', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'yesterday', 'today'],
  ...['tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night'],
  ...['hours', 'days', 'minutes'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december'],
]);

/**
 * "agreed on Saturday to expand", "offered on Wednesday to mediate": the word before a time phrase
 * that ends at `at` (at most four words), or `at` itself when no time phrase ends there.
 */
function pastTime(tokens: Token[], at: number): number {
  let i = at;
  while (i > at - 4 && i > 0) {
    const word = tokens[i]?.norm ?? '';
    if (!TIME_WORDS.has(word) && !/^\d{1,4}(?:st|nd|rd|th)?$/.test(word)) break;
    i--;
  }
  // Only a phrase that is a time as a whole: "in principle" is not skipped, nor a lone "on".
  const phrase = tokens.slice(i + 1, at + 1).map((token) => token.norm);
  const isTime =
    phrase.length > 0 &&
    phrase.some((word) => !['on', 'in', 'last', 'this', 'next', 'early', 'late'].includes(word));
  return isTime ? i : at;
}

/**
 * "would" at `at` after a reporting verb a few words before it. (A condition after it makes the
 * intent a threat or a promise, not nothing: "said he would strike Kyiv if ...".)
 */
function reportedFuture(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 7); i--) {
    const word = tokens[i]?.norm ?? '';
    if (CLAUSE_BREAK.has(word) || word === ',') return false;
    if (REPORTING_VERBS.has(word) || word === 'told') return true;
  }
  return false;
}

/**
 * A negation or a condition in the three words before the verb that governs "to" ("did not agree
 * to", "until Hamas agreed to", "did not vote to"), within its clause; null if none.
 */
function governorModality(tokens: Token[], governorAt: number): { modality: Modality; cue: string } | null {
  for (let i = governorAt - 1; i >= Math.max(0, governorAt - 3); i--) {
    const token = tokens[i];
    const word = token?.norm ?? '';
    if (CLAUSE_BREAK.has(word) || CLAUSE_JOINERS.has(word)) break;
    if (CONDITIONS.has(word)) return { modality: 'hypothetical', cue: token?.text ?? word };
    if (NEGATORS.has(word)) return { modality: 'negated', cue: token?.text ?? word };
  }
  return null;
}

/**
 * Where the "to" of an infinitive verb at `head` is, or -1: right before it, or before one adverb
 * ("urged Caracas to immediately release", "to fully restore").
 */
function infinitiveMarkerAt(tokens: Token[], head: number): number {
  if (tokens[head - 1]?.norm === 'to') return head - 1;
  const adverb = tokens[head - 1];
  const isAdverb =
    adverb !== undefined &&
    !adverb.capitalized &&
    (lyAdverb(adverb.norm) || SPLITTING_ADVERBS.has(adverb.norm));
  if (isAdverb && tokens[head - 2]?.norm === 'to') return head - 2;
  return -1;
}

/** ", which has mediated", ", who have long backed": the verb at `head` in a relative clause in the perfect. */
function backgroundClause(tokens: Token[], head: number): boolean {
  for (let i = head - 1; i >= Math.max(2, head - 4); i--) {
    const word = tokens[i]?.norm ?? '';
    if (word === ',') return false;
    if (PERFECT.has(word)) return RELATIVES.has(tokens[i - 1]?.norm ?? '') && tokens[i - 2]?.norm === ',';
  }
  return false;
}
const PERFECT = new Set(['has', 'have', 'had']);
const RELATIVES = new Set(['which', 'who']);

/** Words that put a warning's clause in the future or the possible: what would follow is a threat. */
const CONSEQUENCE_MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', "won't", 'must']);

/** Participles between an act's noun and its doer: "the attacks carried out by", "launched by". */
const DONE_BY = new Set(['launched', 'conducted', 'perpetrated', 'mounted', 'staged', 'committed']);

/**
 * Where the "by" that names the doer of an act named as a noun stands: right after the noun ("the
 * attack by Hamas") or after a participle ("the attacks carried out by armed gangs"); -1 if none.
 */
export function byAfterNoun(tokens: Token[], end: number): number {
  const next = tokens[end]?.norm;
  if (next === 'by') return end;
  if (DONE_BY.has(next ?? '') && tokens[end + 1]?.norm === 'by') return end + 1;
  if (next === 'carried' && tokens[end + 1]?.norm === 'out' && tokens[end + 2]?.norm === 'by') return end + 2;
  return -1;
}

/** What one strikes without force: "struck a deal", "strike a balance", "struck a conciliatory tone". */
const STRUCK_WITHOUT_FORCE = new Set([
  'deal',
  'deals',
  'agreement',
  'accord',
  'bargain',
  'compromise',
  'balance',
  'tone',
  'chord',
  'note',
  'pact',
]);

function strikesADeal(tokens: Token[], match: { pattern: CompiledPattern; end: number }): boolean {
  if (match.pattern.source !== '@strike') return false;
  // "The court struck down a decision by President Sall": a court annuls, it does not attack.
  if (tokens[match.end]?.norm === 'down') return true;
  for (let i = match.end; i < Math.min(tokens.length, match.end + 3); i++)
    if (STRUCK_WITHOUT_FORCE.has(tokens[i]?.norm ?? '')) return true;
  return false;
}

/** What one meets that is no one: "help meet the humanitarian needs of refugees". */
const MET_WITHOUT_MEETING = new Set([
  ...['needs', 'need', 'demands', 'demand', 'requirements', 'targets', 'target', 'goals', 'obligations'],
  ...['expectations', 'deadline', 'deadlines', 'criteria', 'standards', 'conditions', 'challenges', 'costs'],
]);

function meetsANeed(tokens: Token[], match: { pattern: CompiledPattern; end: number }): boolean {
  if (match.pattern.source !== '@meet') return false;
  // ("to help meet the urgent food and shelter needs of displaced Haitians")
  for (let i = match.end; i < Math.min(tokens.length, match.end + 8) && !tokens[i]?.punct; i++)
    if (MET_WITHOUT_MEETING.has(tokens[i]?.norm ?? '')) return true;
  return false;
}

/** How far before the verb the thing done of a passive-only rule may be named. */
const PASSIVE_OBJECT_WINDOW = 12;

/**
 * A passive-only rule (`passiveObject`) not in a full passive ("was signed by"; "the treaty signed
 * by Britain and France in 1904" only says which treaty), or without the thing done before it.
 */
function lacksPassiveObject(
  tokens: Token[],
  match: { pattern: CompiledPattern; end: number },
  head: number,
): boolean {
  const nouns = match.pattern.rule.passiveObject;
  if (!nouns) return false;
  const auxiliaryAt = /ly$/.test(tokens[head - 1]?.norm ?? '') ? head - 2 : head - 1;
  if (tokens[match.end]?.norm !== 'by' || !BE.has(tokens[auxiliaryAt]?.norm ?? '')) return true;
  // ("The agreement, which was signed by Israel and Egypt in 1979, ...": which agreement, not news.)
  if (['which', 'that'].includes(tokens[auxiliaryAt - 1]?.norm ?? '')) return true;
  for (let i = head - 1; i >= Math.max(0, head - PASSIVE_OBJECT_WINDOW); i--) {
    if (!nouns.has(tokens[i]?.norm ?? '')) continue;
    // The thing done must be the subject, not the object of a participle before it: "A statement
    // welcoming the agreement was signed by ..." signs no agreement.
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const word = tokens[k]?.norm ?? '';
      if (/(?:ing|ed)$/.test(word) && !tokens[k]?.capitalized) return true;
      if (word === ',' || k === 0) break;
    }
    return false;
  }
  return true;
}

/** Documents whose issuers say what they say. */
const STATEMENT_NOUNS = new Set([
  'statement',
  'communique',
  'communiqué',
  'declaration',
  'letter',
  'resolution',
]);

/** What is done with a statement: its issuer says what it says. */
export const STATEMENT_VERBS = new Set(['issued', 'released', 'published', 'adopted']);

/** A statement noun right before the -ing form, a time phrase ("on Thursday") allowed between. */
function afterAStatement(tokens: Token[], head: number): boolean {
  let i = head - 1;
  if (tokens[i - 1]?.norm === 'on' && /day$/.test(tokens[i]?.norm ?? '')) i -= 2;
  return (
    STATEMENT_NOUNS.has(tokens[i]?.norm ?? '') &&
    STATEMENT_VERBS.has(
      tokens.slice(Math.max(0, i - 4), i).find((token) => /ed$/.test(token.norm))?.norm ?? '',
    )
  );
}

/** What is held that makes "hold" no holding responsible: "held talks with officials responsible for". */
const HELD_EVENTS = new Set([
  'talks',
  'meeting',
  'meetings',
  'consultations',
  'discussions',
  'negotiations',
  'a',
  'an',
]);
/** Words that open a clause of its own after "announced" ("it", "that", "had"). */
const ANNOUNCED_CLAUSE = new Set([
  'it',
  'he',
  'she',
  'they',
  'that',
  'was',
  'were',
  'had',
  'would',
  'will',
  'is',
]);

/** Verbs of carrying whose long gap must not run past a "to" of their own ("flew to Cairo to discuss aid to"). */
const CARRYING = /^@(?:fly|dispatch|ship|send|allocate|airlift|deliver|contribute|hand)\b/;

/** A pattern whose gap took in words it cannot span. */
function outOfReach(
  tokens: Token[],
  match: { pattern: CompiledPattern; end: number },
  head: number,
): boolean {
  const source = match.pattern.source;
  if (/^@hold .*(?:responsible|accountable)$/.test(source) && HELD_EVENTS.has(tokens[head + 1]?.norm ?? ''))
    return true;
  // ("ordered troops to the border", "to Jordan", "to remain in ..."; not "ordered troops to withdraw").
  if (/^@(?:order|direct|move) \*\* .* to$/.test(source)) {
    const next = tokens[match.end];
    if (!next || !(next.norm === 'the' || next.capitalized)) return true;
  }
  // ("announced it was reviewing the assistance package for Ukraine", "announced that the package
  // would be delayed": what is announced of the aid is in a clause of its own.)
  if (source.startsWith('@announce **'))
    for (let i = head + 1; i < match.end; i++) if (ANNOUNCED_CLAUSE.has(tokens[i]?.norm ?? '')) return true;
  if (!CARRYING.test(source)) return false;
  // The words between the verb and the pattern's last two ("aid to", "material to").
  for (let i = head + 1; i < match.end - 2; i++) if (tokens[i]?.norm === 'to') return true;
  return false;
}

/** Words of a judgement in favour of an act, which no disapproval is. */
const FAVOURABLE = new Set([
  ...['success', 'successful', 'victory', 'triumph', 'historic', 'milestone', 'routine', 'legitimate'],
  ...['justified', 'necessary', 'proportionate', 'lawful', 'legal', 'fair', 'just', 'important', 'positive'],
  ...['welcome', 'appropriate', 'defensive', 'responsible', 'great', 'good', 'landmark', 'breakthrough'],
]);

/** Participles that say who stands behind a group. */
export const SPONSORED = new Set([
  'backed',
  'supported',
  'funded',
  'sponsored',
  'financed',
  'armed',
  'aligned',
]);

/**
 * "militants backed by Iran", "rebels supported by Rwanda seized Goma": who stands behind a group,
 * said in passing of it, is a description, not an act of support told as news ("was backed by").
 */
function namesASponsor(tokens: Token[], head: number, end: number): boolean {
  const before = tokens[head - 1];
  return (
    SPONSORED.has(tokens[head]?.norm ?? '') &&
    tokens[end]?.norm === 'by' &&
    // ("backed by 13 votes to zero a resolution": a vote, not a sponsor.)
    !/^\d/.test(tokens[end + 1]?.norm ?? '') &&
    before !== undefined &&
    !before.punct &&
    !BE.has(before.norm) &&
    !/ly$/.test(before.norm)
  );
}

/** "called the launch a great success", "described the drills as routine": a judgement in favour. */
function judgesInFavour(tokens: Token[], match: { pattern: CompiledPattern; end: number }): boolean {
  if (!match.pattern.rule.judgesAnAct) return false;
  for (let i = match.end; i < Math.min(tokens.length, match.end + 8); i++) {
    const word = tokens[i]?.norm ?? '';
    if (FAVOURABLE.has(word)) return true;
    if (word === ';' || word === '.' || (word === ',' && i > match.end + 1)) break;
  }
  return false;
}

/**
 * "in response to what it called the killing of civilians": naming an act in a relative clause
 * judges nothing; the sentence's own verb says what was done.
 */
function namesWhatItCalls(tokens: Token[], match: { pattern: CompiledPattern }, head: number): boolean {
  if (!match.pattern.rule.judgesAnAct) return false;
  for (let i = head - 1; i >= Math.max(0, head - 4); i--) {
    const token = tokens[i];
    if (!token || token.punct) return false;
    if (token.norm === 'what') return true;
  }
  return false;
}

/** What an aid agency warns of: a plight, not a party's act. */
/** Words before a course of events named as the subject of a prediction ("the continued targeting"). */
const SITUATION_MODIFIERS = new Set([
  'the',
  'this',
  'such',
  'any',
  'further',
  'continued',
  'ongoing',
  'current',
]);
const RESPONSE_WORDS = /^(?:respon\w*|retaliat\w*|answer\w*|consequences|price|countermeasures|reprisals?)$/;
const SITUATION_NOUNS =
  /^(?:\w+ing|escalation|violence|war|fighting|attacks|strikes|bombardment|occupation|blockade|siege|policy|policies|situation|conflict|crisis)$/;
const PLIGHT =
  /^(?:famine|starvation|hunger|catastrophe|crisis|collapse|disaster|shortages?|outbreaks?|epidemic|cholera|restrictions|abuses|discrimination|persecution|suffering|displacement|poverty|malnutrition|deprivation|hardship|drought|flooding)$/;

/**
 * "warned that millions of Yemenis faced famine": a warning of a plight threatens no one; "warned
 * that it would retaliate", "warned that Taiwan's leaders are playing with fire" do.
 */
function warnsOfASituation(tokens: Token[], match: { pattern: CompiledPattern; end: number }): boolean {
  if (match.pattern.source !== '@warn') return false;
  // ("warned on Monday that ...": past a time phrase.)
  let that = match.end;
  while (that < match.end + 3 && TIME_WORDS.has(tokens[that]?.norm ?? '')) that++;
  if (tokens[that]?.norm !== 'that') return false;
  // "warns that the continued targeting of civilians will push the region into war": what a course of
  // events will bring, predicted, threatens no one; a threat's clause has a doer ("it would respond").
  let subject = that + 1;
  while (subject < that + 4 && SITUATION_MODIFIERS.has(tokens[subject]?.norm ?? '')) subject++;
  // ("warned that any attack would draw a response": a deterrent, answered by the one who warns.)
  const answered = tokens.slice(subject, subject + 25).some((token) => RESPONSE_WORDS.test(token.norm));
  if (subject > that + 1 && SITUATION_NOUNS.test(tokens[subject]?.norm ?? '') && !answered) return true;
  let plight = false;
  for (let i = that + 1; i < Math.min(tokens.length, that + 40); i++) {
    const word = tokens[i]?.norm ?? '';
    if (word === ';') break;
    if (CONSEQUENCE_MODALS.has(word) || word.endsWith("'ll")) return false;
    plight ||= PLIGHT.test(word);
  }
  return plight;
}

/** Determiners before an attack named as a noun whose attacker follows ("these attacks by Russia on"). */
const ARTICLES_BEFORE_AGENT = new Set(['the', 'a', 'an', 'this', 'these']);

const PARTS_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening']);

/** Whether the token at `at` is a day owning what follows: "Sunday's attack", "Monday night's attack". */
export function dayOwner(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.possessive !== true) return false;
  if (DAY_WORDS.test(token.norm)) return true;
  const day = tokens[at - 1]?.norm ?? '';
  return PARTS_OF_DAY.has(token.norm) && (day === 'last' || DAY_WORDS.test(day));
}
const DATED_NOUN =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)$/;

/** A date of two words right before `at`, between an article and its noun: "the May 17 attack", "the 3 March bombing". */
export function dateBefore(tokens: Token[], at: number): boolean {
  return DATED_NOUN.test(`${tokens[at - 2]?.norm} ${tokens[at - 1]?.norm}`);
}
/** Words for the kind of an attack between its article and its noun: "the suicide bombing by". */
export const ATTACK_KINDS = new Set([
  'suicide',
  'deadly',
  'terrorist',
  'drone',
  'missile',
  'rocket',
  'bomb',
  'armed',
]);

/** Verbs of wanting before a performative: "I want to thank", "I would like to congratulate". */
const WANTING = new Set(['want', 'like', 'wish']);
/** Acts done by saying them. */
const PERFORMATIVES = new Set([
  'thank',
  'congratulate',
  'commend',
  'welcome',
  'condemn',
  'express',
  'extend',
  'offer',
  'convey',
  'applaud',
  'praise',
]);

/** Words ending in -ly that are no adverbs. */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'anomaly', 'monopoly', 'reply']);

/** "immediately", "strongly": an adverb by its -ly ending (not "only", "family", "supply"). */
export function lyAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_NOUNS.has(word);
}

/** Adverbs without -ly that split an infinitive: "urged it to also target", "to further isolate". */
const SPLITTING_ADVERBS = new Set(['also', 'further', 'not', 'again', 'then', 'even', 'jointly']);

/** Verbs after which a participle describes who is released ("to release illegally detained civilians"). */
const RELEASING = new Set([
  'release',
  'releases',
  'released',
  'releasing',
  'free',
  'frees',
  'freed',
  'freeing',
]);

function describesANoun(tokens: Token[], head: number): boolean {
  const adverb = tokens[head - 1];
  const before = adverb && lyAdverb(adverb.norm) ? tokens[head - 2] : adverb;
  if (!before) return false;
  if (BEFORE_ADJECTIVE.has(before.norm) || RELEASING.has(before.norm)) return true;
  // ("rescued two kidnapped oil workers": a count before it, and a noun after it.)
  // (Not a name, "Leaders of the Group of Seven condemned", nor a verb with its object: "on March 3
  // sentenced opposition politician", "vessel 3105 fired its water cannon".)
  if (!before.capitalized && (isCount(before.norm) || QUANTIFIERS.has(before.norm))) {
    const [next, then] = [tokens[head + 1], tokens[head + 2]];
    // ("freed six detained Americans": people counted by their nationality.)
    if (next?.capitalized && DEMONYM_PLURAL.test(next.norm)) return true;
    return (
      next !== undefined &&
      /^[a-z]/.test(next.text) &&
      !DETERMINERS.has(next.norm) &&
      (countedPlural(next) || countedPlural(then))
    );
  }
  // ("the detained journalists" is read as a noun above; past an adverb: "all wrongfully detained Americans".)
  return before !== adverb && DETERMINERS.has(before.norm);
}

/** Words that count a plural without a number: "the release of all detained officials". */
const QUANTIFIERS = new Set(['all', 'several', 'many', 'some', 'other', 'remaining', 'both']);

/** The plural of a people's name: "Americans", "Ukrainians", "Israelis", "Filipinos", "Chinese". */
const DEMONYM_PLURAL = /(?:ans|is|os|ese)$/;

/** A plural noun the count before a participle counts ("35 abducted schoolchildren"). */
function countedPlural(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    /^[a-z]/.test(token.text) &&
    token.norm.endsWith('s') &&
    !DETERMINERS.has(token.norm)
  );
}

const HOSTAGE_PARTICIPLES = new Set(['held', 'taken', 'kept']);
const PERFECT_OR_BE = new Set([...BE, 'has', 'have', 'had']);

function heldHostageAfterANoun(tokens: Token[], head: number): boolean {
  const before = tokens[head - 1];
  const after = tokens[head + 2];
  return (
    HOSTAGE_PARTICIPLES.has(tokens[head]?.norm ?? '') &&
    tokens[head + 1]?.norm === 'hostage' &&
    before !== undefined &&
    !before.punct &&
    !PERFECT_OR_BE.has(before.norm) &&
    // ("Armed men held hostage dozens of workers": an object after "hostage" makes it the verb.)
    (!after || after.punct || AFTER_A_DESCRIPTION.has(after.norm))
  );
}
/** What follows "held hostage" when it describes the people before it ("women held hostage in Gaza"). */
const AFTER_A_DESCRIPTION = new Set([
  'in',
  'by',
  'since',
  'for',
  'at',
  'on',
  'and',
  'until',
  'after',
  'during',
]);

/** What a count of past acts counts: "fought two wars", "have met three times". */
const OCCASIONS = new Set(['wars', 'times', 'rounds', 'battles', 'conflicts', 'occasions']);
/** Words that count past acts: "fought two wars", "met three times". */
const COUNT_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'several',
  'many',
  'multiple',
  'numerous',
  'dozens',
]);

function cumulative(tokens: Token[], head: number, end: number): boolean {
  const before = tokens[head - 1]?.norm;
  if (before !== 'have' && before !== 'has') return false;
  const next = tokens[end]?.norm ?? '';
  return (COUNT_WORDS.has(next) || /^\d+$/.test(next)) && OCCASIONS.has(tokens[end + 1]?.norm ?? '');
}

/** Reads the words before the verb, back to the previous clause break, for what makes it a non-event. */
function readModality(tokens: Token[], head: number): { modality: Modality; cue: string | null } {
  const toAt = infinitiveMarkerAt(tokens, head);
  if (toAt >= 0) {
    // "agreed to meet", "efforts to reach": the infinitive is not itself an event. "Plans to visit" is
    // future intent, handled by the caller from the cue.
    const governorAt = pastTime(tokens, toAt - 1);
    const governor = tokens[governorAt]?.norm ?? '';
    if (FUTURE.has(governor)) {
      // "did not agree to expand", "is not seeking to deepen": a refused intent is no intent. (Not
      // past a clause: "After Ukraine declined, Russia agreed to release".)
      // "no delegation would be sent until Hamas agreed to release": an intent under a condition
      // is no intent yet.
      return governorModality(tokens, governorAt) ?? { modality: 'future', cue: `${governor} to` };
    }
    // "I want to thank the Government of Qatar", "I would like to congratulate": saying so is the thanks.
    if (WANTING.has(governor) && PERFORMATIVES.has(tokens[head]?.norm ?? ''))
      return governorModality(tokens, governorAt) ?? { modality: 'asserted', cue: `${governor} to` };
    // "Parliament voted to suspend talks", "decided on Monday to expel": a vote or a decision taken
    // is the act itself ("did not vote to suspend" is none).
    if (ENACTING_GOVERNORS.has(governor))
      return governorModality(tokens, governorAt) ?? { modality: 'asserted', cue: `${governor} to` };
    // "We continue to urge the Government of Nicaragua": going on with an act is doing it ("will
    // continue to impose costs" stays a promise).
    if (CONTINUING.has(governor) && !AUXILIARIES.has(tokens[governorAt - 1]?.norm ?? ''))
      return governorModality(tokens, governorAt) ?? { modality: 'asserted', cue: `${governor} to` };
    if (CONTINUING.has(governor) && tokens[governorAt - 1]?.norm === 'will')
      return governorModality(tokens, governorAt) ?? { modality: 'future', cue: 'will continue to' };
    // "joined G7 leaders to condemn", "spoke with Kuleba ... to condemn": the purpose of a gathering or
    // a call that took place was carried out in it.
    for (let i = toAt - 1; i >= Math.max(0, head - 40); i--) {
      const word = tokens[i]?.norm ?? '';
      // "spoke with Rubio by phone, and Rubio urged him to agree": ", and" starts a clause of its own.
      // "spoke by phone with Aliyev and urged him to sign": the verb after "and" governs the infinitive.
      // ("met Abdelatty to discuss efforts to free the hostages": the gathering's purpose is the first
      // infinitive; one inside it is what was discussed. "to offer support ... and to condemn" are
      // two purposes.)
      if (
        CLAUSE_BREAK.has(word) ||
        (word === 'to' && tokens[toAt - 1]?.norm !== 'and') ||
        (word === 'and' && (tokens[i - 1]?.norm === ',' || /ed$/.test(tokens[i + 1]?.norm ?? '')))
      )
        break;
      // "The United States pledged to halt": a capitalised "United" is a name, not "united to condemn".
      if (PURPOSE_GOVERNORS.has(word) && !tokens[i]?.capitalized)
        return { modality: 'asserted', cue: 'purpose' };
    }
    return { modality: 'infinitive', cue: 'to' };
  }
  for (let i = head - 1; i >= Math.max(0, head - 5); i--) {
    const token = tokens[i];
    // "offered to mediate but refused aid": a "but" starts a clause of its own.
    if (!token || CLAUSE_BREAK.has(token.norm) || token.norm === ',' || token.norm === 'but') break;
    // "said Moscow would respond and accused Chisinau": a past tense after "and" is out of the modal's
    // reach ("would be punished and sanctioned" goes on with the participle before it).
    // ("would not be intimidated and called on Beijing to": a past verb with an object of its own
    // after the "and" is a clause of its own, even after a participle.)
    if (
      token.norm === 'and' &&
      /ed$/.test(tokens[head]?.norm ?? '') &&
      (!/ed$/.test(tokens[i - 1]?.norm ?? '') || takesAnObject(tokens, head))
    )
      break;
    // "Police who denied using force arrested", "denied bail and jailed": a denial covers only what
    // follows it directly, not a verb past an -ing word or an "and" ("denied having attacked":
    // "having" and "being" carry the denial on).
    if (
      DENIALS.has(token.norm) &&
      tokens.slice(i + 1, head).some((t) => CLAUSE_JOINERS.has(t.norm) || otherVerb(t))
    )
      break;
    // ("allow aid into Gaza without delay and urge Hamas": "without" denies only the verb right after it.)
    if (NEGATORS.has(token.norm) && (token.norm !== 'without' || i === head - 1))
      return { modality: 'negated', cue: token.text };
    // "Israel announced it would free 150 prisoners", "Germany said on Tuesday it would send", "told
    // reporters that Moscow would supply": a future reported by its actor is an intent.
    if (token.norm === 'would' && reportedFuture(tokens, i)) return { modality: 'future', cue: 'would' };
    // ("in the strongest possible terms": how strongly, not whether.)
    if (MODALS.has(token.norm) && !isMonthMay(token, i) && tokens[i - 1]?.norm !== 'strongest')
      return { modality: 'hypothetical', cue: token.text };
    // "agreed and released", "agreed new sanctions": an agreement or an offer is an intent only as
    // "agreed to" (read above), not as a verb of its own.
    if (BY_TO_ONLY.has(token.norm)) continue;
    // ("Demonstrators set up barricades": "set up" is a verb of its own, not "set to".)
    if (FUTURE.has(token.norm) && !(token.norm === 'set' && tokens[i + 1]?.norm === 'up')) {
      // "has not confirmed whether Modi will travel": a future under a question is no intent.
      for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k]?.norm !== ','; k--)
        if (CONDITIONS.has(tokens[k]?.norm ?? ''))
          return { modality: 'hypothetical', cue: tokens[k]?.text ?? '' };
      return { modality: 'future', cue: token.text };
    }
    // "Rwanda has repeatedly denied backing M23", "has long rejected": a standing position, told in
    // the perfect, is no new act (the guide codes no habitual facts; "repeatedly fired tear gas on
    // Tuesday" is one).
    if (
      i === head - 1 &&
      HABITUAL.has(token.norm) &&
      ['has', 'have', 'had'].includes(tokens[i - 1]?.norm ?? '')
    )
      return { modality: 'embedded', cue: `habitual (${token.text})` };
    // ("Indonesia has in the past seized and sunk dozens of boats": what was done before, in general.)
    if (
      i === head - 1 &&
      token.norm === 'past' &&
      tokens[i - 1]?.norm === 'the' &&
      tokens[i - 2]?.norm === 'in' &&
      ['has', 'have', 'had'].includes(tokens[i - 3]?.norm ?? '')
    )
      return { modality: 'embedded', cue: 'habitual (in the past)' };
  }
  // A conditional clause: "If Iran attacks ..., the US will ..." — the sentence opens with if/unless.
  const first = tokens[0]?.norm;
  // ("Whenever a citizen is detained abroad, we seek access": what happens each time, not an act.)
  if (
    (first === 'if' || first === 'unless' || first === 'whenever') &&
    !tokens.slice(0, head).some((token) => token.norm === ',')
  ) {
    return { modality: 'hypothetical', cue: first };
  }
  return { modality: 'asserted', cue: null };
}

/**
 * "was closing its airspace to their aircraft and recalling its ambassadors": an -ing form after "and"
 * goes on with a progressive earlier in the clause.
 */
function progressiveGoesOn(tokens: Token[], head: number): boolean {
  if (tokens[head - 1]?.norm !== 'and') return false;
  for (let i = head - 2; i >= Math.max(0, head - 14); i--) {
    const word = tokens[i]?.norm ?? '';
    if (word === ';' || word === '.') return false;
    if (word.length > 5 && word.endsWith('ing') && progressive(tokens, i)) return true;
  }
  return false;
}

/** "says it is fighting": a present speech verb a few words before a progressive. */
function saysNow(tokens: Token[], head: number): boolean {
  for (let i = head - 1; i >= Math.max(0, head - 5); i--) {
    const word = tokens[i]?.norm ?? '';
    if (word === 'says' || word === 'say' || word === 'insists' || word === 'maintains') return true;
    if (word === ',' || word === ';') return false;
  }
  return false;
}

const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re"]);
/** Verbs that begin an act told by its -ing form: the act took place. */
const PHASE_VERBS = new Set(['began', 'begun', 'started', 'resumed']);

/** "is attacking", "were also shelling": a form of be before the -ing form, adverbs allowed between. */
function progressive(tokens: Token[], head: number): boolean {
  for (let i = head - 1; i >= Math.max(0, head - 3); i--) {
    const word = tokens[i]?.norm ?? '';
    if (PROGRESSIVE.has(word)) return true;
    // ("The United States is today sanctioning ...": a time adverb may stand between.)
    if (
      !/ly$/.test(word) &&
      !['also', 'still', 'now', 'again', 'not', 'today', 'already', 'further'].includes(word)
    )
      return false;
  }
  return false;
}

/** Participles that describe a person by a charge: "a man accused of", "a journalist charged with". */
export const CHARGED = new Set(['convicted', 'accused', 'suspected', 'charged']);

/** What follows "by" when it is no agent: a measure, a deadline or a means ("by 30 percent", "by Friday", "by phone"). */
const NO_DOER_AFTER_BY = new Set([
  ...['phone', 'telephone', 'video', 'videoconference', 'videolink', 'letter', 'email', 'decree', 'force'],
  ...['land', 'sea', 'air', 'road', 'rail', 'far', 'then', 'now', 'tomorrow', 'midnight', 'mistake'],
  ...['half', 'more', 'less', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'up', 'year'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'next', 'mid'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december', 'early', 'late', 'end', 'unanimous', 'majority'],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'],
]);
/** "by a vote of", "by the end of", "by a wide margin": an article before what is still no doer. */
const NO_DOER_AFTER_ARTICLE = new Set([
  'vote',
  'end',
  'margin',
  'majority',
  'factor',
  'wide',
  'narrow',
  'year',
]);

function byNamesADoer(tokens: Token[], by: number): boolean {
  const next = tokens[by + 1]?.norm ?? '';
  if (/^\d/.test(next) || NO_DOER_AFTER_BY.has(next)) return false;
  return !(['a', 'an', 'the'].includes(next) && NO_DOER_AFTER_ARTICLE.has(tokens[by + 2]?.norm ?? ''));
}

/** Verbs of taking, moving or freeing people, which always have an object when active. */
const MOVED_PEOPLE = new Set([
  ...['deported', 'freed', 'released', 'expelled', 'abducted', 'kidnapped', 'evacuated', 'transferred'],
  ...['detained', 'arrested', 'repatriated', 'returned', 'extradited'],
]);
/** Words before such a verb that leave it active ("who freed", "they deported", "also released"). */
const NOT_A_NOUN_BEFORE = new Set([
  ...['who', 'that', 'which', 'and', 'or', 'but', 'they', 'we', 'he', 'she', 'it', 'i', 'you'],
  ...['had', 'has', 'have', 'also', 'then', 'later', 'once', 'never', 'not', 'subsequently'],
]);
/** What follows such a participle instead of an object: where to, where from, or when. */
const AFTER_MOVED = new Set(['to', 'from', 'into']);
/** Prepositions whose object a noun phrase can be ("the return of Ukrainian children"). */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'with', 'among', 'about', 'on', 'including']);

/** Whether the noun phrase ending at `last` (a few words at most) follows a preposition. */
function objectOfAPreposition(tokens: Token[], last: number): boolean {
  for (let i = last - 1; i >= Math.max(0, last - 5); i--) {
    const token = tokens[i];
    if (!token || token.punct) return false;
    if (NOUN_PREPOSITIONS.has(token.norm)) return true;
  }
  return false;
}

const MANNER = ['in', 'the', 'strongest'];

/** The length of "in the strongest (possible) terms" at `at`, or 0. */
function mannerAfter(tokens: Token[], at: number): number {
  if (MANNER.some((word, k) => tokens[at + k]?.norm !== word)) return 0;
  if (tokens[at + 3]?.norm === 'terms') return 4;
  return tokens[at + 3]?.norm === 'possible' && tokens[at + 4]?.norm === 'terms' ? 5 : 0;
}

/** What follows a headline's participle instead of an object ("soldier killed in border clash"). */
const AFTER_HEADLINE_PARTICIPLE = new Set(['in', 'at', 'after', 'during', 'near', 'amid']);
/**
 * Verbs a headline uses as participles of what was done to people ("killed", "freed"); others
 * ("warned over", "protested over", "deployed in") are as often the subject's own act in the past.
 */
const DONE_TO_PEOPLE = new Set([
  ...MOVED_PEOPLE,
  ...['killed', 'wounded', 'injured', 'shot', 'jailed', 'sentenced', 'executed', 'captured', 'held'],
]);

function isPassive(tokens: Token[], head: number, end: number, headline: boolean): boolean {
  const verb = tokens[head];
  if (
    !verb ||
    !/(?:ed|en|met|held|hit|struck|sent|spoke|fought|shot|led|paid|seized|cut|set|put)$/.test(verb.norm)
  )
    return false;
  const before = tokens[head - 1];
  const twoBefore = tokens[head - 2];
  // "victims killed by the crash": a participle followed by "by" is passive without "was" (when
  // "by" names who did it: "agreed to extend the truce by six months" is active).
  if (tokens[end]?.norm === 'by' && !/(?:ing|s)$/.test(verb.norm) && byNamesADoer(tokens, end)) return true;
  // "a man accused of spying": the charge follows at once, with no one accused in between; the
  // accuser is not whoever the sentence names before. ("warned of", "threatened with" are active.)
  if (CHARGED.has(verb.norm) && end === head + 1 && ['of', 'with'].includes(tokens[end]?.norm ?? ''))
    return true;
  // "the return of Ukrainian children deported to Russia": a verb that needs an object, with none
  // before the place after it, right after people who are themselves the object of a preposition,
  // is the participle of what was done to them. ("Turkish police detained last week ...", "The
  // administration deported to El Salvador 200 migrants": a subject, with the object shifted.)
  if (
    MOVED_PEOPLE.has(verb.norm) &&
    end === head + 1 &&
    AFTER_MOVED.has(tokens[end]?.norm ?? '') &&
    before !== undefined &&
    !before.punct &&
    !before.capitalized &&
    !/ly$/.test(before.norm) &&
    !NOT_A_NOUN_BEFORE.has(before.norm) &&
    objectOfAPreposition(tokens, head - 1)
  )
    return true;
  // "Cambodian soldier killed in border clash", "Three fishermen freed after four months in
  // captivity": a headline tells acts in the present, so a participle with a place or a time where
  // its object would be is what was done to the noun before it.
  if (
    headline &&
    DONE_TO_PEOPLE.has(verb.norm) &&
    end === head + 1 &&
    AFTER_HEADLINE_PARTICIPLE.has(tokens[end]?.norm ?? '') &&
    before !== undefined &&
    !before.punct &&
    !NOT_A_NOUN_BEFORE.has(before.norm)
  )
    return true;
  // "aid workers threatened with death by militiamen": an agent after "with ..." makes it passive.
  if (
    /ed$/.test(verb.norm) &&
    tokens[end]?.norm === 'with' &&
    tokens.slice(end + 1, end + 5).some((token) => token.norm === 'by')
  )
    return true;
  return Boolean(
    (before && BE.has(before.norm)) ||
      (twoBefore && BE.has(twoBefore.norm) && /ly$/.test(before?.norm ?? '')),
  );
}

const AUXILIARIES = new Set([
  'will',
  "'ll",
  'would',
  'can',
  'could',
  'did',
  'does',
  'do',
  'to',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'not',
  "n't",
  'never',
  "didn't",
  "doesn't",
  "don't",
  "won't",
  'let',
  'help',
  'helped',
]);

/** The word before `index`, skipping adverbs ("will also travel"). */
function previousWord(tokens: Token[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const word = tokens[i]?.norm ?? '';
    if (
      !/ly$/.test(word) &&
      !['also', 'again', 'then', 'soon', 'now', 'once', 'further', 'still'].includes(word)
    )
      return word;
  }
  return '';
}

/** Verbs whose past tense is their base form: "a Ukrainian drone hit" is past, not a noun. */
const PAST_IS_BASE = new Set([
  'hit',
  'cut',
  'put',
  'set',
  'beat',
  'shut',
  'spread',
  'hurt',
  'bid',
  'cast',
  'let',
  'burst',
  'quit',
  'split',
  'upset',
]);

function isPresentForm(pattern: CompiledPattern, word: string): ActionMatch['presentForm'] {
  const first = pattern.elements[0];
  if (first?.kind !== 'word' || !first.verb || PAST_IS_BASE.has(word)) return null;
  if (word === first.lemma) return 'base';
  return word === first.thirdPerson ? 'third-person' : null;
}

function refineCode(pattern: CompiledPattern, rest: string): string {
  for (const refinement of pattern.rule.refine ?? []) if (refinement.when.test(rest)) return refinement.code;
  return pattern.rule.code;
}

export function findActions(
  sentence: string,
  tokens: Token[],
  dicts: Dictionaries,
  headline = false,
): ActionMatch[] {
  const actions: ActionMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    const bucket = token && !token.punct ? dicts.patternsByFirstWord.get(token.norm) : undefined;
    let best: { end: number; pattern: CompiledPattern } | null = null;
    if (bucket) {
      // (Those whose second word follows, and those that take any second word: both in rule order.)
      // (Past a quotation mark: 'were "a flagrant violation'.)
      const second = tokens[i + 1]?.norm === '"' ? tokens[i + 2] : tokens[i + 1];
      const bySecond = bucket.bySecond.get(second?.norm ?? '');
      for (const candidates of bySecond ? [bucket.anySecond, bySecond] : [bucket.anySecond]) {
        for (const pattern of candidates) {
          const end = matchFrom(tokens, i, pattern);
          if (end < 0) continue;
          // "protested to demand his resignation": a "to" before a verb is a purpose, not an addressee.
          if (
            tokens[end - 1]?.norm === 'to' &&
            pattern.rule.code === '111' &&
            dicts.patternsByFirstWord.has(tokens[end]?.norm ?? '')
          )
            continue;
          const better =
            !best ||
            end > best.end ||
            (end === best.end &&
              (pattern.weight > best.pattern.weight ||
                (pattern.weight === best.pattern.weight && pattern.order < best.pattern.order)));
          if (better) best = { end, pattern };
        }
      }
    }
    // A capitalised verb form inside a sentence is a name or a month ("March 10", "Strike Group").
    if (best && token && i > 0 && token.capitalized && best.pattern.elements[0]?.kind === 'word') best = null;
    if (!best || !token) {
      i++;
      continue;
    }
    const head = i;
    const isGerund = /ing$/.test(token.norm) && token.norm.length > 5;
    // ("is attacking", "were also shelling": an -ing form after a form of "be".)
    const inProgress = isGerund && progressive(tokens, head);
    const before = tokens[head - 1];
    let { modality, cue } = readModality(tokens, head);
    // "The Houthis continue to attack shipping": going on with force is the state of a war, not an
    // act ("We continue to urge", "continue to work with" are said and done).
    // ("Russia continued to shell Kharkiv on Monday" tells a day's act.)
    if ((cue === 'continue to' || cue === 'continues to') && /^(?:1[4-9]|20)/.test(best.pattern.rule.code)) {
      modality = 'embedded';
      cue = 'ongoing';
    }
    // "issued a joint statement on Thursday urging Venezuela to ...": what a statement urges, its
    // issuers urge, as if after a comma.
    const participle = isGerund && (before?.norm === ',' || afterAStatement(tokens, head));
    // ("responded on Sunday by lodging ...": past a time phrase.)
    const byMeans =
      isGerund && before?.norm === 'by' && MEANS_VERBS.has(tokens[pastTime(tokens, head - 2)]?.norm ?? '');
    const isVerbPattern = best.pattern.elements.some((element) => element.kind === 'word' && element.verb);
    const next = tokens[best.end]?.norm ?? '';
    if (
      best.pattern.rule.notBefore?.includes(next) ||
      warnsOfASituation(tokens, best) ||
      strikesADeal(tokens, best) ||
      meetsANeed(tokens, best) ||
      lacksPassiveObject(tokens, best, head) ||
      outOfReach(tokens, best, head) ||
      judgesInFavour(tokens, best) ||
      namesWhatItCalls(tokens, best, head) ||
      namesASponsor(tokens, head, best.end) ||
      backAsParticle(tokens, best, head)
    ) {
      i = best.end;
      continue;
    }
    // "condemned the attack by Houthi rebels on a tanker": an attack named as a noun with its
    // attacker after "by" is reported as done; the assembler takes the source from "by".
    // ("the suicide bombing by the BLA", "the deadly attack by": a word of the attack's kind between.)
    // ("the May 17 attack by JNIM": past a date too.)
    const kindAt = dateBefore(tokens, head) ? head - 3 : head - 1;
    const kind = tokens[kindAt];
    const attackByAgent =
      /^1[89]/.test(best.pattern.rule.code) &&
      byAfterNoun(tokens, best.end) >= 0 &&
      (ARTICLES_BEFORE_AGENT.has(kind?.norm ?? '') ||
        // ("condemned Sunday's attack by al-Shabaab on a police post": a day's attack.)
        // ("Monday night's attack by armed gangs": a part of a day's too.)
        dayOwner(tokens, head - 1) ||
        (ATTACK_KINDS.has(kind?.norm ?? '') && ARTICLES_BEFORE_AGENT.has(tokens[kindAt - 1]?.norm ?? '')));
    // "the release of hostages", "a visit to": a verb form after a determiner is a noun, not a clause.
    // ("He further calls on the authorities": "further" after a subject and before a verb's third
    // person is an adverb.)
    // ("The Government has further declared the attaché persona non grata": after an auxiliary too.)
    const furtherAdverb =
      before?.norm === 'further' &&
      ((token.norm.endsWith('s') &&
        (tokens[head - 2]?.capitalized === true ||
          ['he', 'she', 'it'].includes(tokens[head - 2]?.norm ?? ''))) ||
        (isPastVerb(token) && ['has', 'have', 'had'].includes(tokens[head - 2]?.norm ?? '')));
    if (isVerbPattern && before && DETERMINERS.has(before.norm) && !attackByAgent && !furtherAdverb) {
      modality = 'embedded';
      cue = `${before.text} ${token.text}`;
    } else if (isVerbPattern && before && COMPOUND_FIRST_WORDS.has(before.norm)) {
      // "in a telephone call on Sunday", "a courtesy call on the president": the first word of a
      // compound makes the verb form its noun.
      modality = 'embedded';
      cue = `${before.text} ${token.text}`;
    } else if (isVerbPattern && !isGerund && before?.norm === 'by') {
      // "agreed to a ceasefire by telephone", "by phone": a verb form after "by" is a noun of means.
      modality = 'embedded';
      cue = `${before.text} ${token.text}`;
    } else if (byMeans) {
      // "responded by breaking off relations": how the verb before was done, so done.
    } else if (
      isVerbPattern &&
      isGerund &&
      before?.norm === 'been' &&
      ['has', 'have', 'had'].includes(tokens[head - 2]?.norm ?? '')
    ) {
      // "Armenia and Azerbaijan have been negotiating a peace treaty since 2023": what has gone on
      // for a while is the background, not the day's act.
      modality = 'embedded';
      cue = 'ongoing (has been ...ing)';
    } else if (isGerund && before && PREPOSITIONS_BEFORE_GERUND.has(before.norm)) {
      modality = 'embedded';
      cue = `${before.text} ${token.text}`;
    } else if (isVerbPattern && /ed$/.test(token.norm) && describesANoun(tokens, head)) {
      // "the release of detained journalists", "called for jailed activists to be freed", "to release
      // illegally detained civilians": a participle after a preposition, an article or a release (an
      // adverb may stand between) describes the noun after it.
      modality = 'embedded';
      cue = `${before?.text ?? ''} ${token.text}`;
    } else if (
      isVerbPattern &&
      /ed$/.test(token.norm) &&
      before?.norm === ',' &&
      tokens[head + 1]?.norm === 'by' &&
      best.pattern.rule.code.startsWith('05')
    ) {
      // "Somali forces, supported by African Union troops, recaptured ...": who backs them is who they
      // are, not a statement of support.
      modality = 'embedded';
      cue = `${before.text} ${token.text} by`;
    } else if (isVerbPattern && /ed$/.test(token.norm) && WRITINGS.has(before?.norm ?? '')) {
      // "in a statement released late on Sunday", "a video published": what was put out, not a release.
      modality = 'embedded';
      cue = `${before?.text ?? ''} ${token.text}`;
    } else if (isVerbPattern && heldHostageAfterANoun(tokens, head)) {
      // "released three Israeli women held hostage in Gaza": who they are, not a new hostage-taking.
      modality = 'embedded';
      cue = `${before?.text ?? ''} ${token.text}`;
    } else if (isVerbPattern && cumulative(tokens, head, best.end)) {
      // "The two countries have fought two wars": a count of past acts is their history.
      modality = 'embedded';
      cue = 'cumulative';
    } else if (isVerbPattern && backgroundClause(tokens, head)) {
      // "Qatar, which has mediated between Israel and Hamas, called on ...": what a relative clause
      // says someone has done is who they are, not the news.
      modality = 'embedded';
      cue = 'relative clause in the perfect';
    } else if (isVerbPattern && inProgress && saysNow(tokens, head)) {
      // "The junta says it is fighting terrorists": a claim it keeps making, no act of a day.
      modality = 'embedded';
      cue = 'a standing claim';
    } else if (
      isVerbPattern &&
      isGerund &&
      !participle &&
      !attackByAgent &&
      !inProgress &&
      !progressiveGoesOn(tokens, head) &&
      // ("Russian forces began shelling Kharkiv", "resumed bombing Rafah": begun is done.)
      !PHASE_VERBS.has(before?.norm ?? '')
    ) {
      // "a deadly attack targeting non-Muslims": an -ing form right after a noun describes that noun;
      // only "is attacking" (progressive) or ", attacking" (a participle clause) is an act of a subject.
      modality = 'embedded';
      cue = `${before?.text ?? ''} ${token.text}`;
    }
    const restStart = token.end;
    const passive = isVerbPattern && isPassive(tokens, head, best.end, headline);
    // "detainees who were flown to Yerevan": people carried somewhere pay no visit.
    if (best.pattern.source === '@fly to' && BE.has(previousWord(tokens, head)) && modality === 'asserted') {
      modality = 'embedded';
      cue = 'carried';
    }
    actions.push({
      start: i,
      // ("condemns in the strongest terms the sentence ...": how it condemns stands before its object.)
      end: best.end + mannerAfter(tokens, best.end),
      head,
      pattern: best.pattern,
      code: refineCode(best.pattern, sentence.slice(restStart)),
      modality,
      passive,
      participle,
      // After an auxiliary ("will travel", "did not meet", "to meet") the bare form is surely a verb.
      presentForm: AUXILIARIES.has(previousWord(tokens, head))
        ? null
        : isPresentForm(best.pattern, token.norm),
      cue,
    });
    i = best.end;
  }
  return actions;
}
