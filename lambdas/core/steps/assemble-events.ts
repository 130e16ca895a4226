/**
 * Events: joins each action to its source and target actors. The source is the actor phrase closest
 * before the verb (or after "by" in the passive), the target the first actor phrase after it;
 * "Egypt and Qatar" on either side gives one event each.
 */
import { isPastVerb, type Token } from '../text/tokens';
import type { ActorRef } from '../types';
import {
  type ActionMatch,
  ATTACK_KINDS,
  byAfterNoun,
  CHARGED,
  dateBefore,
  dayOwner,
  lyAdverb,
  SPONSORED,
  STATEMENT_VERBS,
} from './find-actions';
import {
  type ActorPhrase,
  acronymAside,
  authorsAppositionEnd,
  GROUP_WORDS,
  isCount,
  isUnknownAttackers,
  namesAnAct,
  PEOPLE_NOUNS,
  SPEECH_VERBS,
  SPONSOR_SUFFIX,
} from './find-actors';

export interface Dyad {
  action: ActionMatch;
  code: string;
  source: ActorRef;
  target: ActorRef | null;
  rule: string;
}

export interface Dropped {
  action: ActionMatch;
  reason: string;
}

const CLAUSE_BREAK = new Set([';', ':', '?', '!', '(', ')']);
/** Words that report a demand as someone's: what follows is theirs, not the document's speaker's. */
const REPORTED_DEMAND = new Set(['that', 'insisted', 'insists', 'demanded', 'argued', 'warned']);
/** Verbs that report a demand ("stressed that Russia must stop"). */
const DEMAND_VERBS = new Set([
  'stressed',
  'stresses',
  'underlined',
  'underscored',
  'emphasized',
  'emphasised',
  'reiterated',
]);
/** Material cooperation that will be given is intent to cooperate in that field. */
const MATERIAL_INTENT: Record<string, string> = {
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
};
/** Aid that "will" be given is intent to give it, of the same kind. */
const AID_INTENT: Record<string, string> = { '071': '0331', '072': '0332', '073': '0333', '074': '0334' };
const PLURAL_PRONOUNS = new Set(['we', 'they', 'i', "we've", "i've", "we're"]);
/** Words after which an actor is where something comes from or happens, not whom it is aimed at. */
const NOT_TARGET_AFTER = new Set(['from', 'of', 'into', 'since', 'than']);
/** "near the village of X": where an act happened close by, not what it was aimed at. */
const NEAR = new Set(['near', 'around']);
/** Words for a settlement named after them with "of" ("the city of Kharkiv"). */
const SETTLEMENTS = new Set(['village', 'villages', 'town', 'towns', 'city', 'capital', 'port', 'camp']);

/** Nouns for parts of a country: a country after "areas of", "parts of" is a place, not an actor. */
const PLACE_NOUNS = new Set([
  'areas',
  'area',
  'parts',
  'part',
  'city',
  'cities',
  'region',
  'regions',
  'capital',
  'north',
  'south',
  'east',
  'west',
  'territory',
  'territories',
  'coast',
  'outskirts',
  'province',
  'provinces',
  'border',
  'borders',
  'center',
  'centre',
  'heart',
  'rest',
  'side',
  'shores',
  'waters',
  'skies',
  'airspace',
  'soil',
  'streets',
]);

/** "from Yemen", "areas of Yemen" are where, not whom; "dozens of protesters" is still the protesters. */
function placedByPreposition(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  // "seized weapons near the village of Banjska": a settlement the act was only near is not its
  // object. (A country is: "put its army on alert near Kosovo" is aimed at Kosovo.)
  if (
    before === 'the' &&
    NEAR.has(tokens[start - 2]?.norm ?? '') &&
    SETTLEMENTS.has(tokens[start]?.norm ?? '')
  )
    return true;
  if (!NOT_TARGET_AFTER.has(before)) return false;
  // "of" places only after a word for a place ("areas of Yemen"); "support of Pakistani forces" and
  // "dozens of protesters" still name the actor.
  if (before === 'of') return PLACE_NOUNS.has(tokens[start - 2]?.norm ?? '');
  return true;
}

/**
 * "shelled the city of Kharkiv", "sent aid to the worst-hit city of Mandalay": a settlement named
 * right after the verb (an article and at most two describing words before "city of") is the
 * object, however "of" introduces its name.
 */
function settlementObject(tokens: Token[], from: number, start: number): boolean {
  if (tokens[start - 1]?.norm !== 'of' || !SETTLEMENTS.has(tokens[start - 2]?.norm ?? '')) return false;
  const before = tokens.slice(from, start - 2);
  return (
    before.length <= 3 &&
    before.every((token, i) =>
      i === 0 ? token.norm === 'the' || token.norm === 'a' : !token.punct && !token.capitalized,
    )
  );
}

/**
 * "parts of Iraq and Syria", "at the request of Britain, France and Ecuador": the rest of a list that
 * a place preposition or a request opened is places or requesters too.
 */
function inPlacedList(phrases: ActorPhrase[], phrase: ActorPhrase, tokens: Token[]): boolean {
  const at = phrases.indexOf(phrase);
  for (let i = at - 1; i >= 0; i--) {
    const previous = phrases[i];
    const next = phrases[i + 1];
    if (!previous || !next) return false;
    const between = tokens.slice(previous.end, next.start).map((token) => token.norm);
    if (between.length === 0 || !between.every((word) => word === 'and' || word === ',' || word === 'or'))
      return false;
    if (placedByPreposition(tokens, previous.start) || onBehalf(tokens, previous.start)) return true;
  }
  return false;
}

/** "at the request of Britain", "on behalf of the G77": who asked or is represented, not a party. */
function onBehalf(tokens: Token[], start: number): boolean {
  return tokens[start - 1]?.norm === 'of' && ON_BEHALF.has(tokens[start - 2]?.norm ?? '');
}

/** "mediated the agreement along with the United States": a partner in the act, not its target. */
function actingAlongside(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  const word = tokens[before]?.norm;
  return (
    word === 'alongside' ||
    (word === 'with' && ['along', 'together'].includes(tokens[before - 1]?.norm ?? ''))
  );
}

const ACCIDENTS = new Set([
  'crash',
  'accident',
  'collision',
  'derailment',
  'earthquake',
  'flood',
  'floods',
  'storm',
  'fire',
  'collapse',
  'explosion',
  'blast',
]);
/** "artillery fire", "tank fire": fire that is shooting, not an accident. */
const WEAPONS = new Set([
  'artillery',
  'tank',
  'mortar',
  'rocket',
  'sniper',
  'gun',
  'machine-gun',
  'naval',
  'cannon',
]);

/**
 * An accident word within four words of `from` ("the flight MH17 crash"). Fire right after the
 * actor ("Israeli fire") or a weapon ("artillery fire") is shooting.
 */
function accidentAfter(tokens: Token[], from: number): boolean {
  for (let i = from; i < from + 4 && i < tokens.length; i++) {
    const word = tokens[i]?.norm ?? '';
    const shooting = word === 'fire' && (i === from || WEAPONS.has(tokens[i - 1]?.norm ?? ''));
    if (ACCIDENTS.has(word) && !shooting) return true;
  }
  return false;
}

const HARMED = new Set(['killed', 'wounded', 'injured', 'hurt']);

/** The index of the last word at or before `at` that is not an article. */
function skipArticles(tokens: Token[], at: number): number {
  let i = at;
  while (i >= 0 && ['a', 'an', 'the'].includes(tokens[i]?.norm ?? '')) i--;
  return i;
}

function victimsBefore(sources: ActorPhrase[], phrases: ActorPhrase[], tokens: Token[]): ActorPhrase | null {
  const first = sources[0];
  if (!first) return null;
  const i = skipArticles(tokens, first.start - 1);
  if (!['in', 'by'].includes(tokens[i]?.norm ?? '') || !HARMED.has(tokens[i - 1]?.norm ?? '')) return null;
  const verb = i - 1;
  return [...phrases].reverse().find((phrase) => phrase.end <= verb && !sources.includes(phrase)) ?? null;
}

/**
 * "were killed by Israeli artillery shelling": the shelling is the event and the killed are its
 * victims; the passive verb would code the same act a second time.
 */
function attackNamedAfterBy(passive: ActionMatch, actions: ActionMatch[], tokens: Token[]): boolean {
  if (!ATTACK_ROOTS.has(passive.code.slice(0, 2))) return false;
  const by = tokens.findIndex((token, i) => i >= passive.end && i <= passive.end + 1 && token.norm === 'by');
  return (
    by >= 0 &&
    actions.some(
      (other) =>
        other !== passive &&
        isNominal(other) &&
        ATTACK_ROOTS.has(other.code.slice(0, 2)) &&
        other.start > by &&
        other.start <= by + 3,
    )
  );
}

const RELATIVE_ASIDES = new Set(['which', 'who', 'whose', 'whom', 'as']);
const SOME_OF_THEM = new Set(['many', 'some', 'most', 'several']);
const OWNER_OR_ARTICLE = new Set(['the', 'his', 'her', 'their', 'its']);
/** "Fighters, some belonging to Hamas,": who they are, not what they do. */
const IDENTITY_GERUNDS = new Set(['belonging', 'representing', 'including', 'serving', 'working']);

/** Token ranges inside dashes or parentheses ("Iran - and its proxies in Yemen - launched"). */
function parentheticals(tokens: Token[], phrases: ActorPhrase[]): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  tokens.forEach((token, i) => {
    if (token.norm === '(' || (token.norm === '-' && open < 0)) open = i;
    else if ((token.norm === ')' || token.norm === '-') && open >= 0) {
      ranges.push([open, i]);
      open = -1;
    }
    // "Hamas, which attacked Israel in October, released two hostages": a relative clause between
    // commas is an aside too.
    // ("Malaysia, as Chair of ASEAN, welcomes ...": so is the capacity someone acts in.)
    // ("Protesters, many waving EU and Georgian flags, threw fireworks": so is what some of them do;
    // "The defendants, many of them critics of President Saied," says who they are.)
    const opener = tokens[i + 1]?.norm ?? '';
    // ("We, the G7 Foreign Ministers of Canada, France, ... and the High Representative of the
    // European Union, condemn": the authors in apposition, to the comma before the verb.)
    if (i === 1 && token.norm === ',' && tokens[0]?.norm === 'we') {
      const close = authorsAppositionEnd(tokens);
      if (close > 0) ranges.push([i, close]);
      return;
    }
    if (
      token.norm === ',' &&
      (RELATIVE_ASIDES.has(opener) ||
        // (", in his capacity as Chairperson of the East African Community,".)
        (opener === 'in' && tokens[i + 3]?.norm === 'capacity') ||
        (SOME_OF_THEM.has(opener) &&
          /ing$/.test(tokens[i + 2]?.norm ?? '') &&
          !IDENTITY_GERUNDS.has(tokens[i + 2]?.norm ?? '')))
    ) {
      const close = tokens.findIndex((later, k) => k > i + 1 && later.norm === ',');
      if (close > 0) ranges.push([i, close]);
    }
    // ("freed 200 Palestinian prisoners, 70 of whom were deported to Egypt": what some of them
    // underwent, to the clause's end.)
    if (
      token.norm === ',' &&
      (isCount(opener) || SOME_OF_THEM.has(opener)) &&
      tokens[i + 2]?.norm === 'of' &&
      (tokens[i + 3]?.norm === 'whom' || tokens[i + 3]?.norm === 'which')
    ) {
      const close = tokens.findIndex((later, k) => k > i + 3 && (later.norm === ',' || later.norm === '.'));
      ranges.push([i, close > 0 ? close : tokens.length]);
    }
    // ("The United States, a treaty ally of the Philippines, condemned", "The ELN, the country's largest
    // rebel group, also kidnapped": a description of the subject, closed by a comma right before its
    // verb.)
    // (Only after a name already known: "Annette Weber, the EU's special representative," says who
    // she is.)
    // (", meeting in Georgetown, urged": what the subject was doing, closed right before its verb.)
    if (
      token.norm === ',' &&
      (opener === 'a' || opener === 'an' || opener === 'the' || /^[a-z]+ing$/.test(opener)) &&
      phrases.some((phrase) => phrase.end === i)
    ) {
      const close = tokens.findIndex((later, k) => k > i + 1 && later.norm === ',');
      const adverb = ['also', 'later', 'then'].includes(tokens[close + 1]?.norm ?? '') ? 1 : 0;
      if (close > 0 && close - i <= 12 && isPastVerb(tokens[close + 1 + adverb])) ranges.push([i, close]);
    }
  });
  return ranges;
}

/** Inside an aside opened by a comma (", which ...,"), with the action outside it. */
function inRelativeClause(
  asides: [number, number][],
  tokens: Token[],
  phrase: ActorPhrase,
  action: ActionMatch,
): boolean {
  return asides.some(
    ([open, close]) =>
      tokens[open]?.norm === ',' &&
      phrase.start > open &&
      phrase.end <= close &&
      !(action.start > open && action.start < close),
  );
}

function insideAside(asides: [number, number][], phrase: ActorPhrase, action: ActionMatch): boolean {
  return asides.some(
    ([open, close]) =>
      phrase.start > open && phrase.end <= close && !(action.start > open && action.start < close),
  );
}
/** Prepositions after which a capital is a place ("left Cairo", "in Moscow"), not a government. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'at',
  'for',
  'left',
  'near',
  'into',
  'across',
  'via',
  'outside',
]);
const TARGET_WINDOW = 10;
const SIDES_WINDOW = 25;

/** Two mentions of one actor, or two parts of one government: not an event between actors. */
function sameActor(a: ActorRef, b: ActorRef): boolean {
  return a.code === b.code;
}

function brokenBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    // "The Rapid Support Forces (RSF) attacked": a name's abbreviation breaks nothing.
    if (acronymAside(tokens, i)) {
      i += 2;
      continue;
    }
    const word = tokens[i]?.norm ?? '';
    if (CLAUSE_BREAK.has(word)) return true;
    // "rejected the remarks, telling reporters ...": a participle after a comma opens a clause of
    // its own, whose object is not the verb's.
    if (word === ',' && /^[a-z]{3,}ing$/.test(tokens[i + 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * "executed a man convicted of spying for Israel": an actor named in the charge that describes the
 * object is not the object. (A plain relative clause is different: "struck targets which belonged
 * to Hezbollah" did hit Hezbollah.)
 */
function chargeBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (CHARGED.has(tokens[i]?.norm ?? '') && ['of', 'with'].includes(tokens[i + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Why an act with a subject but no one it was aimed at is dropped (pipeline reads it for dates). */
export const NO_TARGET = 'no target actor after the verb';

/** Possessive determiners that may open the second member of a list: "X and his counterpart". */
const OWNER_WORDS = new Set(['his', 'her', 'their', 'its']);
/** Only "his counterpart": "Ukraine and its President Zelensky condemned" opens a clause of its own. */
const COUNTERPART = /^counterparts?$/;

/** Words before a title that the dictionaries' titles leave out. */
const TITLE_MODIFIERS = new Set([
  ...['acting', 'interim', 'caretaker', 'outgoing', 'incoming', 'federal'],
  // "Ruto and visiting Ethiopian Prime Minister Abiy signed": the guest, described.
  'visiting',
]);

/**
 * Phrases joined to `phrase` by "and" / "," ("Egypt, Qatar and the US"), in the direction given. A
 * comma alone is a list only when an "and" closes it; otherwise it separates clauses
 * ("On behalf of the American people, I congratulate").
 */
/** An article or a count that may open a conjunct: "and a Chinese company", "and two Iranian nationals". */
const COUNTED_ARTICLES = new Set(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'several']);

/** Words inside a title of two offices ("the Prime Minister and Minister of Foreign Affairs of"). */
const TITLE_LINKS = new Set(['and', 'the', 'of']);

function conjuncts(phrases: ActorPhrase[], index: number, tokens: Token[], direction: 1 | -1): ActorPhrase[] {
  const found: ActorPhrase[] = [];
  let closedByAnd = 0;
  let current = phrases[index];
  for (let i = index + direction; current && i >= 0 && i < phrases.length; i += direction) {
    const next = phrases[i];
    if (!next) break;
    const [left, right] = direction === 1 ? [current, next] : [next, current];
    // ("Venezuela's government and the country's opposition", "Congo and the Rwanda-backed M23": the
    // owner or the sponsor is part of the article.)
    // ("the Sudanese Armed Forces (SAF) and the RSF": the first one's acronym is part of its name.)
    const leftEnd = acronymAside(tokens, left.end) ? left.end + 3 : left.end;
    // ("Yemen's Houthi movement and the government": a named group's word for itself is its name's.)
    const groupWordAt = left.named && GROUP_WORDS.has(tokens[leftEnd]?.norm ?? '') ? leftEnd : -1;
    const between = tokens
      .slice(leftEnd, right.start)
      .filter(
        (token, k) =>
          !(token.possessive && token.norm === 'country') &&
          !SPONSOR_SUFFIX.test(token.norm) &&
          leftEnd + k !== groupWordAt,
      )
      .map((token) => token.norm);
    // ("Sugiono and his Vietnamese counterpart": an owner's word after "and" is part of the article.)
    // ("spoke with Kagame and with Tshisekedi", "to the AU chair and to the UN Secretary-General": the
    // preposition before the first said again after "and".)
    // (Past "the" or an owner: "with his Polish counterpart X and with French Foreign Minister Y".)
    const before = OWNER_OR_ARTICLE.has(tokens[left.start - 1]?.norm ?? '')
      ? tokens[left.start - 2]
      : tokens[left.start - 1];
    // ("with the Prime Minister and Minister of Foreign Affairs of Qatar and with the US envoy": past
    // an office of two titles, to the preposition the list opened with.)
    let back = left.start - 1;
    while (back > left.start - 8 && (tokens[back]?.capitalized || TITLE_LINKS.has(tokens[back]?.norm ?? '')))
      back--;
    const opener = ['with', 'to'].includes(tokens[back]?.norm ?? '') ? tokens[back]?.norm : before?.norm;
    const repeated = direction === 1 ? opener : undefined;
    const joined =
      between.length > 0 &&
      between.every(
        (word, at) =>
          word === 'and' ||
          word === ',' ||
          word === 'the' ||
          word === 'or' ||
          // ("three Myanmar businessmen and a Singapore-registered company", "and two Iranian nationals")
          (COUNTED_ARTICLES.has(word) && between[at - 1] === 'and') ||
          (word === repeated && (word === 'with' || word === 'to') && between[at - 1] === 'and') ||
          // ("with Prime Minister Hun Manet of Cambodia and Acting Prime Minister Phumtham ...")
          (TITLE_MODIFIERS.has(word) && at === between.length - 1) ||
          (OWNER_WORDS.has(word) &&
            between[at - 1] === 'and' &&
            tokens.slice(right.start, right.end + 1).some((token) => COUNTERPART.test(token.norm))),
      );
    const hasAnd = between.includes('and') || between.includes('or');
    if (!joined || (!hasAnd && !between.includes(','))) break;
    // "arrested protesters in Abuja and Lagos": a city after "and" goes on listing the places of
    // the phrase before it; it is not a second target.
    if (direction === 1 && continuesPlaces(current, next, tokens)) break;
    // "Baku will release 32 servicemen and Yerevan will free two soldiers": a name followed by its own
    // verb opens a clause of its own, and is no second object (nor a second subject reading back).
    if (direction === 1 && CLAUSE_VERBS.has(tokens[next.end]?.norm ?? '')) break;
    if (direction === -1 && CLAUSE_VERBS.has(tokens[current.end]?.norm ?? '') && objectOfAVerb(tokens, next))
      break;
    // Reading backwards from the verb, the link nearest the verb is the list's "and".
    if (direction === -1 && found.length === 0 && !hasAnd) break;
    found.push(next);
    // ("thanked Germany, the Netherlands and the Nordic states": a list whose last item is no actor
    // still closes with "and" after the one before it.)
    const andFollows = direction === 1 && ['and', 'or'].includes(tokens[next.end]?.norm ?? '');
    if (hasAnd || andFollows) closedByAnd = found.length;
    current = next;
    if (direction === 1 && hasAnd) break;
  }
  return direction === 1 ? found.slice(0, closedByAnd) : found;
}

/** Words that follow a subject: modals and auxiliaries. */
const CLAUSE_VERBS = new Set([
  'will',
  'would',
  'shall',
  'can',
  'could',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
]);
/** Counts and articles that may open an object ("release 32 Armenian servicemen"). */
const OBJECT_OPENERS =
  /^(?:\d[\d,]*|the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)$/;

/** A phrase right after a lowercase word that is no article or count: the object of that word. */
function objectOfAVerb(tokens: Token[], phrase: ActorPhrase): boolean {
  let i = phrase.start - 1;
  while (i >= 0 && OBJECT_OPENERS.test(tokens[i]?.norm ?? '')) i--;
  const word = tokens[i];
  return (
    word !== undefined && i < phrase.start - 1 && !word.punct && !word.capitalized && word.norm !== 'and'
  );
}

function continuesPlaces(phrase: ActorPhrase, next: ActorPhrase, tokens: Token[]): boolean {
  if (!next.seatOnly || phrase.seatOnly) return false;
  for (let i = phrase.start + 1; i < phrase.end; i++) {
    if (PLACE_PREPOSITIONS.has(tokens[i]?.norm ?? '')) return true;
  }
  return false;
}

/** A verb in the past or the present tense after its subject: "reaffirmed", "urges", "spoke". */
const CLAUSE_VERB_FORM = /^(?:[a-z]+ed|[a-z]+s|spoke|met|held|gave|sent|told|made|said)$/;

/** Words between "in"/"during" and a call: "in a telephone call", "during their video call". */
const CALL_MEDIUM_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'telephone', 'phone', 'video']);

/**
 * Whether a call named as a noun ("call with") is the medium of another act: "in a telephone call
 * with" after the clause's verb ('after'), or opening the sentence ('fronted'); null otherwise.
 */
function callAsMedium(action: ActionMatch, tokens: Token[]): 'after' | 'fronted' | null {
  if (!isNominal(action) || !action.pattern.source.endsWith('call with')) return null;
  let i = action.start - 1;
  while (i >= 0 && CALL_MEDIUM_WORDS.has(tokens[i]?.norm ?? '')) i--;
  if (i === action.start - 1 || !['in', 'during'].includes(tokens[i]?.norm ?? '')) return null;
  return i === 0 ? 'fronted' : 'after';
}

/** "In southern Lebanon, an Israeli drone struck a car": where the sentence's act happens, not who acts. */
function openingPlace(phrase: ActorPhrase, tokens: Token[]): boolean {
  if (tokens[phrase.end]?.norm !== ',' || phrase.start > 3) return false;
  const opener = tokens[0]?.norm ?? '';
  return (opener === 'in' || opener === 'across' || opener === 'near') && !phrase.actor.org;
}

/** An organisation's bodies abroad: "the United Nations mission in Colombia". */
const OFFICE_NOUNS = new Set([
  ...['mission', 'office', 'delegation', 'representation', 'team', 'observers', 'monitors'],
  ...['envoy', 'representative', 'coordinator', 'commission', 'ambassador', 'rapporteur'],
  // ("The U.S. Embassy in Dar es Salaam called on the government": the sender's.)
  ...['embassy', 'consulate'],
]);

/**
 * "The United Nations mission in Colombia condemned ...", "Iran's envoy to the UN condemned ...":
 * the country or organisation after a mission, an office or an envoy is where it works, not who
 * acts; whoever owns the office does.
 */
function whereAnOfficeWorks(phrase: ActorPhrase, tokens: Token[], phrases: ActorPhrase[]): boolean {
  const at = tokens[phrase.start - 1]?.norm === 'the' ? phrase.start - 2 : phrase.start - 1;
  // ("the special rapporteur on Myanmar", "the UN envoy on Yemen": the country the office covers.)
  if (
    !['in', 'to', 'for', 'on'].includes(tokens[at]?.norm ?? '') ||
    !OFFICE_NOUNS.has(tokens[at - 1]?.norm ?? '')
  )
    return false;
  // The organisation right before the office ("the UN mission", "the United Nations Verification Mission").
  // ("The EU delegation to Ukraine": the office may be part of the owner's phrase.)
  return phrases.some(
    (other) =>
      other !== phrase &&
      (other.actor.org !== null || other.actor.country !== null) &&
      other.end <= at &&
      at - other.end <= 3,
  );
}

/** Participles of being somewhere: "leaders meeting in Guyana urged", "ministers gathered in Doha". */
const GATHERED = new Set(['meeting', 'gathered', 'gathering', 'assembled', 'speaking']);

/** "Caribbean leaders meeting in Guyana urged Haiti": the country they met in is where, not who. */
function whereTheyGathered(phrase: ActorPhrase, tokens: Token[]): boolean {
  const at = tokens[phrase.start - 1]?.norm === 'the' ? phrase.start - 2 : phrase.start - 1;
  return ['in', 'at'].includes(tokens[at]?.norm ?? '') && GATHERED.has(tokens[at - 1]?.norm ?? '');
}

function isPlaceUse(phrase: ActorPhrase, tokens: Token[]): boolean {
  if (!phrase.seatOnly) return false;
  const before =
    tokens[phrase.start - 1]?.norm === 'the' ? tokens[phrase.start - 2] : tokens[phrase.start - 1];
  return PLACE_PREPOSITIONS.has(before?.norm ?? '');
}

const ADVERBS = new Set([
  'also',
  'again',
  'once',
  'further',
  'today',
  'jointly',
  'still',
  'now',
  'then',
  'just',
  'firmly',
  'hereby',
  'both',
  'all',
  'too',
  'repeatedly',
  'formally',
  'publicly',
  // "The Chairperson however deplores", "The Council therefore calls on".
  'however',
  'therefore',
  'thus',
  'meanwhile',
]);

/** Nothing but adverbs ("we once again urge", "Israel strongly condemns") sits between subject and verb. */
function onlyAdverbsBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens[i]?.norm ?? '';
    if (!ADVERBS.has(word) && !/ly$/.test(word)) return false;
  }
  return true;
}

/** Bodies an organisation's name runs on into: "the African Union Commission", "the ECOWAS Council". */
const BODY_WORDS = new Set(['commission', 'council', 'secretariat', 'assembly', 'parliament', 'summit']);

/**
 * Where a subject ends before its verb: past a body its organisation's name runs on into ("the
 * African Union Commission condemns"), and past the comma that closes a name in apposition ("The
 * Chairperson of the Commission, H.E. Moussa Faki Mahamat, condemns").
 */
function subjectEnd(tokens: Token[], phrase: ActorPhrase): number {
  const next = tokens[phrase.end];
  if (phrase.actor.org && next?.capitalized && BODY_WORDS.has(next.norm))
    return apposedNameEnd(tokens, phrase.end + 1) ?? phrase.end + 1;
  // ('said the bloc "condemns the violence"': a quotation may open between subject and verb.)
  if (next?.norm === '"') return phrase.end + 1;
  // ("Malaysia, as Chair of ASEAN, welcomes": the subject's capacity stands between it and the verb.)
  if (next?.norm === ',' && tokens[phrase.end + 1]?.norm === 'as') {
    const close = tokens.findIndex((token, i) => i > phrase.end + 1 && token.norm === ',');
    if (close > 0) return close + 1;
  }
  const opened = tokens[phrase.start - 1]?.norm === ',' || tokens[phrase.start - 2]?.norm === ',';
  if (next?.norm === ',' && opened) return phrase.end + 1;
  // ("The U.S. Embassy in Baghdad condemns": where a mission sits is part of its name.)
  const head = tokens[phrase.end - 1]?.norm ?? '';
  if (next?.norm === 'in' && (OFFICE_NOUNS.has(head) || head === 'embassy' || head === 'consulate')) {
    let end = phrase.end + 1;
    while (tokens[end]?.capitalized && end - phrase.end <= 3) end++;
    if (end > phrase.end + 1) return end;
  }
  return apposedNameEnd(tokens, phrase.end) ?? phrase.end;
}

/**
 * "The French foreign minister, Jean Dupont, urges", "The Chairperson of the Commission, H.E. Ibrahima
 * Sangaré, condemns": past a name in apposition (capitalised words between commas) from `at`.
 */
function apposedNameEnd(tokens: Token[], at: number): number | undefined {
  if (tokens[at]?.norm !== ',') return undefined;
  let k = at + 1;
  while (k < at + 6 && tokens[k]?.capitalized && !tokens[k]?.punct) k++;
  return k > at + 1 && tokens[k]?.norm === ',' ? k + 1 : undefined;
}

const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);

/**
 * "condemned the attack which killed Israeli tourists": the subject of a verb right after "which" is
 * the noun before it; when that is not the actor phrase (", which" may follow it), the verb has no
 * actor source.
 */
function relativeOfSomethingElse(tokens: Token[], phrase: ActorPhrase, verbStart: number): boolean {
  const relative = verbStart - 1;
  if (!RELATIVE_PRONOUNS.has(tokens[relative]?.norm ?? '')) return false;
  // ", which" after the phrase, or the phrase as the adjective of the noun before "who" ("Ukrainian
  // saboteurs who attacked") still makes the phrase the subject.
  const between = tokens[relative - 1];
  const headNoun = between !== undefined && !between.punct && !between.capitalized;
  return phrase.end !== relative && !(phrase.end === relative - 1 && (between?.norm === ',' || headNoun));
}

/** Words between a verb and the name its object starts with: "hit dozens of Hamas targets". */
const OBJECT_FILLERS = new Set([
  'the',
  'a',
  'an',
  'of',
  'dozens',
  'hundreds',
  'scores',
  'several',
  'many',
  'more',
  'than',
  'at',
  'least',
  'some',
]);

/**
 * "struck Iranian targets in Syria", "hit Hamas targets": a present form right after a name that is
 * itself the object of a verb is a noun ("targets"), not that name's act.
 */
function objectOfAnotherVerb(
  action: ActionMatch,
  sources: ActorPhrase[],
  actions: ActionMatch[],
  tokens: Token[],
): boolean {
  const subject = sources[0];
  if (action.presentForm === null || !subject) return false;
  return actions.some((other) => {
    if (other === action || other.end > subject.start) return false;
    const between = tokens.slice(other.end, subject.start).map((token) => token.norm);
    return between.every((word) => OBJECT_FILLERS.has(word) || /^\d/.test(word));
  });
}

/**
 * "clashed over trade", "clashed about the budget": a dispute. ("clashed over the weekend", "over
 * several hours", "about 20 km from" say when or where.)
 */
function disputeOver(tokens: Token[], at: number): boolean {
  if (!['over', 'about'].includes(tokens[at]?.norm ?? '')) return false;
  let next = at + 1;
  if (['the', 'several', 'many', 'two', 'three'].includes(tokens[next]?.norm ?? '')) next += 1;
  return !/^(?:weekend|night|past|course|hours?|days?|weeks?|months?|years?|\d.*)$/.test(
    tokens[next]?.norm ?? '',
  );
}

// ("agreed to deepen cooperation against Al-Shabaab": whom two sides act against is what they agree on.)
const TOPIC_PREPOSITIONS = new Set(['on', 'over', 'about', 'regarding', 'against']);

/** The actors after a "with" later in the act's clause (before a comma), with their conjuncts. */
function partnersAfterWith(action: ActionMatch, phrases: ActorPhrase[], tokens: Token[]): ActorPhrase[] {
  // ("spoke by phone with Aliyev ... and urged him to sign a treaty with Yerevan": the act's own "with"
  // named the partner; a later one belongs to another verb.)
  if (tokens[action.end - 1]?.norm === 'with') return [];
  for (let i = action.end; i < tokens.length; i++) {
    const word = tokens[i]?.norm ?? '';
    if (word === ',' || CLAUSE_BREAK.has(word)) return [];
    if (word === 'and' && /ed$/.test(tokens[i + 1]?.norm ?? '')) return [];
    // ("near the border with Iran" is a place, "on ending the war with Russia" a topic.)
    if (word !== 'with' || PLACE_NOUNS.has(tokens[i - 1]?.norm ?? '')) continue;
    if (withinTopic(tokens.slice(action.end, i + 1), i - action.end)) continue;
    const index = phrases.findIndex((phrase) => phrase.start > i && phrase.start <= i + 3);
    const phrase = phrases[index];
    if (!phrase) return [];
    return [phrase, ...conjuncts(phrases, index, tokens, 1)];
  }
  return [];
}

/**
 * Whether a joint act is coded once, from its first subject to its second ("Japan and the
 * Philippines signed a pact"), rather than against the name found after it (`named`): when there
 * is none; when it only says where a fight was ("clashed in Khartoum") or what was talked about
 * ("agreed ... on Gaza", "discussed Ukraine by phone"); or when a preposition of the act's own
 * introduces it and the act has no "with" ("spoke by phone after Russian strikes", but not "met
 * senior Hamas officials" or "signed a deal on Friday with Tanzania"). A fight is joint only
 * between enemies, by role or within one country: "American and British troops fought in Iraq".
 */
function pairsSubjects(
  action: ActionMatch,
  code: string,
  first: ActorPhrase,
  second: ActorPhrase,
  named: ActorPhrase | undefined,
  tokens: Token[],
): boolean {
  const mutual = action.pattern.rule.mutual === true;
  const enemies =
    code === '193' &&
    (first.actor.role !== second.actor.role || first.actor.country === second.actor.country);
  if (!mutual && !enemies) return false;
  if (!named) return true;
  if (ATTACK_ROOTS.has(code.slice(0, 2)) && locativeBetween(tokens, action.end, named.start)) return true;
  if (isTopic(action, named, tokens)) return true;
  const between = tokens.slice(action.end, named.start);
  // ("signed an agreement that will allow 20,000 Mexican workers ...": a name in what the agreement
  // does is no partner in signing it.)
  if (mutual && between.some((token) => token.norm === 'that' || token.norm === 'which')) return true;
  // ("agreed to meet on the margins of the OSCE Ministerial Council": where, not with whom.)
  const of = tokens[named.start - 1]?.norm === 'the' ? named.start - 2 : named.start - 1;
  if (tokens[of]?.norm === 'of' && ['margins', 'sidelines'].includes(tokens[of - 1]?.norm ?? '')) return true;
  const afterPreposition =
    between.some((token) => PAIRING_PREPOSITIONS.has(token.norm)) &&
    !between.some(
      (token, i) => (token.norm === 'with' || token.norm === 'between') && !withinTopic(between, i),
    );
  return (
    mutual &&
    !/\bwith\b/.test(action.pattern.source) &&
    afterPreposition &&
    !sameSide(first.actor, second.actor)
  );
}

/** What two sides agree "on" ("agreed ... on Gaza"), or a name inside the act's own words ("discussed Ukraine by phone"). */
function isTopic(action: ActionMatch, named: ActorPhrase, tokens: Token[]): boolean {
  return TOPIC_PREPOSITIONS.has(tokens[named.start - 1]?.norm ?? '') || named.end <= action.end;
}

/** Nouns whose "with" names the other side of the topic, not a partner in the act. */
const TOPIC_NOUNS = new Set([
  'war',
  'conflict',
  'dispute',
  'ties',
  'relations',
  'tensions',
  'border',
  'trade',
]);

/**
 * "held talks in Jeddah on ending the war with Russia": a "with" after a topic noun, inside a topic
 * that "on", "over" or "about" opened, is the topic's, not the talks'.
 */
function withinTopic(between: Token[], at: number): boolean {
  if (!TOPIC_NOUNS.has(between[at - 1]?.norm ?? '')) return false;
  return between.slice(0, at).some((token) => ['on', 'over', 'about'].includes(token.norm));
}

/** Prepositions that introduce what a joint act was after or about, not who took part in it. */
const PAIRING_PREPOSITIONS = new Set([
  'after',
  'before',
  'on',
  'over',
  'about',
  'during',
  'following',
  'amid',
  'in',
  'at',
  'near',
  'for',
  'of',
]);

/** "clashed in Khartoum", "near the border with Iran": a locative between the act and the name places it. */
function locativeBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (['in', 'at', 'near', 'along', 'across'].includes(tokens[i]?.norm ?? '')) return true;
  return false;
}

/**
 * What an act announced, agreed or offered for later is: travel or meetings are intent to meet
 * (036) and mediation intent to mediate (039); aid is intent to give it (033x), material
 * cooperation intent to cooperate (031x); root 03 codes are intentions already ("seeking to deepen
 * ties" is 031); releases and concessions are intent to yield (035); force that an actor says it
 * will, would or is ready to use is a threat of force (138), and sanctions so announced a threat of
 * sanctions (1312). Every other act announced for later is no event.
 */
function intentOf(code: string, cue: string | null): string | null {
  const root = code.slice(0, 2);
  if (code === '045') return '039';
  if (root === '04') return '036';
  if (root === '07') return AID_INTENT[code] ?? '033';
  if (root === '03') return code;
  // "agreed to share intelligence": intent to cooperate materially, on what the code says.
  if (root === '06') return MATERIAL_INTENT[code] ?? '031';
  if (root === '08') return '035';
  // "will continue to impose costs on Russia": a threat is of what is to come.
  if (root === '13') return code;
  if (!THREAT_CUES.has(cue ?? '')) return null;
  if (ATTACK_ROOTS.has(root)) return '138';
  // "said her government was prepared to impose tariffs if ...": a threat of sanctions (1312).
  if (root === '16' && code.startsWith('163')) return '1312';
  return null;
}

/** What makes an act announced for later a threat, when the act is force or sanctions. */
const THREAT_CUES = new Set(['will', "'ll", 'would', 'prepared to', 'ready to']);

/** Roles that only use force as force: a military's "struck" is an attack, a ship's "hit" is not. */
const ARMED_ROLES = new Set(['MIL', 'REB', 'INS']);

/**
 * The country an attack named as a noun or in the passive ("Israeli tank shelling in the south of
 * Gaza", "was killed by Turkish artillery fire in Syria") hit, when it names no one: the first place
 * after it in the same clause. An active verb ("hit a bridge in Baltimore", "beat the field in
 * Berlin") is too often no attack at all, unless armed forces did it ("Israeli warplanes struck
 * targets in Tehran"); a place before the act ("Speaking in Brussels, ...") is where something else
 * happened.
 */
function placeStruck(
  action: ActionMatch,
  placesHit: { at: number; country: ActorRef }[],
  tokens: Token[],
  sources: ActorPhrase[],
): ActorRef | null {
  // ("Russian missiles struck an apartment block in Kharkiv": a state named with its weapons attacks
  // through its forces; "a Kosovo director captured the prize in Sarajevo" does not.)
  const armed =
    sources.length > 0 &&
    sources.every(
      (source) =>
        ARMED_ROLES.has(source.actor.role ?? '') ||
        (source.actor.role === null &&
          source.actor.country !== null &&
          source.actor.org === null &&
          WEAPON_WORDS.has(tokens[source.end]?.norm ?? '')),
    );
  if (!isNominal(action) && !action.passive && !armed) return null;
  // Close after the attack (or its agent), with no other verb between: "The Houthi attack on
  // shipping raised insurance costs in London" is not an attack on Britain.
  const from = Math.max(action.end, ...sources.map((source) => source.end));
  const place = placesHit.find((hit) => hit.at >= from && hit.at - from <= 6);
  if (!place || tokens.slice(from, place.at).some((token) => /ed$/.test(token.norm))) return null;
  for (let i = action.end; i < place.at; i++)
    if ([',', ';', ':'].includes(tokens[i]?.norm ?? '')) return null;
  return place.country;
}

/** Weapons named right after a state's adjective: "Russian missiles", "Israeli jets". */
const WEAPON_WORDS = new Set([
  ...['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'shells', 'artillery', 'jets'],
  ...['warplanes', 'aircraft', 'bombs', 'strikes', 'airstrikes'],
]);

/** Places of the forces that hold them: an attack on one is an attack on that country's forces. */
const MILITARY_SITES = new Set([
  ...['base', 'outpost', 'post', 'barracks', 'garrison', 'checkpoint', 'checkpoints'],
  // (Not "camp" or "convoy": displacement camps and aid convoys are the people's.)
  ...['patrol', 'bases', 'outposts', 'posts', 'positions', 'position'],
]);
const POLICE_SITES = new Set(['station', 'stations', 'headquarters']);
/** Places of the people: an attack on one hits the country it is in. */
const CIVILIAN_SITES = new Set([
  ...['hotel', 'market', 'church', 'mosque', 'school', 'hospital', 'village', 'town', 'bus', 'restaurant'],
  ...['hotels', 'markets', 'churches', 'mosques', 'schools', 'hospitals', 'villages', 'towns', 'city'],
]);
/** Words between an attack's verb and the site it hit: "an army outpost", "a busy market". */
const SITE_DETERMINERS = new Set(['a', 'an', 'the', 'two', 'three', 'several']);

/**
 * "JNIM attacked an army outpost near Djibo", "Al Shabaab stormed a hotel in Beledweyne", "gunmen
 * attacked a police station": a site named right after the attack, in a story set in one country, is
 * that country's (its forces' for a military or police site) when no place the gazetteer knows says
 * otherwise. `null` when the words after the verb name no site.
 */
function siteStruck(action: ActionMatch, tokens: Token[], home: ActorRef): ActorRef | null {
  if (!SITE_DETERMINERS.has(tokens[action.end]?.norm ?? '')) return null;
  const country = home.country ?? '';
  for (let i = action.end + 1; i < Math.min(tokens.length, action.end + 5); i++) {
    const word = tokens[i]?.norm ?? '';
    // ("attacked the army camp": a camp of the army is a military site, unlike a displacement camp.)
    const armyCamp = word === 'camp' && ['army', 'military'].includes(tokens[i - 1]?.norm ?? '');
    if ((MILITARY_SITES.has(word) || armyCamp) && tokens[i + 1]?.norm !== 'office') {
      const police = ['police', 'security'].includes(tokens[i - 1]?.norm ?? '') && word === 'checkpoint';
      const role = police ? 'COP' : 'MIL';
      return { ...home, text: tokens[i]?.text ?? word, code: `${country}${role}`, role };
    }
    if (POLICE_SITES.has(word) && tokens[i - 1]?.norm === 'police')
      return { ...home, text: tokens[i]?.text ?? word, code: `${country}COP`, role: 'COP' };
    // (The people who use it: "stormed a hotel" is coded against the country's civilians.)
    if (CIVILIAN_SITES.has(word)) return civiliansOf(home, tokens[i]?.text ?? word);
    if (tokens[i]?.punct || VERB_LIKE.test(word)) return null;
  }
  return null;
}
/** Armed groups that fight in their own country: "the RSF shelled a hospital" is in Sudan. */
export const HOME_FIGHTER_ROLES = new Set(['REB', 'INS', 'SEP']);

/**
 * Insurgents fight in their own country ("Al-Shabaab attacked a hotel in Mogadishu"); a state's
 * forces acting at home are not attacking it: whether `sources` can be coded as attacking `place`.
 */
function attackersOf(sources: ActorPhrase[], place: ActorRef): boolean {
  return sources.every((source) =>
    // (Gunmen of no known country attack wherever they are.)
    source.actor.country === null
      ? source.actor.org === null && HOME_FIGHTER_ROLES.has(source.actor.role ?? '')
      : source.actor.country !== place.country || source.actor.role === 'REB',
  );
}

/** Where an attack that names no place happened: the armed group's own country, else the story's. */
function homeOfFighters(
  sources: ActorPhrase[],
  home: ActorRef,
  countryOf: (country: string) => ActorRef,
): ActorRef | null {
  // ("Al Shabaab stormed a hotel" in a release from Washington is in Somalia: a group with a country
  // fights there, by the dictionaries' country for it (JNIM is Mali's, even in Burkina Faso). A
  // state's forces at home do not attack their own: no home then.)
  const own = sources.find(
    (source) => HOME_FIGHTER_ROLES.has(source.actor.role ?? '') && source.actor.country !== null,
  );
  if (!own) {
    const atHome = sources.some((source) => home.country && source.actor.country === home.country);
    return atHome ? null : home;
  }
  const country = own.actor.country as string;
  return home.country === country ? home : countryOf(country);
}

/** A word that ends the object of the attack's verb before a site could be named. */
const VERB_LIKE = /^(?:in|on|near|at|and|with|killing|wounding|by)$/;

/** Civilians of the country of the place after the attack, when a count of people follows it at once. */
function countedVictims(
  action: ActionMatch,
  placesHit: { at: number; country: ActorRef }[],
  tokens: Token[],
  home: ActorRef | null,
): ActorRef | null {
  const noun = countedPeopleAt(tokens, action.end);
  if (noun < 0) return null;
  // "... killed at least 11 civilians in a village in Sagaing": with no place the gazetteer knows,
  // the people of the country the story is set in.
  if (placesHit.length === 0) return home ? civiliansOf(home, tokens[noun]?.text ?? '') : null;
  // "Gunmen stormed a church in Burkina Faso, killing 15 worshippers": a participle's place is its
  // clause's, before it.
  const place = placesHit.find((hit) => hit.at > noun) ?? (action.participle ? placesHit.at(-1) : undefined);
  if (!place) return null;
  for (let k = Math.min(noun + 1, place.at); k < Math.max(noun + 1, place.at); k++)
    if ([';', ':'].includes(tokens[k]?.norm ?? '')) return null;
  return civiliansOf(place.country, tokens[noun]?.text ?? '');
}

/**
 * "20 people", "at least four men", "dozens of villagers" from `at`: the index of the word for the
 * people counted, or -1.
 */
function countedPeopleAt(tokens: Token[], at: number): number {
  let i = at;
  if (tokens[i]?.norm === 'at' && tokens[i + 1]?.norm === 'least') i += 2;
  if (!isCount(tokens[i]?.norm ?? '')) return -1;
  if (tokens[i + 1]?.norm === 'of') i += 1;
  return PEOPLE_NOUNS.has(tokens[i + 1]?.norm ?? '') ? i + 1 : -1;
}

/** The civilians of a place's country, named by the words that counted them ("20 people"). */
function civiliansOf(country: ActorRef, text: string): ActorRef {
  return { ...country, text, code: `${country.country ?? ''}CVL`, role: 'CVL' };
}

/**
 * "Eight people were killed in an air strike by Syrian government forces in Idlib": people counted
 * before "were killed in/by <attack>" are the civilians of the country it happened in.
 */
function countedVictimsBefore(
  action: ActionMatch,
  sources: ActorPhrase[],
  placesHit: { at: number; country: ActorRef }[],
  tokens: Token[],
): ActorRef | null {
  let i = skipArticles(tokens, action.start - 1);
  const source = sources.find((phrase) => phrase.end === i + 1);
  if (source) i = skipArticles(tokens, source.start - 1);
  if (!['in', 'by'].includes(tokens[i]?.norm ?? '') || !HARMED.has(tokens[i - 1]?.norm ?? '')) return null;
  let noun = i - 2;
  if (['were', 'was', 'been'].includes(tokens[noun]?.norm ?? '')) noun -= 1;
  if (!PEOPLE_NOUNS.has(tokens[noun]?.norm ?? '') || !isCount(tokens[noun - 1]?.norm ?? '')) return null;
  const place = placesHit.find((hit) => hit.at > action.end) ?? placesHit[0];
  return place ? civiliansOf(place.country, tokens[noun]?.text ?? '') : null;
}

/** The actor of ", <actor> said [on Thursday]," ending right before `at`, if any. */
function speakerRightBefore(phrases: ActorPhrase[], tokens: Token[], at: number): ActorPhrase | undefined {
  if (tokens[at - 1]?.norm !== ',') return undefined;
  let verb = at - 2;
  while (verb > at - 6 && verb >= 0 && !SPEECH_VERBS.has(tokens[verb]?.norm ?? '') && !tokens[verb]?.punct)
    verb--;
  if (!SPEECH_VERBS.has(tokens[verb]?.norm ?? '')) return undefined;
  const speaker = phrases.find((phrase) => phrase.end === verb);
  return speaker && tokens[speaker.start - 1]?.norm === ',' ? speaker : undefined;
}

/** "At least 40 people were arrested": the words for the people counted before a passive verb. */
function countedBeforePassive(tokens: Token[], verb: number): string | undefined {
  let noun = verb - 1;
  if (!['were', 'was', 'been'].includes(tokens[noun]?.norm ?? '')) return undefined;
  noun -= 1;
  if (['have', 'had'].includes(tokens[noun]?.norm ?? '')) noun -= 1;
  const counted = PEOPLE_NOUNS.has(tokens[noun]?.norm ?? '') && isCount(tokens[noun - 1]?.norm ?? '');
  return counted ? tokens[noun]?.text : undefined;
}

/** One event per source against a target the words imply rather than name, with why in the rule. */
function eachAgainst(
  sources: ActorPhrase[],
  target: ActorRef,
  action: ActionMatch,
  code: string,
  why: string,
): Dyad[] {
  const rule = `${code}:"${action.pattern.source}" (${why})`;
  return sources.map((source) => ({ action, code, source: source.actor, target, rule }));
}

/** Nouns for an agreement or a truce once made ("welcomed the signing", "hailed the deal"). */
const AGREEMENT_NOUNS = new Set([
  ...['agreement', 'agreements', 'deal', 'accord', 'accords', 'signing', 'ceasefire', 'cease-fire'],
  ...['truce', 'declaration', 'pact', 'treaty', 'peace'],
]);

/** "the agreement", "this week's historic deal": an agreement noun opens the object at `at`. */
function namesAnAgreement(tokens: Token[], at: number): boolean {
  for (let i = at; i < Math.min(tokens.length, at + 4); i++) {
    const word = tokens[i]?.norm ?? '';
    if (AGREEMENT_NOUNS.has(word)) return true;
    if (CLAUSE_BREAK_WORDS.has(word)) return false;
  }
  return false;
}
const CLAUSE_BREAK_WORDS = new Set([',', ';', ':', '.', 'and', 'but', 'between', 'with', 'by']);

const WITHOUT_NAMING = new Set(['naming', 'mentioning', 'citing', 'identifying']);
const MEDIATED = new Set(['mediated', 'brokered', 'facilitated', 'hosted', 'sponsored']);

/** "mediated by (the) X": who brought the sides together, not a side. */
function mediator(tokens: Token[], phrase: ActorPhrase): boolean {
  const by = tokens[phrase.start - 1]?.norm === 'the' ? phrase.start - 2 : phrase.start - 1;
  return tokens[by]?.norm === 'by' && MEDIATED.has(tokens[by - 1]?.norm ?? '');
}

/** After ", and" (", and the"), a name, or two joined by "and", followed by a verb of its own. */
function opensAClause(tokens: Token[], phrases: ActorPhrase[], phrase: ActorPhrase): boolean {
  const afterCommaAnd = (start: number) =>
    (tokens[start - 1]?.norm === 'and' && tokens[start - 2]?.norm === ',') ||
    (tokens[start - 1]?.norm === 'the' &&
      tokens[start - 2]?.norm === 'and' &&
      tokens[start - 3]?.norm === ',');
  // ("..., and the African Union and ECOWAS praised": the second of the pair too.)
  const first = afterCommaAnd(phrase.start)
    ? phrase
    : phrases.find(
        (other) =>
          other.end === phrase.start - 1 && tokens[other.end]?.norm === 'and' && afterCommaAnd(other.start),
      );
  if (!first) return false;
  let end = first.end;
  const next = phrases.find((other) => other.start === end + 1 || other.start === end + 2);
  if (next && tokens[end]?.norm === 'and') end = next.end;
  const word = tokens[end]?.norm ?? '';
  return /ed$/.test(word) || CLAUSE_VERBS.has(word) || SPEECH_VERBS.has(word);
}

/** Gatherings whose place ("a summit in Samarkand") says where a meeting was. */
const GATHERINGS = new Set(['summit', 'conference', 'forum', 'gathering', 'session', 'sidelines']);

function hostsAGathering(phrase: ActorPhrase, tokens: Token[]): boolean {
  const before = tokens[phrase.start - 1]?.norm;
  return (before === 'in' || before === 'at') && GATHERINGS.has(tokens[phrase.start - 2]?.norm ?? '');
}

/** Acts done to a person: arrest, release, abduction, deportation, killing of a named person. */
const PERSON_ACTS = new Set(['173', '0841', '181', '174', '186']);
/** Who a state holds and frees (not hostages, whom others took). */
const PRISONER_NOUNS = new Set(['prisoners', 'detainees', 'inmates']);
/** Words before a name that are no description of the person ("deported dozens to Central Asia"). */
const NOT_DESCRIPTIONS = new Set([
  'to',
  'in',
  'at',
  'from',
  'for',
  'on',
  'into',
  'by',
  'with',
  'of',
  'after',
  'over',
]);
/** Days and months, which are capitalised but name no one. */
const NAME_CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The name of a person no dictionary knows, right after the act: two to four capitalised words. */
function unknownPersonAfter(tokens: Token[], end: number, phrases: ActorPhrase[]): string | null {
  let i = end;
  // Up to three describing words first ("comedian", "prominent rights activist"), never a preposition.
  for (let k = 0; k < 3 && tokens[i] && !tokens[i]?.capitalized && !tokens[i]?.punct; k++) {
    if (NOT_DESCRIPTIONS.has(tokens[i]?.norm ?? '')) return null;
    i++;
  }
  let last = i;
  while (
    last < i + 4 &&
    tokens[last]?.capitalized &&
    !tokens[last]?.punct &&
    !NAME_CALENDAR.test(tokens[last]?.norm ?? '')
  )
    last++;
  if (last - i < 2 || phrases.some((phrase) => phrase.start < last && phrase.end > i)) return null;
  return tokens
    .slice(i, last)
    .map((token) => token.text)
    .join(' ');
}

const ABOUT_WORDS = new Set([
  'more',
  'than',
  'at',
  'least',
  'nearly',
  'about',
  'around',
  'some',
  'over',
  'up',
  'to',
]);
const COUNT_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'scores']);

/**
 * "arrested more than 300 people", "arresting dozens": a count of people the sentence gives no
 * country, right after the act (its words up to the end of the count), or null.
 */
function countedPeopleAfter(tokens: Token[], end: number, phrases: ActorPhrase[]): string | null {
  let i = end;
  while (i < end + 3 && ABOUT_WORDS.has(tokens[i]?.norm ?? '')) i++;
  const count = tokens[i];
  if (!count || !(/^\d[\d,]*$/.test(count.norm) || COUNT_WORDS.has(count.norm))) return null;
  let last = i + 1;
  if (tokens[last]?.norm === 'of' && tokens[last + 1]?.norm === 'people') last += 2;
  else if (tokens[last]?.norm === 'people') last++;
  // ("arrested 300 protesters" names them; "detained 40 in Tbilisi" and "arresting dozens." do not.)
  const next = tokens[last];
  if (
    next &&
    !next.punct &&
    !['in', 'on', 'at', 'after', 'during', 'across', 'overnight'].includes(next.norm)
  )
    return null;
  if (phrases.some((phrase) => phrase.start < last && phrase.end > end)) return null;
  return tokens
    .slice(end, last)
    .map((token) => token.text)
    .join(' ');
}

const SPYING_WORDS = new Set(['spying', 'espionage', 'acting', 'working', 'collaborating']);
const SUSPECTED = new Set(['suspected', 'accused', 'charged']);

/**
 * "a man suspected of spying for Russia", "citizens accused of acting on behalf of Russian
 * intelligence": the government of the state named after the spying, within the clause after `end`.
 */
function spyingFor(tokens: Token[], end: number, phrases: ActorPhrase[]): ActorRef | null {
  // ("suspected of carrying out sabotage on behalf of the Russian intelligence services": any act done
  // on a state's behalf, by someone suspected or accused of it.)
  const suspected = tokens.slice(end, end + 6).some((token) => SUSPECTED.has(token.norm));
  for (let i = end; i < Math.min(tokens.length - 1, end + 16); i++) {
    const word = tokens[i]?.norm ?? '';
    if (word === ';' || word === '.') return null;
    const behalf = word === 'on' && tokens[i + 1]?.norm === 'behalf' && tokens[i + 2]?.norm === 'of';
    // ("spying on Palestinian activists for Israel's Mossad": past whom the spying watched.)
    const forAt =
      SPYING_WORDS.has(word) && tokens[i + 1]?.norm === 'on'
        ? tokens.findIndex((token, k) => k > i + 1 && k <= i + 6 && token.norm === 'for')
        : -1;
    let at: number;
    if (SPYING_WORDS.has(word) && tokens[i + 1]?.norm === 'for') at = i + 2;
    else if (forAt > 0 && !tokens.slice(i + 2, forAt).some((token) => token.punct)) at = forAt + 1;
    else if (behalf && (suspected || SPYING_WORDS.has(tokens[i - 1]?.norm ?? ''))) at = i + 3;
    else continue;
    // ("working for a Russian agent": past an article.)
    if (['the', 'a', 'an'].includes(tokens[at]?.norm ?? '')) at++;
    const country = phrases.find((phrase) => phrase.start === at)?.actor.country;
    return country
      ? { text: 'spied for', name: country, code: `${country}GOV`, country, role: 'GOV', org: null }
      : null;
  }
  return null;
}

/** Appeals, demands, disapproval, rejection and threats: acts of words about another act. */
const WORD_ROOTS = new Set(['02', '10', '11', '12', '13']);

/**
 * "China threatened sanctions against Lithuania", "demanded an end to attacks on": an act named
 * as a noun right after a verb of words is what that verb is about, not an act that happened.
 */
function objectOfAWordAct(action: ActionMatch, actions: ActionMatch[]): boolean {
  if (!isNominal(action)) return false;
  return actions.some(
    (other) => other !== action && other.end === action.start && WORD_ROOTS.has(other.code.slice(0, 2)),
  );
}

const SUBORDINATORS = new Set([
  'as',
  'while',
  'when',
  'after',
  'before',
  'because',
  'although',
  'though',
  'whereas',
]);

/**
 * "urged the US to stop arming Taiwan, as senior officials from both countries met": a comma and
 * a subordinating word open a clause of its own, whose subject is after them, not before.
 */
function newClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    if (tokens[i]?.norm !== ',' || !SUBORDINATORS.has(tokens[i + 1]?.norm ?? '')) continue;
    // "Egypt, as the host, welcomed": an aside closed by a second comma leaves the subject as it was.
    const closed = tokens.slice(i + 2, to).some((token) => token.norm === ',');
    if (!closed) return true;
  }
  return false;
}

/**
 * Words that open a clause of their own and are no preposition of an object ("after" and "before"
 * are: "after talks with Russia").
 */
const CLAUSE_OPENERS = new Set([
  'since',
  'because',
  'when',
  'while',
  'whereas',
  'although',
  'though',
  'unless',
]);

/**
 * "has sanctioned more than 400 vessels since Russia invaded Ukraine": a clause opened by an actor
 * after such a word, up to the phrase at `to`, is no object of the verb. ("since 2014 to Ukraine":
 * a time, not a clause.)
 */
function clauseOpenedBetween(tokens: Token[], phrases: ActorPhrase[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!CLAUSE_OPENERS.has(tokens[i]?.norm ?? '')) continue;
    const subject = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    if (subject <= to && phrases.some((phrase) => phrase.start === subject)) return true;
  }
  return false;
}

/**
 * "arrested two suspects after an explosion near the Pakistani embassy": once the act has its object,
 * what a reason or a time names ("after", "over", "following", "in connection with") is what the
 * arrest was for, not whom it held.
 */
function reasonAfterObject(tokens: Token[], from: number, start: number): boolean {
  for (let i = from + 1; i < start; i++)
    if (
      REASON_WORDS.has(tokens[i]?.norm ?? '') ||
      (tokens[i]?.norm === 'connection' && tokens[i - 1]?.norm === 'in')
    )
      return true;
  return false;
}
const REASON_WORDS = new Set(['after', 'over', 'following', 'amid']);

/**
 * "concern about the ongoing war in Ukraine", "the humanitarian situation in Gaza": where the trouble
 * is, and anyone named after it, is not who is blamed for it.
 */
function troubleBefore(tokens: Token[], from: number, start: number): boolean {
  for (let i = from; i < start; i++)
    if (tokens[i]?.norm === 'in' && TROUBLES.has(tokens[i - 1]?.norm ?? '')) return true;
  return false;
}
// ("condemned the violence in Myanmar" blames Myanmar's rulers: violence is done by someone there.)
const TROUBLES = new Set(['war', 'conflict', 'situation', 'crisis', 'hostilities', 'escalation']);

/**
 * "met on Monday to discuss Haiti", "met virtually to discuss the situation in Myanmar": what a
 * meeting is about, not whom it was with (unless "with" names them after it).
 */
function discussedBetween(tokens: Token[], from: number, to: number): boolean {
  let discussed = false;
  for (let i = from; i < to; i++) {
    const word = tokens[i]?.norm;
    if (word === 'discuss' || word === 'review' || word === 'address')
      discussed = tokens[i - 1]?.norm === 'to';
    else if (word === 'with') discussed = false;
  }
  return discussed;
}

/** "offered to mediate but refused aid to Venezuela": a "but" (not "but also") ends the verb's object. */
function butBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i]?.norm !== 'but' || tokens[i + 1]?.norm === 'also') continue;
    // "condemned but did not cut ties with Israel": a "but not" right after the verb shares its object.
    if (i === from && ['did', 'does', 'not', 'never', 'stopped'].includes(tokens[i + 1]?.norm ?? ''))
      continue;
    return true;
  }
  return false;
}

/**
 * "at the request of", "on behalf of", and "met ... under the chairmanship of Malaysia": whoever
 * chairs a meeting or asked for an act is no one it was aimed at.
 */
const ON_BEHALF = new Set(['request', 'behalf', 'chairmanship', 'chairship', 'chairpersonship']);

/** '..., " Sikorski told reporters': the actor a quotation closing after `from` is attributed to. */
function speakerAfterQuote(phrases: ActorPhrase[], tokens: Token[], from: number): ActorRef | undefined {
  const close = tokens.findIndex((token, i) => i >= from && (token.text === '"' || token.text === '\u201d'));
  if (close < 0) return undefined;
  const phrase = phrases.find((candidate) => candidate.start > close && candidate.start <= close + 2);
  return phrase && attributes(tokens, phrase.end) ? phrase.actor : undefined;
}

/** '..., he added', '..., U.S. President Donald Trump said': a speech verb after the phrase and the rest of a name. */
function attributes(tokens: Token[], end: number): boolean {
  let i = end;
  while (i < end + 4 && tokens[i]?.capitalized) i++;
  return SPEECH_VERBS.has(tokens[i]?.norm ?? '');
}

const CLAUSE_ADVERBS = new Set([
  'also',
  'then',
  'later',
  'subsequently',
  'immediately',
  'quickly',
  'separately',
]);

/**
 * "condemned the attack and convened leaders of the G7", "condemned the raid, and Nicaragua also
 * broke ties": a verb after "and", past the first verb's object, starts an act of its own, and what
 * follows it is that act's.
 */
function andVerbBetween(tokens: Token[], from: number, to: number): boolean {
  // "killed and wounded civilians": two verbs right after each other share the object.
  for (let i = from + 1; i < to; i++) {
    if (tokens[i]?.norm !== 'and') continue;
    let j = i + 1;
    // ", and Nicaragua also broke": a new subject first.
    if (tokens[i - 1]?.norm === ',') while (j < i + 4 && tokens[j]?.capitalized) j++;
    while (CLAUSE_ADVERBS.has(tokens[j]?.norm ?? '')) j++;
    if (isPastVerb(tokens[j])) return true;
    // ("met business leaders and is scheduled to fly to Washington": an auxiliary opens a verb too.)
    if (COORDINATED_AUXILIARIES.has(tokens[j]?.norm ?? '') && isPastVerb(tokens[j + 1])) return true;
  }
  return false;
}

/**
 * A threat is made by whoever will use the force ("Tehran said it would retaliate", "Iran will
 * retaliate, its foreign minister warned", "Putin has said he would strike"). Force that someone
 * else foretells threatens no one: "Analysts said China would invade Taiwan", "Kyiv said Moscow
 * would attack", "Residents fear Russia will shell".
 */
function inOwnWords(action: ActionMatch, phrases: ActorPhrase[], tokens: Token[]): boolean {
  let modal = action.start - 1;
  // (The cue's first word: "will" of "will continue to".)
  const cue = action.cue?.toLowerCase().split(' ')[0];
  while (modal >= 0 && tokens[modal]?.norm !== cue) modal--;
  if (modal < 0) return false;
  if (['it', 'they', 'we', 'i', 'he', 'she'].includes(tokens[modal - 1]?.norm ?? '')) return true;
  const subject = phrases.find((phrase) => phrase.end === modal);
  if (!subject) return false;
  let verb = subject.start - 1;
  if (tokens[verb]?.norm === 'that') verb -= 1;
  if (!FORETELLING.has(tokens[verb]?.norm ?? '')) return true;
  const teller = phrases.find((phrase) => phrase.end === verb || phrase.end === verb - 1);
  return (
    teller !== undefined && teller.actor.country !== null && teller.actor.country === subject.actor.country
  );
}

/** Verbs that report or foresee what someone else will do: "said X would", "fear X will". */
const FORETELLING = new Set([
  ...SPEECH_VERBS,
  'fear',
  'fears',
  'feared',
  'believe',
  'believes',
  'expect',
  'expects',
  'predicted',
  'predict',
  'warned',
  'warn',
  'reported',
  'think',
  'thinks',
  'estimate',
  'estimated',
]);

/** A pattern with no verb in it names the event by a noun ("air strikes on", "artillery shelling"). */
/** Words before a verb's form that make it a noun: "the attacks by the M23", "its drone strikes". */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'its', 'their', 'his', 'her']);

/**
 * "condemned the attacks by the M23 armed group ... and called on all parties": an act named by a
 * noun (coded for its agent) is no clause whose subject a verb after "and" goes on with. (Past a
 * kind of attack only: "the leaders condemned" is a subject and its verb.)
 */
function namedByANoun(action: ActionMatch, tokens: Token[]): boolean {
  const before = tokens[action.start - 1]?.norm ?? '';
  const twoBefore = tokens[action.start - 2]?.norm ?? '';
  return NOUN_DETERMINERS.has(before) || (ATTACK_KINDS.has(before) && NOUN_DETERMINERS.has(twoBefore));
}

export function isNominal(action: ActionMatch): boolean {
  return !action.pattern.elements.some((element) => element.kind === 'word' && element.verb);
}

/** Words for many of a kind before "of": "a wave of drones", "dozens of soldiers", "a group of rebels". */
const MULTITUDES = new Set([
  'wave',
  'waves',
  'barrage',
  'salvo',
  'swarm',
  'volley',
  'series',
  'group',
  'band',
  'unit',
  'squad',
  'column',
  'convoy',
  'number',
  'dozens',
  'hundreds',
  'thousands',
  'scores',
]);

/**
 * Whether `phrase` is the agent after the "by" at `by`: right after it or after one word ("by the
 * army", "by Israeli troops"), or after a multitude of its kind ("by a wave of Russian drones", "by
 * dozens of Israeli settlers").
 */
function startsAgentAfterBy(tokens: Token[], by: number, phrase: ActorPhrase): boolean {
  if (phrase.start === by + 1 || phrase.start === by + 2) return true;
  let at = by + 1;
  if (['a', 'an', 'the'].includes(tokens[at]?.norm ?? '')) at += 1;
  if (!MULTITUDES.has(tokens[at]?.norm ?? '') || tokens[at + 1]?.norm !== 'of') return false;
  at += 2;
  return phrase.start === at || (phrase.start === at + 1 && !tokens[at]?.punct);
}

function sourcesFor(
  action: ActionMatch,
  allPhrases: ActorPhrase[],
  tokens: Token[],
  asides: [number, number][],
): ActorPhrase[] {
  const phrases = allPhrases.filter((phrase) => !insideAside(asides, phrase, action));
  if (action.passive) {
    const by = tokens.findIndex((token, i) => i >= action.end && token.norm === 'by');
    const agent = by >= 0 ? phrases.findIndex((phrase) => startsAgentAfterBy(tokens, by, phrase)) : -1;
    const phrase = phrases[agent];
    // "killed by the Malaysia Airlines flight MH17 crash": what did it is the accident, not the actor named in it.
    if (phrase && accidentAfter(tokens, phrase.end)) return [];
    return phrase ? [phrase, ...conjuncts(phrases, agent, tokens, 1)] : [];
  }
  if (action.participle) {
    // "Pakistani jets struck Khost overnight, Afghan officials said on Thursday, accusing Islamabad
    // of ...": a participle right after an attribution is the act of whoever is speaking.
    const speaker = speakerRightBefore(phrases, tokens, action.start);
    if (speaker) return [speaker];
    let subject = phrases.findIndex((phrase) => !isPlaceUse(phrase, tokens) && !openingPlace(phrase, tokens));
    // "Pakistan's military said Indian forces had opened fire on villages, killing a woman": the
    // participle goes on with the reported clause, whose subject follows the speech verb.
    const said = tokens.findIndex(
      (token, i) =>
        i > (phrases[subject]?.end ?? action.start) - 1 && i < action.start && SPEECH_VERBS.has(token.norm),
    );
    if (said >= 0) {
      const reported = phrases.findIndex((phrase) => phrase.start > said && phrase.end <= action.start);
      if (reported >= 0 && !isPlaceUse(phrases[reported] as ActorPhrase, tokens)) subject = reported;
    }
    const phrase = phrases[subject];
    // "Typhoon Gaemi slammed into Taiwan's coast, killing three": a name after the main verb is in
    // its object, and the subject (no actor) did the killing.
    const clauseStart = said >= 0 && phrase && phrase.start > said ? said + 1 : 0;
    const afterVerb = phrase !== undefined && tokens.slice(clauseStart, phrase.start).some(isPastVerb);
    if (tokens[action.start - 1]?.norm !== ',') {
      // Not after a comma: what a statement says ("issued a joint statement urging ..."). Its issuer
      // is the phrase right before "issued" ("China hit back after the G7 issued a statement
      // criticising Russia" is the G7's), with each of a list ("Brazil, Colombia and Mexico").
      const issued = tokens.findLastIndex((token, i) => i < action.start && STATEMENT_VERBS.has(token.norm));
      const issuer = phrases.findLastIndex((candidate) => candidate.end === issued);
      const named = phrases[issuer];
      return named ? [...conjuncts(phrases, issuer, tokens, -1).reverse(), named] : [];
    }
    if (!phrase || phrase.end > action.start || afterVerb) return [];
    return [phrase];
  }
  // "an air strike by Syrian government forces", "a drone attack by Houthi rebels": an attack named
  // as a noun takes its source from "by" right after it.
  // ("the May 17 attack by JNIM": past a date.)
  const articleAt = dateBefore(tokens, action.start) ? action.start - 3 : action.start - 1;
  const namedAsNoun =
    isNominal(action) ||
    ['a', 'an', 'the'].includes(tokens[articleAt]?.norm ?? '') ||
    ['a', 'an', 'the'].includes(tokens[articleAt - 1]?.norm ?? '') ||
    // ("Sunday's attack by al-Shabaab": a day's.)
    dayOwner(tokens, action.start - 1);
  const by = namedAsNoun ? byAfterNoun(tokens, action.end) : -1;
  if (by >= 0) {
    const agent = phrases.find((phrase) => startsAgentAfterBy(tokens, by, phrase));
    if (agent) return [agent];
  }
  // "the detention of journalist Olga Marchenko by Belarusian security services": past its object.
  if (isNominal(action) && FORCE_BY_AGENT.test(action.code)) {
    const agent = agentAfterBy(phrases, tokens, action.end, action.end + 10);
    if (agent) return [agent];
  }
  // "Russian artillery shelling of Kharkiv": the actor ("Russian artillery") and the nominal event
  // ("artillery shelling") share a word; the phrase that runs into the event is who did it.
  const overlapping = isNominal(action)
    ? phrases.findIndex(
        (phrase) => phrase.start < action.start && phrase.end > action.start && phrase.end <= action.end,
      )
    : -1;
  const overlap = phrases[overlapping];
  if (overlap) return [...conjuncts(phrases, overlapping, tokens, -1).reverse(), overlap];
  // "Sugiono conveyed condolences in a telephone call with Than Swe", "In a phone call with Than
  // Swe, Sugiono ...": a call named as the medium of the clause's act is its subject's.
  const medium = callAsMedium(action, tokens);
  if (medium !== null) {
    // After the clause's verb, its subject is the phrase right before that verb ("Following Iran's
    // attack on Israel, Biden reaffirmed ... in a phone call with" is Biden's call).
    const subject =
      medium === 'fronted'
        ? phrases.find(
            (candidate) => candidate.start > action.end && tokens[candidate.start - 1]?.norm === ',',
          )
        : phrases.findLast(
            (candidate) =>
              candidate.end < action.start && CLAUSE_VERB_FORM.test(tokens[candidate.end]?.norm ?? ''),
          );
    return subject ? [subject] : [];
  }
  let index = -1;
  for (let i = phrases.length - 1; i >= 0; i--) {
    const phrase = phrases[i];
    if (
      phrase &&
      phrase.end <= action.start &&
      !isPlaceUse(phrase, tokens) &&
      // ("Rebels backed by Rwanda seized Goma": the sponsor is part of the subject, not it.)
      !(tokens[phrase.start - 1]?.norm === 'by' && SPONSORED.has(tokens[phrase.start - 2]?.norm ?? '')) &&
      !whereAnOfficeWorks(phrase, tokens, phrases) &&
      !openingPlace(phrase, tokens) &&
      !whereTheyGathered(phrase, tokens) &&
      // ("Mexico will bring the case before the International Court of Justice and has asked the OAS":
      // the object of a preposition is no subject.)
      // ("concerned over Russia's detention of": a nominal act's owner may be one.)
      (isNominal(action) || !objectOfPreposition(phrase, tokens))
    ) {
      index = i;
      break;
    }
  }
  const phrase = phrases[index];
  if (!phrase) return [];
  // "The pause saw 105 hostages freed": the object of "saw" is what the act was done to, not its doer.
  // ("Witnesses saw troops fire on the crowd": in the bare form, the one seen does it.)
  if (/(?:ed|en)$/.test(tokens[action.start]?.norm ?? '') && seenDone(tokens, phrase.start)) return [];
  // ("Rwandan President Paul Kagame, speaking in Kigali, accused": past an aside right after the subject.)
  const aside = asides.find(([open, close]) => open === phrase.end && close < action.start);
  const between = aside ? aside[1] + 1 : phrase.end;
  if (brokenBetween(tokens, between, action.start)) return [];
  if (relativeOfSomethingElse(tokens, phrase, action.start)) return [];
  if (newClauseBetween(tokens, between, action.start)) return [];
  // "The Treasury said the measures targeted Iran": the speaker is not the subject of what was said;
  // with no actor inside the reported clause, the act has no actor source.
  // ("President Lai, who said last week that ..., thanked": a speech verb inside an aside after the
  // subject is the aside's.)
  if (tokens.slice(between, action.start).some((token) => SPEECH_VERBS.has(token.norm))) return [];
  // A nominal event ("Israeli air strikes on") takes its source from the words right before it.
  // A possessive may sit two modifiers away ("Russia's widely-reported detention of").
  if (isNominal(action)) {
    const possessive = tokens[phrase.end - 1]?.possessive ?? false;
    // ("Russia's drone and missile attack on Odesa": the owner may stand before a list of means, not
    // before another noun's phrase, "Egypt's investigation into the airstrike".)
    // ("the Rapid Support Forces' (RSF) drone and artillery attacks": past the owner's acronym.)
    const ownerEnd = possessive && acronymAside(tokens, phrase.end) ? phrase.end + 3 : phrase.end;
    const gap = action.start - ownerEnd;
    const modifiers =
      possessive && gap <= 4 && (gap <= 2 || onlyModifiersBetween(tokens, ownerEnd, action.start));
    if (gap > 1 && !modifiers && !afterLightVerb(tokens, phrase.end, action.start)) return [];
  }
  // "The two ministers agreed": a reference to both participants stands at one place for each.
  const together = phrases.filter(
    (other) => other !== phrase && other.start === phrase.start && other.end === phrase.end,
  );
  if (together.length > 0) return [...together, phrase];
  const before = conjuncts(phrases, index, tokens, -1);
  // A present form counts as a verb only right after its subject (an adverb may sit between); the
  // bare form ("support", "attack") only after a plural subject ("we", "they", "X and Y"), since
  // after a singular name it is a noun ("U.S. support for Ukraine").
  // (Past an aside right after the subject: "We, the G7 Foreign Ministers, condemn".)
  const subjectEnds = aside ? aside[1] + 1 : subjectEnd(tokens, phrase);
  if (action.presentForm && !onlyAdverbsBetween(tokens, subjectEnds, action.start)) return [];
  if (
    action.presentForm === 'base' &&
    before.length === 0 &&
    !PLURAL_PRONOUNS.has(tokens[phrase.start]?.norm ?? '') &&
    !pluralNoun(tokens[phrase.end - 1])
  ) {
    return [];
  }
  return shareHeadRole([...before.reverse(), phrase]);
}

/** Verbs whose object is seen undergoing an act ("saw 105 hostages freed"). */
const SEEING_VERBS = new Set(['saw', 'see', 'sees', 'seen', 'watched', 'witnessed']);

/** Whether the phrase at `start` is the object of a seeing verb, past a count ("saw some 105 hostages"). */
function seenDone(tokens: Token[], start: number): boolean {
  let i = start - 1;
  while (
    i >= 0 &&
    i > start - 4 &&
    (isCount(tokens[i]?.norm ?? '') || COUNT_HEDGES.has(tokens[i]?.norm ?? ''))
  )
    i--;
  return SEEING_VERBS.has(tokens[i]?.norm ?? '');
}
const COUNT_HEDGES = new Set(['some', 'nearly', 'about', 'around', 'more', 'than', 'over', 'almost', 'the']);

/** Prepositions whose object is never the subject of a verb after it. */
const OBJECT_PREPOSITIONS = new Set([
  'before',
  'against',
  'into',
  'toward',
  'towards',
  'about',
  'over',
  'under',
]);

function objectOfPreposition(phrase: ActorPhrase, tokens: Token[]): boolean {
  const before =
    tokens[phrase.start - 1]?.norm === 'the' ? tokens[phrase.start - 2] : tokens[phrase.start - 1];
  return OBJECT_PREPOSITIONS.has(before?.norm ?? '') && !phrase.fromMemory;
}

/** Whether only "the" stands between `at` and the start of the sentence or of a quotation ('said: "The'). */
function opensQuoteOrSentence(tokens: Token[], at: number): boolean {
  let i = at - 1;
  if (tokens[i]?.norm === 'the') i--;
  let quote = false;
  for (; i >= 0 && (tokens[i]?.norm === '"' || tokens[i]?.norm === ':'); i--)
    quote ||= tokens[i]?.norm === '"';
  return i < 0 || quote;
}

/** Words that end a noun's modifiers: what follows them is another phrase. */
const NOT_MODIFIERS = new Set([
  'the',
  'a',
  'an',
  'into',
  'on',
  'of',
  'in',
  'for',
  'to',
  'by',
  'with',
  'about',
  'over',
]);

function onlyModifiersBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token || NOT_MODIFIERS.has(token.norm) || (token.punct && token.norm !== ',')) return false;
  }
  return true;
}

/** Verbs that only carry an act named by the noun after them: "conducted an airstrike". */
const LIGHT_VERBS = new Set([
  'conducted',
  'conducts',
  'conduct',
  'carried',
  'carries',
  'carry',
  'staged',
  'stages',
  'mounted',
  'mounts',
  'executed',
]);

/**
 * "U.S. forces conducted a precision airstrike", "carried out an air strike": the subject of a
 * light verb, its article and up to two modifiers before a nominal act, is who did it.
 */
function afterLightVerb(tokens: Token[], from: number, actionStart: number): boolean {
  const verb = tokens[from]?.norm ?? '';
  // "Kyiv retaliated with a drone strike on ...", "responded with air strikes".
  const replied = (verb === 'retaliated' || verb === 'responded') && tokens[from + 1]?.norm === 'with';
  if (!LIGHT_VERBS.has(verb) && !replied) return false;
  let at = tokens[from + 1]?.norm === 'out' || replied ? from + 2 : from + 1;
  if (['a', 'an', 'the', 'several', 'two', 'three', 'multiple'].includes(tokens[at]?.norm ?? '')) at++;
  return actionStart - at <= 2 && tokens.slice(at, actionStart).every((token) => !token.punct);
}

/** "The protesters accuse", "police say": a common noun in the plural is a plural subject. */
function pluralNoun(token: Token | undefined): boolean {
  if (!token || token.capitalized || token.possessive) return false;
  return PLURAL_WITHOUT_S.has(token.norm) || (/[a-z]s$/.test(token.norm) && !/ss$/.test(token.norm));
}
const PLURAL_WITHOUT_S = new Set(['police', 'people', 'militia', 'military']);

/** "US and British activists": a bare country joined to a role takes the role ("US activists"). */
function shareHeadRole(conjoined: ActorPhrase[]): ActorPhrase[] {
  const last = conjoined[conjoined.length - 1];
  const head = last?.actor;
  // "Israel and Hezbollah": a named group's role is its own, not a role word the list shares.
  if (!head?.role || conjoined.length < 2 || last?.named) return conjoined;
  return conjoined.map((phrase) => {
    const actor = phrase.actor;
    if (actor.role !== null || actor.org !== null || actor.country === null || phrase.seatOnly) return phrase;
    return { ...phrase, actor: { ...actor, role: head.role, code: `${actor.country}${head.role}` } };
  });
}

/** Appeals and demands are made to someone, who is named before "to <verb>". */
const APPEAL_ROOTS = new Set(['02', '10']);

/**
 * "urged the international community to restrain Israel": the appeal is made to the words before
 * "to", not a known actor here; Israel, after the infinitive, is what it is about, not whom it is
 * made to. ("urged Israel to stop" names the addressee right after the verb.)
 */
function beyondUnknownAddressee(action: ActionMatch, tokens: Token[], phrase: ActorPhrase): boolean {
  if (!APPEAL_ROOTS.has(action.code.slice(0, 2))) return false;
  for (let i = action.end + 1; i < phrase.start - 1; i++) {
    if (tokens[i]?.norm === 'to' && !(tokens[i + 1]?.capitalized ?? true)) return true;
  }
  return false;
}

/**
 * For "condemned the arrest of X by Y": Y, the phrase right after a "by" that follows a noun naming
 * an act within a few words of the verb, in the same clause; undefined if there is none.
 */
function doerAfterBy(action: ActionMatch, phrases: ActorPhrase[], tokens: Token[]): ActorPhrase | undefined {
  for (let i = action.end; i < Math.min(tokens.length, action.end + 4); i++) {
    const word = tokens[i]?.norm ?? '';
    if (namesAnAct(word) || JUDGED_ACTS.has(word))
      return agentAfterBy(phrases, tokens, i + 1, action.end + 16);
    if (endsClause(word)) return undefined;
  }
  return undefined;
}

/** A release pattern that names the people freed: "@free * prisoners", "@release * hostages". */
const HELD_PEOPLE_PATTERN = /\b(?:hostages|prisoners|detainees|inmates)$/;

/** Participles that name who holds the people a release is asked for: "held by", "detained by". */
const HOLDING = new Set([
  ...['held', 'detained', 'jailed', 'imprisoned', 'abducted'],
  ...['kidnapped', 'seized', 'captured', 'arrested'],
]);

function holderAfterBy(
  action: ActionMatch,
  phrases: ActorPhrase[],
  tokens: Token[],
): ActorPhrase | undefined {
  for (let i = action.end; i < Math.min(tokens.length, action.end + 12); i++) {
    const word = tokens[i]?.norm ?? '';
    if (endsClause(word)) return undefined;
    if (HOLDING.has(word) && tokens[i + 1]?.norm === 'by')
      return phrases.find((phrase) => startsAgentAfterBy(tokens, i + 1, phrase));
  }
  return undefined;
}

/** "and condemned", "and strongly condemned": the verb at `at` opens a second clause of its subject. */
function andBefore(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && lyAdverb(tokens[k]?.norm ?? '')) k--;
  return tokens[k]?.norm === 'and';
}

/** "condemns the missile strike", "denounced these attacks": the object is an act, named by a noun. */
function judgesAnAct(tokens: Token[], from: number, unowned = false): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 5); i++) {
    const word = tokens[i]?.norm ?? '';
    if (namesAnAct(word)) return true;
    // (With `unowned`: "condemned the group's attack" names whose act it is.)
    if (endsClause(word) || (unowned && tokens[i]?.possessive)) return false;
  }
  return false;
}

/** A phrase right after "claimed by" (an article may stand between): who owned to an act. */
function ownedBy(tokens: Token[], start: number): boolean {
  const by = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  return tokens[by]?.norm === 'by' && tokens[by - 1]?.norm === 'claimed';
}

/** Nouns a city's name is put before to name what was held there: "the Almaty talks". */
const TALKS_NAMED_BY_PLACE = new Set([
  ...['talks', 'agreement', 'agreements', 'accord', 'accords', 'process', 'summit', 'declaration'],
  ...['format', 'meeting', 'negotiations', 'conference', 'deal', 'protocol', 'communique'],
]);

/** Prepositions before where a meeting was held: "met in New York", "met at Camp David". */
const MEETING_PLACE_PREPOSITIONS = new Set(['in', 'at']);

/** Whether a word ends the clause an agent after "by" can belong to. */
function endsClause(word: string): boolean {
  return CLAUSE_BREAK.has(word) || word === ',' || word === '.';
}

/**
 * The agent after the first "by" in [from, to) within the clause ("the detention of X by Y"), or
 * undefined when the clause ends first or no actor stands right after that "by".
 */
function agentAfterBy(
  phrases: ActorPhrase[],
  tokens: Token[],
  from: number,
  to: number,
): ActorPhrase | undefined {
  for (let i = from; i < Math.min(tokens.length, to); i++) {
    const word = tokens[i]?.norm ?? '';
    if (endsClause(word)) return undefined;
    if (word === 'by') return phrases.find((phrase) => startsAgentAfterBy(tokens, i, phrase));
  }
  return undefined;
}
/**
 * A verb in the third person opening its sentence, after at most a paragraph number and adverbs
 * ("1. Strongly condemns", "(4) Urges", "Further welcomes").
 */
function opensParagraph(action: ActionMatch, tokens: Token[]): boolean {
  if (action.presentForm !== 'third-person' || action.start > 5) return false;
  return tokens
    .slice(0, action.start)
    .every(
      (token) =>
        token.punct || /^\d+$/.test(token.norm) || lyAdverb(token.norm) || PARAGRAPH_ADVERBS.has(token.norm),
    );
}
const PARAGRAPH_ADVERBS = new Set(['also', 'further', 'again', 'and']);

/** Whether a passive's agent is named after "by" (then it is the source, or the source is unknown). */
function agentNamed(action: ActionMatch, tokens: Token[]): boolean {
  return tokens.slice(action.end, action.end + 3).some((token) => token.norm === 'by');
}

/** Whether an actor starts within a few words after the "by" of a passive. */
function agentKnown(action: ActionMatch, tokens: Token[], phrases: ActorPhrase[]): boolean {
  const by = tokens.findIndex((token, i) => i >= action.end && i < action.end + 3 && token.norm === 'by');
  return phrases.some((phrase) => phrase.start > by && phrase.start <= by + 3);
}

/** Where someone is held: "released from Russian custody", "freed from an Iranian prison". */
const CUSTODY = new Set(['custody', 'prison', 'prisons', 'detention', 'captivity', 'jail', 'jails']);

/** "were released from Russian custody": the state whose custody it was released them. */
function releasedFrom(action: ActionMatch, phrases: ActorPhrase[], tokens: Token[]): ActorRef | null {
  if (tokens[action.end]?.norm !== 'from') return null;
  const holder = phrases.find(
    (phrase) =>
      phrase.start > action.end &&
      phrase.start <= action.end + 2 &&
      phrase.actor.country !== null &&
      // ("Russian custody": the demonym before the word; "an Iranian prison": one phrase with it.)
      (CUSTODY.has(tokens[phrase.end]?.norm ?? '') || CUSTODY.has(tokens[phrase.end - 1]?.norm ?? '')),
  );
  const country = holder?.actor.country;
  return country ? { ...holder.actor, role: 'GOV', code: `${country}GOV` } : null;
}

/** The government office named right after "summoned to": who made the summons. */
function summonedTo(action: ActionMatch, phrases: ActorPhrase[], tokens: Token[]): ActorRef | null {
  if (tokens[action.end]?.norm !== 'to') return null;
  const office = phrases.find(
    (phrase) => phrase.start > action.end && phrase.start <= action.end + 2 && phrase.actor.role === 'GOV',
  );
  return office?.actor ?? null;
}

/** "nationals who are arbitrarily detained": a passive in the present says who is held, not an arrest. */
function heldNow(action: ActionMatch, tokens: Token[]): boolean {
  let i = action.start - 1;
  while (i >= 0 && lyAdverb(tokens[i]?.norm ?? '')) i--;
  return ['is', 'are', 'remain', 'remains'].includes(tokens[i]?.norm ?? '');
}

/** "said it was deeply concerned by": a pattern with no verb told of the subject by "to be" is its predicate. */
function predicateOfBe(action: ActionMatch, tokens: Token[]): boolean {
  let i = action.start - 1;
  while (i >= 0 && (lyAdverb(tokens[i]?.norm ?? '') || tokens[i]?.norm === 'very')) i--;
  return PREDICATE_BE.has(tokens[i]?.norm ?? '');
}
const PREDICATE_BE = new Set(['is', 'are', 'was', 'were', 'remains', 'remained', 'been']);

/** The people of a country, named by the words the text uses for them ("12 people", "Luis Manuel Diaz"). */
function peopleOf(country: string, text: string): ActorRef {
  return { text, name: text, code: `${country}CVL`, country, role: 'CVL', org: null };
}

/**
 * The country of the state actor reporting the clause before `at` ("Israeli police said ...",
 * "Venezuelan officials said three Americans had been arrested"), if any; not a state reporting its
 * own national held ("The Russian foreign ministry said a Russian citizen had been arrested at a
 * Polish airport": abroad).
 */
function arrestingStateReported(phrases: ActorPhrase[], tokens: Token[], at: number): string | null {
  const reporter = phrases.find(
    (phrase) =>
      phrase.end < at &&
      SPEECH_VERBS.has(tokens[phrase.end]?.norm ?? '') &&
      STATE_REPORTERS.has(phrase.actor.role ?? ''),
  );
  const country = reporter?.actor.country ?? null;
  if (!reporter || !country || reporter.actor.role === 'COP') return country;
  const ownNational = phrases.some(
    (phrase) => phrase.start > reporter.end && phrase.end <= at && phrase.actor.country === country,
  );
  return ownNational ? null : country;
}
const STATE_REPORTERS = new Set(['COP', 'GOV', 'MIL', 'JUD']);

function homePolice(country: string): ActorRef {
  return { text: 'police', name: 'police', code: `${country}COP`, country, role: 'COP', org: null };
}

/**
 * Codes of acts named as nouns whose doer may follow their object after "by": arrests (17) as well as
 * attacks ("the detention of X by Y"); find-actions' attackByAgent, for "the attack by X on Y" with
 * "by" right after the noun, is about attacks alone.
 */
const FORCE_BY_AGENT = /^1[789]/;
/** Acts a statement judges that namesAnAct leaves out: "the violation of Estonian airspace by". */
const JUDGED_ACTS = new Set([
  'violation',
  'violations',
  'detention',
  'detentions',
  'arrest',
  'arrests',
  'killing',
  'killings',
  'abduction',
  'kidnapping',
  'seizure',
  'shelling',
  'bombing',
  'bombardment',
  'airstrikes',
  'execution',
]);

/** "..., police say", "..., officials said": who reports what the sentence tells, after a comma. */
function isAttribution(phrase: ActorPhrase, tokens: Token[]): boolean {
  const verb = tokens[phrase.end]?.norm ?? '';
  return tokens[phrase.start - 1]?.norm === ',' && (SPEECH_VERBS.has(verb) || HEADLINE_SPEECH.has(verb));
}
/** The present of headlines: "..., police say", "..., officials report". */
const HEADLINE_SPEECH = new Set(['say', 'report', 'reports', 'claim', 'claims']);

function targetsFor(
  action: ActionMatch,
  allPhrases: ActorPhrase[],
  tokens: Token[],
  sources: ActorPhrase[],
): ActorPhrase[] {
  // ("Al Shabaab fighters storm hotel in central Somalia, police say": the police are no target.)
  // ("sentenced Levan Kharadze to two years in prison": where he will be held, not whom.)
  const phrases = allPhrases.filter((phrase) => !isAttribution(phrase, tokens) && !heldIn(phrase, tokens));
  if (action.passive) {
    let index = -1;
    for (let i = phrases.length - 1; i >= 0; i--) {
      const phrase = phrases[i];
      if (phrase && phrase.end <= action.start) {
        index = i;
        break;
      }
    }
    // "its embassy in Damascus was hit": what was hit is what the place says where it is.
    const placed = phrases[index];
    const owner = phrases[index - 1];
    if (placed && owner && isPlaceUse(placed, tokens) && owner.end === placed.start - 1) index--;
    const phrase = phrases[index];
    // "The ministry said they had been abducted": who said it is not who was abducted.
    if (!phrase || tokens.slice(phrase.end, action.start).some((token) => SPEECH_VERBS.has(token.norm)))
      return [];
    return [phrase, ...conjuncts(phrases, index, tokens, -1)];
  }
  // "reaffirmed America's commitment to Israel": the source's own is not the target.
  const otherSide = (phrase: ActorPhrase) =>
    !sources.some((source) => source === phrase || sameSide(source.actor, phrase.actor));
  // "rejected Donald Trump's offer to buy Greenland", "expelled Russia's ambassador": an owner inside
  // the pattern's gap is whom the act is aimed at, not a name after the pattern.
  // ("rejected a Chinese proposal": a rejection's is whose proposal, named by its adjective too.)
  const ownerIndex = phrases.findIndex(
    (phrase) =>
      phrase.start > action.head &&
      phrase.end < action.end &&
      ((tokens[phrase.end - 1]?.possessive ?? false) ||
        (action.code.startsWith('12') && phrase.end === action.end - 1)) &&
      otherSide(phrase),
  );
  if (ownerIndex >= 0) return [phrases[ownerIndex] as ActorPhrase];
  if (action.pattern.rule.targetInGap) {
    const inGap = phrases.findIndex(
      (phrase) => phrase.start > action.head && phrase.end <= action.end && otherSide(phrase),
    );
    const phrase = phrases[inGap];
    return phrase ? [phrase, ...conjuncts(phrases, inGap, tokens, 1)] : [];
  }
  // "freed 200 Palestinian prisoners, 70 of whom were deported to Egypt": the people freed, when the
  // pattern's words name them, before any name after.
  if (action.code === '0841' && HELD_PEOPLE_PATTERN.test(action.pattern.source)) {
    const inGap = phrases.findIndex(
      (phrase) => phrase.start > action.head && phrase.end <= action.end && otherSide(phrase),
    );
    const phrase = phrases[inGap];
    if (phrase) return [phrase, ...conjuncts(phrases, inGap, tokens, 1)];
  }
  // "expelled diplomats from Argentina, Chile and Peru": a phrase that starts in the pattern's words
  // and runs past them ("diplomats from Argentina") is the object, before the names after it.
  const runningOn = phrases.findIndex(
    (phrase) =>
      phrase.start > action.head && phrase.start < action.end && phrase.end > action.end && otherSide(phrase),
  );
  if (runningOn >= 0) return [phrases[runningOn] as ActorPhrase, ...conjuncts(phrases, runningOn, tokens, 1)];
  // "condemned the detention of journalist Olga Marchenko by Belarusian security services": an act
  // judged is aimed at whoever did it, named after "by", not at its victim.
  if (action.code.startsWith('11')) {
    const doer = doerAfterBy(action, phrases, tokens);
    if (doer && otherSide(doer)) return [doer];
  }
  // "demanded the release of two Canadians detained by China": a release is asked of whoever holds
  // them, named after "by", not of the people held.
  if (action.code === '0253' || action.code === '1053') {
    const holder = holderAfterBy(action, phrases, tokens);
    if (holder && otherSide(holder)) return [holder];
  }
  const introducers = action.pattern.rule.targetAfter;
  const index = phrases.findIndex(
    (phrase) =>
      phrase.start >= action.end &&
      (!introducers ||
        introducers.includes(tokens[phrase.start - 1]?.norm ?? '') ||
        introducers.includes(tokens[phrase.start - 2]?.norm ?? '')) &&
      // ("welcomes the signing yesterday in Abu Dhabi of the agreement between Armenia and
      // Azerbaijan": the sides of what was welcomed may come further on.)
      phrase.start - action.end <=
        (tokens[phrase.start - 1]?.norm === 'between' ? SIDES_WINDOW : TARGET_WINDOW) &&
      !sources.includes(phrase) &&
      !sources.some((source) => sameSide(source.actor, phrase.actor)) &&
      // A preposition the pattern itself ends in ("withdrew troops from", "recalled its ambassador
      // from") introduces its object, not a place.
      (phrase.start <= action.end ||
        !placedByPreposition(tokens, phrase.start) ||
        settlementObject(tokens, action.end, phrase.start)) &&
      // '..., he added': the speaker of a quotation is not the object of the clause before it.
      !attributes(tokens, phrase.end) &&
      !onBehalf(tokens, phrase.start) &&
      !actingAlongside(tokens, phrase.start) &&
      // ("condemned the incursion, as did the Organization of American States": another who did it.)
      !(tokens[phrase.start - 1]?.norm === 'did' && tokens[phrase.start - 2]?.norm === 'as') &&
      !(tokens[phrase.start - 2]?.norm === 'did' && tokens[phrase.start - 3]?.norm === 'as') &&
      !inPlacedList(phrases, phrase, tokens) &&
      !brokenBetween(tokens, action.end, phrase.start) &&
      !chargeBetween(tokens, action.end, phrase.start) &&
      !butBetween(tokens, action.end, phrase.start) &&
      !(action.code.startsWith('04') && discussedBetween(tokens, action.end, phrase.start)) &&
      // ("when they met in New York last week": where a meeting was, not whom it was with.)
      !(
        action.code === '040' &&
        phrase.start > action.end &&
        phrase.actor.role === null &&
        phrase.actor.org === null &&
        MEETING_PLACE_PREPOSITIONS.has(tokens[phrase.start - 1]?.norm ?? '')
      ) &&
      // ("CARICOM leaders, meeting in Georgetown, urged Venezuela": an aside's meeting ends at its comma.)
      !(
        action.code.startsWith('04') &&
        action.participle &&
        tokens.slice(action.end, phrase.start).some((token) => token.norm === ',')
      ) &&
      // ("expelled two Catholic priests to Guatemala": where they were sent, not whom.)
      !(action.code === '174' && phrase.start > action.end && tokens[phrase.start - 1]?.norm === 'to') &&
      !(action.code.startsWith('11') && troubleBefore(tokens, action.end, phrase.start)) &&
      !(action.code === '173' && reasonAfterObject(tokens, action.end, phrase.start)) &&
      !clauseOpenedBetween(tokens, phrases, action.end, phrase.start) &&
      !andVerbBetween(tokens, action.end, phrase.start) &&
      !beyondUnknownAddressee(action, tokens, phrase) &&
      // ("welcomed the Almaty talks", "the Jeddah agreement": a city naming talks held there.)
      !(phrase.seatOnly && TALKS_NAMED_BY_PLACE.has(tokens[phrase.end]?.norm ?? '')) &&
      // A capital after the verb is a government only right after it ("warned Moscow", "visited Cairo").
      (!phrase.seatOnly ||
        phrase.start - action.end <= 1 ||
        settlementObject(tokens, action.end, phrase.start)),
  );
  // A pattern with a gap may have swallowed its target ("expelled two Estonian diplomats"), unless
  // the rule says what introduces it ("ordered the Carrier Strike Group to": the units sent are none).
  const resolvedIndex =
    index >= 0 || introducers
      ? index
      : phrases.findIndex(
          (phrase) => phrase.start > action.head && phrase.end <= action.end && !sources.includes(phrase),
        );
  const phrase = phrases[resolvedIndex];
  if (!phrase) return [];
  // "the two sides" stands for several actors at the same words.
  const together = phrases.filter(
    (other) =>
      other !== phrase &&
      other.start === phrase.start &&
      other.end === phrase.end &&
      !sources.some((source) => sameSide(source.actor, other.actor)),
  );
  return [phrase, ...together, ...conjuncts(phrases, resolvedIndex, tokens, 1)];
}

const DETENTION_PLACES = new Set(['prison', 'jail', 'penitentiary']);

/** "in prison", "to jail": a place of detention after its preposition, not an actor. */
function heldIn(phrase: ActorPhrase, tokens: Token[]): boolean {
  return (
    phrase.end - phrase.start === 1 &&
    DETENTION_PLACES.has(tokens[phrase.start]?.norm ?? '') &&
    ['in', 'to'].includes(tokens[phrase.start - 1]?.norm ?? '')
  );
}

/** ", the Hon Billy Joseph MP," or ", Secretary of Foreign Affairs of the Philippines,": a name or a title in apposition. */
const APPOSITION = /^,[^,;]{2,90},\s*/;
const GUEST_ON_A_VISIT =
  /^,\s*who (?:is|was|has|had|arrived|came)\b[^,;]{0,60}\b(?:on|for|paying|making) (?:an? |his |her )?(?:official |state |working |first |[\w-]+-day )*visit\b/;

/**
 * The actor named after "at the invitation of" when it belongs to the country visited: the host.
 * ("at the invitation of the UN" to a visit of Kenya names no host of the visit.)
 */
function invitingHost(phrases: ActorPhrase[], tokens: Token[], visited: ActorPhrase[]): ActorPhrase | null {
  const countries = new Set(
    visited.map((target) => target.actor.country).filter((country) => country !== null),
  );
  return (
    phrases.find((phrase) => {
      const at = tokens[phrase.start - 1]?.norm === 'the' ? phrase.start - 1 : phrase.start;
      return (
        tokens[at - 1]?.norm === 'of' &&
        tokens[at - 2]?.norm === 'invitation' &&
        phrase.actor.country !== null &&
        countries.has(phrase.actor.country)
      );
    }) ?? null
  );
}

/** A rule's `targetThen`: its object right after the pattern ("the" allowed), then the words it names. */
function targetThenHolds(
  action: ActionMatch,
  target: ActorPhrase,
  tokens: Token[],
  sentence: string,
): boolean {
  const then = action.pattern.rule.targetThen;
  if (!then) return true;
  const objectAt = tokens[action.end]?.norm === 'the' ? action.end + 1 : action.end;
  if (target.start !== action.end && target.start !== objectAt) return false;
  return then.test(sentence.slice(tokens[target.end - 1]?.end ?? 0));
}

/** A more specific code (and a reverse event) from the words right after the target, if a rule says so. */
/** A relative clause between commas: ", which oversee the ceasefire,", ", whose country chairs ASEAN,". */
export const RELATIVE_CLAUSE_IN_COMMAS = /,\s*(?:who|whose|which)\b[^,;.]*,/g;

function afterTargetRefinement(action: ActionMatch, target: ActorPhrase, tokens: Token[], sentence: string) {
  // Only for the verb's own object ("welcomed X to Ankara"), not for a name deep in it ("welcomes
  // the signing of the agreement between the DRC and Rwanda in Washington").
  // ("welcomed Enrique A. Manalo, Secretary of Foreign Affairs of the Philippines, to Tokyo": or the
  // country of a guest in apposition, when the name before it is no actor.)
  const guestAt = tokens[action.end]?.norm === 'the' ? action.end + 1 : action.end;
  // ("welcomed His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, to": a long
  // name and office.)
  const inApposition =
    target.start - action.end <= 16 &&
    // (A guest's name, not "welcomed the peace deal, signed by Congo and Rwanda, in Washington".)
    (tokens[guestAt]?.capitalized ?? false) &&
    tokens.slice(action.end, target.start).some((token) => token.norm === ',') &&
    tokens[target.end]?.norm === ',';
  // ("welcomed New Zealand's Deputy Prime Minister and Foreign Minister Winston Peters to Berlin": a
  // known person past the titles that name him.)
  // (Not past another name: "called on the United States and France to press Israel".)
  const pastTitles =
    target.start - action.end <= 12 &&
    tokens
      .slice(action.end, target.start)
      .every(
        (token, k) =>
          token.capitalized ||
          token.possessive ||
          (TITLE_JOINERS.has(token.norm) &&
            (token.norm !== 'and' || TITLE_HEADS.has(tokens[action.end + k + 1]?.norm ?? ''))),
      );
  if (target.start > action.end + 1 && !inApposition && !pastTitles) return null;
  // (After the verb when the target comes first: "X was welcomed by Y ... at the start of a visit".)
  const passive = target.end <= action.start;
  const end = Math.max(tokens[target.end - 1]?.end ?? 0, tokens[action.end - 1]?.end ?? 0);
  // (Not into a relative clause: "welcomed Ethiopia's decision, which Abiy announced at the start of
  // a two-day visit to Kenya" hosts no one.)
  // ("called on the United States and France, which oversee the ceasefire, to pressure Israel": a
  // relative clause closed by a comma is left out, and what follows it read.)
  const rest =
    sentence
      .slice(end, end + (passive ? 160 : 100))
      .replace(RELATIVE_CLAUSE_IN_COMMAS, ' ')
      .split(/,\s*(?:which|who|where|when|as)\b|;/)[0] ?? '';
  // ("welcomed Papua New Guinea's Minister for Defence, the Hon Billy Joseph MP, to Canberra": the
  // words after a name in apposition; "welcomed President X, who arrived in Astana on a state visit,":
  // a guest whom the clause after the name says is visiting.)
  const pastApposition = APPOSITION.exec(rest)
    ? rest.replace(APPOSITION, ' ')
    : GUEST_ON_A_VISIT.test(sentence.slice(end, end + 120))
      ? ' for a visit'
      : null;
  // ("welcomed Kenyan Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs Musalia
  // Mudavadi to Washington": past the title and name a demonym opens.)
  // ("welcomed New Zealand's Deputy Prime Minister ... Winston Peters to Berlin": past the owner's "'s".)
  const titled = (sentence.slice(end, end + 200).split(/[,;]/)[0] ?? '').replace(/^['\u2019]s\b/, '');
  const pastTitle =
    (target.end - target.start === 1 || (tokens[target.end - 1]?.possessive ?? false)) &&
    /^\s+\p{Lu}/u.test(titled)
      ? titled.replace(TITLE_AND_NAME, ' ')
      : null;
  return (
    action.pattern.rule.afterTarget?.find(
      (refinement) =>
        refinement.when.test(rest) ||
        (pastApposition !== null && refinement.when.test(pastApposition)) ||
        (pastTitle !== null && refinement.when.test(pastTitle)),
    ) ?? null
  );
}

/** Small words inside a run of titles: "Deputy Prime Minister and Foreign Minister", "Secretary of State". */
const TITLE_JOINERS = new Set(['and', 'of', 'for', 'the']);
/** Words a second title after "and" opens with: "Deputy Prime Minister and Foreign Minister". */
const TITLE_HEADS = new Set([
  ...['minister', 'foreign', 'deputy', 'prime', 'secretary', 'president', 'vice', 'defence', 'defense'],
  ...['chief', 'head', 'chairman', 'chairperson', 'commander', 'special', 'first'],
]);

/** A title and a name: capitalised words and the small words inside titles ("Secretary for Foreign Affairs"). */
const TITLE_AND_NAME = /^(?:\s*(?:\p{Lu}[\p{L}'\u2019.-]*|and|for|of|the))+/u;

const FORCE_CODES = /^(?:15|17|18|19|20)/;

function asCountry(actor: ActorRef): ActorRef {
  return actor.country ? { ...actor, role: null, code: actor.country } : actor;
}

const COORDINATED_AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'then',
  'also',
  'later',
]);

/** Words before "to" that frame a planned act: "is scheduled to fly", "is expected to sign". */
const PLANNED_FRAMES = new Set([
  'scheduled',
  'expected',
  'due',
  'set',
  'planning',
  'plans',
  'intends',
  'going',
]);

function sharesSubject(action: ActionMatch, tokens: Token[]): boolean {
  // ("Russia's drone and missile attack": an "and" inside a noun phrase joins no verbs.)
  if (isNominal(action)) return false;
  let i = action.start - 1;
  // ("and is scheduled to fly to Washington": the frame of an intent.)
  if (tokens[i]?.norm === 'to' && PLANNED_FRAMES.has(tokens[i - 1]?.norm ?? '')) i -= 2;
  // ("and strongly condemned the launch": an adverb may stand between.)
  while (i >= 0 && (COORDINATED_AUXILIARIES.has(tokens[i]?.norm ?? '') || lyAdverb(tokens[i]?.norm ?? '')))
    i--;
  // "Xi said China was ready to work with Washington but warned it": "but" joins verbs too.
  return tokens[i]?.norm === 'and' || tokens[i]?.norm === 'but';
}

/**
 * The actor a sentence opens with (after "the"), when a verb of its own follows it before `action`:
 * the subject a later verb after "and" shares.
 */
function openingSubject(
  phrases: ActorPhrase[],
  tokens: Token[],
  action: ActionMatch,
  storyStart: number,
): ActorPhrase | null {
  const first = phrases[0];
  // (A pronoun read back is not taken; "The troops", the forces the story named, are.)
  const readBack = first?.fromMemory === true && PRONOUN_SUBJECTS.has(tokens[first.start]?.norm ?? '');
  if (!first || first.end >= action.start || readBack) return null;
  // ("Members of the Ecuadorian police forcibly entered ...": some of a body, and an adverb, stand between.)
  if (
    tokens
      .slice(opening(tokens, storyStart), first.start)
      .some((token) => !BEFORE_OPENING_SUBJECT.has(token.norm))
  )
    return null;
  const between = tokens.slice(first.end, action.start);
  if (between.some((token) => CLAUSE_BREAK.has(token.norm) || token.norm === ',')) return null;
  const verb = lyAdverb(between[0]?.norm ?? '') ? between[1] : between[0];
  return isPastVerb(verb) ? first : null;
}

/** Pronouns that stand for an actor named before. */
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

const BEFORE_OPENING_SUBJECT = new Set([
  ...['the', 'members', 'officers', 'agents', 'units', 'elements', 'of'],
  // "Some protesters broke through police lines and stormed": some or many of them.
  ...['some', 'several', 'many', 'hundreds', 'thousands', 'dozens'],
]);

/** The actor opening the sentence when a speech verb follows it ("Iran said ..."), before `action`. */
function reporterOpening(
  phrases: ActorPhrase[],
  tokens: Token[],
  action: ActionMatch,
  storyStart: number,
): ActorPhrase | null {
  let first = phrases[0];
  if (!first || first.end >= action.start || first.fromMemory) return null;
  if (tokens.slice(opening(tokens, storyStart), first.start).some((token) => token.norm !== 'the'))
    return null;
  // "The European Union's foreign policy chief Kaja Kallas said": the owner's official reports.
  const official = phrases[1];
  if (
    tokens[first.end - 1]?.possessive &&
    official &&
    official.start - first.end <= 4 &&
    official.end < action.start
  )
    first = official;
  let verb = first.end;
  // "Egypt's foreign minister, Badr Abdelatty, told reporters": past a name in apposition, or a
  // relative clause ("Petro, who has sought to mediate between the government and the opposition,").
  if (tokens[verb]?.norm === ',') {
    const reach = tokens[verb + 1]?.norm === 'who' ? 25 : 6;
    const close = tokens.findIndex((token, i) => i > verb && i <= verb + reach && token.norm === ',');
    if (close > 0) verb = close + 1;
  }
  if (tokens[verb]?.norm === 'also') verb += 1;
  return SPEECH_VERBS.has(tokens[verb]?.norm ?? '') ? first : null;
}

/**
 * Where a sentence's subject can start: after a short opening adverbial and its comma ("Meanwhile,",
 * "On Monday,", "Separately,"), else at 0.
 */
function opening(tokens: Token[], storyStart: number): number {
  // "NAIROBI, Kenya (Reuters) - Kenyan protesters stormed ...": past a wire dateline.
  if (storyStart > 0) return storyStart;
  const comma = tokens.findIndex((token, i) => i < 4 && token.norm === ',');
  return comma >= 0 && tokens.slice(0, comma).every((token) => !token.capitalized || token === tokens[0])
    ? comma + 1
    : 0;
}

/**
 * The two actors of "<fight noun> ... between X and Y": "between" within six words after the noun
 * (no clause break), X right after it and Y right after the "and" that follows X. Null otherwise,
 * and for a verb ("they fought between ...": no noun to name).
 */
/** Verbs of talks that took place: "were held", "took place", "resumed", "opened", "ended". */
const TALKS_HAPPENED = new Set([
  'held',
  'took',
  'resumed',
  'opened',
  'began',
  'ended',
  'concluded',
  'started',
]);
/** Words that put talks in the future or in doubt. */
const TALKS_NOT_YET = new Set([
  ...['will', 'would', 'could', 'may', 'might', 'expected', 'scheduled', 'planned', 'due', 'set'],
  ...['not', 'never', 'postponed', 'cancelled', 'canceled', 'proposed'],
]);

/**
 * The two sides of talks named after "between" ("talks were held in Ashgabat between A and B", "Talks
 * between A and B took place in Almaty"), when the sentence says they took place, or null.
 */
function talksHeldBetween(
  action: ActionMatch,
  phrases: ActorPhrase[],
  tokens: Token[],
): [ActorPhrase, ActorPhrase] | null {
  const between = action.end - 1;
  if (tokens.slice(action.head, between).some((token) => token.norm === ',' || CLAUSE_BREAK.has(token.norm)))
    return null;
  const sides = sidesNamedAfter(phrases, tokens, between);
  if (!sides) return null;
  const second = sides[1];
  // Took place: said between the noun and "between", or right after the second side (not in a clause
  // after a comma: "Talks between the government and the group, which began in 2022, had stalled").
  const after = tokens.slice(second.end, second.end + 3);
  const clause = after.findIndex((token) => token.norm === ',');
  const said = [...tokens.slice(action.head + 1, between), ...(clause < 0 ? after : after.slice(0, clause))];
  if (!said.some((token) => TALKS_HAPPENED.has(token.norm))) return null;
  if (tokens.some((token) => TALKS_NOT_YET.has(token.norm))) return null;
  return sides;
}

function sidesAfterBetween(
  action: ActionMatch,
  phrases: ActorPhrase[],
  tokens: Token[],
): [ActorPhrase, ActorPhrase] | null {
  if (!/^(?:fighting|clashes|clash)$/.test(tokens[action.head]?.norm ?? '')) return null;
  // Only a fight that is the clause's subject ("Heavy fighting broke out"), not one talked about
  // ("the talks focused on the fighting between ...").
  let clauseStart = action.head - 1;
  while (clauseStart >= 0 && !['-', '—', '–', ':', ';', ','].includes(tokens[clauseStart]?.norm ?? ''))
    clauseStart--;
  const before = tokens.slice(clauseStart + 1, action.head);
  if (before.length > 2 || before.some((token) => token.norm === 'the' || isPastVerb(token))) return null;
  let between = -1;
  for (let i = action.end; i < Math.min(tokens.length, action.end + 7); i++) {
    const word = tokens[i]?.norm ?? '';
    if (word === ',' || CLAUSE_BREAK.has(word)) return null;
    if (word === 'between') {
      between = i;
      break;
    }
  }
  return between < 0 ? null : sidesNamedAfter(phrases, tokens, between);
}

/**
 * The two sides named after "between" at `between`: "between the army and the RSF", "between the
 * Foreign Minister of Turkmenistan R. Meredov and the Foreign Minister of Mongolia" (past a holder's
 * name before "and"), or null.
 */
function sidesNamedAfter(
  phrases: ActorPhrase[],
  tokens: Token[],
  between: number,
): [ActorPhrase, ActorPhrase] | null {
  const at = tokens[between + 1]?.norm === 'the' ? between + 2 : between + 1;
  const first = phrases.find((phrase) => phrase.start === at || phrase.start === between + 1);
  if (!first) return null;
  let and = first.end;
  while (and < first.end + 4 && tokens[and]?.capitalized) and++;
  if (tokens[and]?.norm !== 'and') return null;
  const afterAnd = tokens[and + 1]?.norm === 'the' ? and + 2 : and + 1;
  const second = phrases.find((phrase) => phrase.start === afterAnd || phrase.start === and + 1);
  return second && second.actor.code !== first.actor.code ? [first, second] : null;
}

/** What the document so far says about who is speaking and with whom. */
export interface Discourse {
  /** The issuer of the statement: the source of "must" demands. */
  speaker: ActorRef | null;
  /** Where the sentence starts after a wire dateline ("NAIROBI, Kenya (AP) -"), or 0. */
  storyStart?: number;
  /** Who took part in the last meeting or fight: whom a call for restraint naming no one is made of. */
  sides?: ActorRef[];
  /** The last meeting or call: in a readout, "urged de-escalation" is addressed to the counterpart. */
  lastMeeting: { source: ActorRef; target: ActorRef } | null;
  /** Who attacked last: the target of a response that names none. */
  lastAttacker: ActorRef | null;
  /** The two sides of the last agreement or truce: whom "welcomed the agreement" praises. */
  lastAgreement?: { source: ActorRef; target: ActorRef } | null;
  /** The sentence's places with a locative ("in Gaza"), as the country each is in, by token index. */
  placesHit: { at: number; country: ActorRef }[];
  /** The country the story is set in: whose police made an arrest the text gives no agent for. */
  homeCountry?: string | null;
  /** The same country as an actor (its name from the dictionaries), for targets the text leaves unnamed. */
  home?: ActorRef | null;
  /** A country as an actor, named by the dictionaries (the assembler has none of its own). */
  countryOf?: (country: string) => ActorRef;
}

/** Assault, fight, mass violence: acts that hit wherever they happen. */
export const ATTACK_ROOTS = new Set(['18', '19', '20']);
/** Protest, force posture, coercion and force: acts a participle of force can go on describing. */
const FORCEFUL_ROOTS = new Set(['14', '15', '17', '18', '19', '20']);

/**
 * "imposed sanctions on Iran, targeting its oil exports", "approved sanctions, targeting 200
 * tankers": a participle of force after a comma says what the act before it does; when that act is
 * not forceful, nothing was attacked.
 */
function describesPeacefulAct(action: ActionMatch, actions: ActionMatch[]): boolean {
  if (!action.participle || !ATTACK_ROOTS.has(action.code.slice(0, 2))) return false;
  const main = [...actions].reverse().find((other) => other.end <= action.start && !other.participle);
  return main !== undefined && main.modality === 'asserted' && !FORCEFUL_ROOTS.has(main.code.slice(0, 2));
}

/** The sectors of a state that its bare name stands for; rebels, the opposition or civilians are not. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);

/**
 * The same actor, or its country named bare ("the U.S. Department of State" and "U.S."). A state
 * named bare is not on the side of its rebels, opposition or civilians ("Sudanese aircraft struck
 * RSF positions"); a country named bare after an actor of its own is where it acts, not whom.
 */
function sameSide(a: ActorRef, b: ActorRef): boolean {
  if (a.code === b.code) return true;
  if (a.country === null || a.country !== b.country) return false;
  if (b.role === null) return true;
  return a.role === null && STATE_SECTORS.has(b.role);
}

/** A state (its government, military or legislature) or an organisation: who visits, hosts and states positions. */
/** "received a Hamas delegation", "hosted Taliban envoys": armed groups and oppositions are parties diplomats host. */
export function isPartyToTalks(actor: ActorRef): boolean {
  return actor.role === 'REB' || actor.role === 'OPP';
}

function isStateActor(actor: ActorRef): boolean {
  return actor.org !== null || (actor.country !== null && ['GOV', 'MIL', 'LEG', null].includes(actor.role));
}

/**
 * "appeals to donors to fund", "calls on member states to provide": an appeal to a group the
 * dictionaries do not name is addressed to them, not to the counterpart of the last meeting.
 */
function addressedToOthers(tokens: Token[], from: number): boolean {
  let i = from;
  while (i < from + 2 && ADDRESSEE_DETERMINERS.has(tokens[i]?.norm ?? '')) i++;
  const word = tokens[i]?.norm ?? '';
  return ADDRESSEES.has(word) || (word === 'member' && tokens[i + 1]?.norm === 'states');
}
const ADDRESSEE_DETERMINERS = new Set(['the', 'all', 'its', 'their', 'our', 'other', 'international']);
const ADDRESSEES = new Set([
  ...['donors', 'partners', 'members', 'countries', 'governments', 'community', 'nations'],
  ...['stakeholders', 'states', 'actors', 'everyone', 'citizens', 'people', 'public'],
]);

/** Roots of things said to someone: in a readout with no target named, said to the counterpart. */
const ADDRESSED_ROOTS = new Set(['02', '03', '05', '10', '11', '12', '13']);

export function assembleEvents(
  actions: ActionMatch[],
  phrases: ActorPhrase[],
  tokens: Token[],
  sentence: string,
  discourse: Discourse = { speaker: null, lastMeeting: null, lastAttacker: null, placesHit: [] },
): { dyads: Dyad[]; dropped: Dropped[] } {
  const dyads: Dyad[] = [];
  const dropped: Dropped[] = [];
  let previousSources: ActorPhrase[] = [];
  let previousPassive = false;
  // The present form of the verb that gave previousSources: "rejects ... and holds" goes on alike.
  let previousForm: ActionMatch['presentForm'] | undefined;
  // The sentence's asides, found once for all its actions.
  const asides = parentheticals(tokens, phrases);
  for (const action of actions) {
    let code = action.code;
    if (objectOfAWordAct(action, actions)) {
      dropped.push({ action, reason: 'what another act is about (its object)' });
      continue;
    }
    if (action.passive && attackNamedAfterBy(action, actions, tokens)) {
      dropped.push({ action, reason: 'the attack named after "by" is the event' });
      continue;
    }
    if (describesPeacefulAct(action, actions)) {
      dropped.push({ action, reason: 'a participle describing the act before it, which is not force' });
      continue;
    }
    // "Heavy fighting broke out between the Radaa force and militias", "Clashes between Israeli troops
    // and Hezbollah fighters": a fight named as a noun is between the two it names.
    const fightingSides =
      code === '193' && (action.modality === 'embedded' || action.modality === 'asserted')
        ? sidesAfterBetween(action, phrases, tokens)
        : null;
    // "Talks were held in Ashgabat between A and B": between the two, when they took place.
    if (action.pattern.rule.sidesAfterBetween) {
      const sides = talksHeldBetween(action, phrases, tokens);
      if (!sides) {
        dropped.push({ action, reason: 'no two sides of talks that took place' });
        continue;
      }
      const [first, second] = sides;
      const rule = `${code}:"${action.pattern.source}" (between)`;
      dyads.push({ action, code, source: first.actor, target: second.actor, rule });
      continue;
    }
    if (fightingSides) {
      const [first, second] = fightingSides;
      dyads.push({
        action,
        code,
        source: first.actor,
        target: second.actor,
        rule: `${code}:"${action.pattern.source}" (between)`,
      });
      continue;
    }
    if (action.modality !== 'asserted') {
      // ("will hold the Houthis accountable": holding to account to come is a threat, 130.)
      const intent =
        action.modality !== 'future'
          ? null
          : code === '112' && /accountable$/.test(action.pattern.source)
            ? '130'
            : intentOf(code, action.cue);
      if (!intent) {
        dropped.push({ action, reason: `${action.modality} (${action.cue ?? ''})` });
        continue;
      }
      if (intent === '138' && !inOwnWords(action, phrases, tokens)) {
        dropped.push({ action, reason: 'force foretold by someone else, not threatened' });
        continue;
      }
      code = intent;
    }
    if (action.pattern.rule.fromSpeaker) {
      // ('"The Houthis\' reckless attacks on shipping must stop": or the owner opening the subject.)
      const subject =
        [...phrases]
          .reverse()
          .find((phrase) => phrase.end <= action.start && action.start - phrase.end <= 1) ??
        phrases.find(
          (phrase) =>
            phrase.end < action.start &&
            (tokens[phrase.end - 1]?.possessive ?? false) &&
            opensQuoteOrSentence(tokens, phrase.start) &&
            !tokens.slice(phrase.end, action.start).some((token) => token.punct || isPastVerb(token)),
        );
      // "Baku insisted that Armenia must amend ...", "Sybiha stressed that Russia must stop ...": a
      // demand someone is reported making is theirs, not the speaker's.
      const reportedAt = tokens.findIndex(
        (token, i) =>
          i < action.start &&
          (REPORTED_DEMAND.has(token.norm) || SPEECH_VERBS.has(token.norm) || DEMAND_VERBS.has(token.norm)),
      );
      const reporter =
        reportedAt >= 0 ? phrases.find((phrase) => phrase.end === reportedAt)?.actor : undefined;
      // ('"... were behind the arson," Sikorski told reporters': whoever the quotation is given to.)
      const quotedBy = reporter ? undefined : speakerAfterQuote(phrases, tokens, action.end);
      const speaker = reporter ?? quotedBy ?? (reportedAt >= 0 ? undefined : discourse.speaker);
      // ("The repeated attacks on civilian shelters are a grave violation": a judgement is of the
      // sentence's subject, not of a name inside it.)
      // ("Syria's ambassador told reporters that the strikes were a flagrant violation": or of the
      // subject of the clause the speaker's words open.)
      const opensReported = (phrase: ActorPhrase) => {
        const before = tokens[phrase.start - 1]?.norm ?? '';
        return (
          before === 'that' ||
          (reportedAt >= 0 && phrase.start === reportedAt + 1 && SPEECH_VERBS.has(before))
        );
      };
      const judged = code === '111' ? subject && (subject.start <= 1 || opensReported(subject)) : true;
      // ('"We must be braver," Rahman said': what "we" must do is no demand on anyone.)
      const ourselves = ['we', 'i', 'us'].includes(tokens[subject?.start ?? -1]?.norm ?? '');
      if (
        !subject ||
        !speaker ||
        !judged ||
        ourselves ||
        subject.actor.code === speaker.code ||
        // (A state judges what others do: "Russian missiles struck ... These strikes are inconsistent
        // with ..." is no Russian statement. Demands and accusations may be made at home.)
        (code === '111' && subject.actor.country !== null && subject.actor.country === speaker.country)
      ) {
        dropped.push({ action, reason: 'a demand needs a known speaker and the actor it is made of' });
        continue;
      }
      dyads.push({
        action,
        code,
        source: speaker,
        target: subject.actor,
        rule: `${code}:"${action.pattern.source}" (speaker)`,
      });
      continue;
    }
    // "Iran released five Americans and has placed them under house arrest": a verb coordinated by
    // "and" shares the subject of the verb before it.
    // The purpose of a call or meeting ("spoke with Kuleba to condemn") is the caller's act.
    // "was shelled by the RSF, killing 14 civilians": a participle after a passive is the agent's act.
    // "Iran said Israel had violated its airspace and vowed to retaliate": a statement after "and" in
    // a report goes on with the reporter's words, not with the subject of what was reported.
    const reporter =
      sharesSubject(action, tokens) && action.presentForm === null && WORD_ROOTS.has(code.slice(0, 2))
        ? reporterOpening(phrases, tokens, action, discourse.storyStart ?? 0)
        : null;
    // ("the Kingdom rejects the step ... and holds Israel responsible": a present tense after a present
    // tense is a verb too.)
    const sameForm = action.presentForm === null || action.presentForm === previousForm;
    const coordinated =
      !reporter &&
      (action.cue === 'purpose' ||
        (sharesSubject(action, tokens) && sameForm) ||
        (action.participle && previousPassive)) &&
      previousSources.length > 0;
    // "Ecuadorian police forced their way into the Mexican embassy and arrested Glas": with no coded
    // verb before it, a verb after "and" shares the subject that opens the sentence, not the object
    // of the verb before.
    const opening =
      reporter ??
      (!coordinated && sharesSubject(action, tokens) && action.presentForm === null
        ? openingSubject(phrases, tokens, action, discourse.storyStart ?? 0)
        : null);
    const identified = coordinated
      ? previousSources
      : opening
        ? [opening]
        : sourcesFor(action, phrases, tokens, asides);
    // "1. Strongly condemns the attacks by the M23 ...": a communiqué's numbered paragraph has its
    // issuer for subject.
    const implied = (actor: ActorRef): ActorPhrase[] => [
      { start: action.start, end: action.start, actor, seatOnly: false, fromMemory: true, named: false },
    ];
    // (Where the sentence places it, "arrested in Kampala, Uganda", before the story's country; "Israeli
    // police said four people had been arrested": whose police or officials report it, before that.)
    const arrestedIn =
      discourse.placesHit.find((place) => place.at > action.start)?.country.country ??
      arrestingStateReported(phrases, tokens, action.start) ??
      discourse.homeCountry ??
      null;
    // "The Iranian chargé d'affaires was summoned to the Federal Foreign Office": a summons told in
    // the passive with no agent is by the ministry it was made to, else by the statement's issuer.
    const summoner =
      identified.length === 0 && action.passive && code === '114' && !agentNamed(action, tokens)
        ? (summonedTo(action, phrases, tokens) ?? discourse.speaker)
        : identified.length === 0 && action.passive && code.startsWith('084') && !agentNamed(action, tokens)
          ? releasedFrom(action, phrases, tokens)
          : null;
    const found = summoner
      ? implied(summoner)
      : identified.length === 0 && discourse.speaker && opensParagraph(action, tokens)
        ? implied(discourse.speaker)
        : // "At least 30 people were arrested" in a story set in Kenya: by its police.
          identified.length === 0 &&
            action.passive &&
            action.code === '173' &&
            arrestedIn &&
            // ("detained by the Propam internal affairs division": an agent no dictionary knows, of
            // the state's own, is still its police.)
            (!agentNamed(action, tokens) || !agentKnown(action, tokens, phrases)) &&
            !heldNow(action, tokens)
          ? implied(homePolice(arrestedIn))
          : identified;
    // "told reporters the attacks were unacceptable and called on Washington": an act named by a noun
    // ("the attacks" for its attacker) says nothing; what speaks is whoever the sentence reports.
    const sources = WORD_ROOTS.has(code.slice(0, 2))
      ? found.filter((phrase) => !(phrase.fromMemory && namesAnAct(tokens[phrase.end - 1]?.norm ?? '')))
      : found;
    if (!coordinated && objectOfAnotherVerb(action, sources, actions, tokens)) {
      dropped.push({ action, reason: `a noun in the object of another verb (${action.presentForm})` });
      continue;
    }
    // (Only a clause's verb: "condemned the gangs' attacks ..., and expressed their condolences" goes
    // on with the Council, not with the gangs of the noun in its object.)
    // ("said it was concerned by the arrest and called on the government": a predicate's subject too.)
    if (
      sources.length > 0 &&
      (!isNominal(action) || predicateOfBe(action, tokens)) &&
      !namedByANoun(action, tokens)
    ) {
      previousSources = sources;
      previousPassive = action.passive;
      previousForm = action.presentForm;
    }
    if (sources.length === 0) {
      dropped.push({ action, reason: 'no source actor before the verb' });
      continue;
    }
    // "Such indiscriminate attacks against civilians may amount to war crimes": an act named by a noun
    // whose doer is only that noun read back to the last attacker is one told before, not a new one.
    // (An attack of no attacker told, "condemned the attack on Israel", is one of its own.)
    // ("The Israeli military said the strike targeted a Hezbollah commander": an attack whose doer is
    // the attack told before, read back, is that attack again.)
    const toldBefore = (source: ActorPhrase) =>
      source.fromMemory &&
      !isUnknownAttackers(source.actor) &&
      (isNominal(action)
        ? source.end > action.start
        : ATTACK_ROOTS.has(code.slice(0, 2)) && namesAnAct(tokens[source.end - 1]?.norm ?? ''));
    if ((isNominal(action) || ATTACK_ROOTS.has(code.slice(0, 2))) && sources.every(toldBefore)) {
      dropped.push({ action, reason: 'an act told before, named again' });
      continue;
    }
    // ("Guterres witnessed the signing of the peace agreement between Sudan and South Sudan": a lone
    // witness is no party; two leaders who met and witnessed it signed through their ministers.)
    if (
      action.pattern.source.startsWith('@witness') &&
      new Set(sources.map((source) => source.actor.code)).size < 2
    ) {
      dropped.push({ action, reason: 'a signing witnessed by one who is no party to it' });
      continue;
    }
    if (
      action.pattern.rule.stateSource &&
      !sources.every((source) => source.named || isStateActor(source.actor))
    ) {
      dropped.push({ action, reason: 'a position only a state or an organisation states' });
      continue;
    }
    // "supplies to the Haitian population, which arrived in Port-au-Prince", "migrants arrived in
    // Lampedusa": people or goods arriving make no visit.
    if (
      code === '042' &&
      sources.every((source) => !source.named && ['CVL', 'REF'].includes(source.actor.role ?? ''))
    ) {
      dropped.push({ action, reason: 'civilians or refugees arriving make no visit' });
      continue;
    }
    let targets = targetsFor(action, phrases, tokens, sources).filter(
      (phrase) =>
        (!action.pattern.rule.stateTarget || isStateActor(phrase.actor) || isPartyToTalks(phrase.actor)) &&
        (!action.pattern.rule.organizationTarget || phrase.actor.org !== null) &&
        // "met on the sidelines of a summit in Samarkand": where the gathering was, not whom they met.
        !(code.startsWith('04') && hostsAGathering(phrase, tokens)) &&
        // ("U.S.-hosted talks in Geneva": where the host held them, never its guest.)
        !(code === '043' && ['in', 'at'].includes(tokens[phrase.start - 1]?.norm ?? '')) &&
        // "rejects the step, which came under the protection of Israeli police, and ...": a name in a
        // relative clause between commas belongs to that clause.
        // ("condemned the attack, which was claimed by al-Shabaab, in the strongest terms": whoever
        // owned to an act judged is its doer.)
        (!inRelativeClause(asides, tokens, phrase, action) || ownedBy(tokens, phrase.start)) &&
        // "each released 103 prisoners in an exchange mediated by the UAE": the mediator is no side.
        !mediator(tokens, phrase) &&
        // "congratulated the winner, and the African Union and ECOWAS praised ...": a clause of its own.
        !(phrase.start > action.end && opensAClause(tokens, phrases, phrase)) &&
        // "Israel will release 30 prisoners and Hamas will free 10 hostages": the subject of the next clause.
        !(
          phrase.start > action.end &&
          tokens[phrase.start - 1]?.norm === 'and' &&
          CLAUSE_VERBS.has(tokens[phrase.end]?.norm ?? '')
        ) &&
        // "expressed concern over the South China Sea, without naming China": left unnamed on purpose.
        !(
          WITHOUT_NAMING.has(tokens[phrase.start - 1]?.norm ?? '') &&
          tokens[phrase.start - 2]?.norm === 'without'
        ),
    );
    let actingSources = sources;
    const [first, second] = sources;
    const mutual = action.pattern.rule.mutual === true;
    // "The US and China clashed over trade", "negotiators clashed at the talks": a clash of words.
    if (
      mutual &&
      ATTACK_ROOTS.has(code.slice(0, 2)) &&
      first &&
      second &&
      (disputeOver(tokens, action.end) || sources.every((source) => source.actor.role === 'GOV'))
    ) {
      dropped.push({ action, reason: 'a dispute between the two, not a fight' });
      continue;
    }
    // "Iran and Saudi Arabia met in Beijing on Monday with Chinese officials": a "with" later in the
    // clause names whom they met, past the place and the time.
    const partners = mutual ? partnersAfterWith(action, phrases, tokens) : [];
    const named = targets[0];
    // "Putin and Xi discussed Ukraine with Lukashenko by phone": the one after "with" inside the
    // pattern's own words is whom both spoke with (or the one spoke with).
    const inner = mutual
      ? phrases.find(
          (phrase) =>
            phrase.start > action.start &&
            phrase.end <= action.end &&
            tokens[phrase.start - 1]?.norm === 'with' &&
            !sources.includes(phrase),
        )
      : undefined;
    if (partners.length > 0) {
      targets = partners;
    } else if (inner && second) {
      targets = [inner];
    } else if (first && second && pairsSubjects(action, code, first, second, named, tokens)) {
      // "Japan and the Philippines signed a pact": a joint act, coded once from the first named.
      // ("The leaders of Egypt, France and Jordan met": from the first to each of the others.)
      actingSources = [first];
      targets = sources.slice(1).filter((other) => !sameActor(other.actor, first.actor));
    } else if (inner && named && isTopic(action, named, tokens)) {
      // "discussed the Gaza war with Haniyeh by phone": the one after the pattern's own "with" is the
      // counterpart, not what was discussed.
      targets = [inner];
    }
    const meeting = discourse.lastMeeting;
    const readoutTarget =
      targets.length === 0 &&
      meeting !== null &&
      ADDRESSED_ROOTS.has(code.slice(0, 2)) &&
      // (A rule that names where its target stands, "released ... held by", has none elsewhere.)
      !action.pattern.rule.targetAfter &&
      // ("further condemns the missile strike on Sumy" after a call with Ukraine: an act judged is
      // aimed at its doer, whom the sentence does not name, not at the counterpart.)
      !(code.startsWith('11') && judgesAnAct(tokens, action.end)) &&
      actingSources.some((source) => source.actor.country === meeting.source.country) &&
      // "Turkey and Egypt have backed opposing sides": both sides acting is not one addressing the other.
      !actingSources.some((source) => source.actor.country === meeting.target.country) &&
      !addressedToOthers(tokens, action.end);
    if (readoutTarget && meeting) {
      dyads.push(...eachAgainst(actingSources, meeting.target, action, code, 'to the counterpart'));
      continue;
    }
    // "Russia, which has bases in both countries, urged restraint": a call for restraint that names no
    // one is made of the sides of the last fight or meeting, when it is not among them.
    const sides = discourse.sides ?? [];
    if (
      targets.length === 0 &&
      code === '0256' &&
      sides.length === 2 &&
      // ("called on Israel to agree to a ceasefire" names one, if only the caller itself; "urged the
      // international community to pressure Israel" one it is about.)
      !phrases.some((phrase) => phrase.start >= action.end) &&
      !actingSources.some((source) => sides.some((side) => sameSide(source.actor, side)))
    ) {
      for (const side of sides)
        dyads.push(...eachAgainst(actingSources, side, action, code, 'the sides it named'));
      continue;
    }
    // "The African Union welcomed the signing", "Blinken welcomed the agreement": praise of an
    // agreement the story told is praise of its sides; so is a judgement or a rejection of it
    // ("Somalia described the deal as an act of aggression").
    const agreement = discourse.lastAgreement;
    const judgesAgreement = code.startsWith('05') || code.startsWith('11') || code.startsWith('12');
    // (Inside the pattern too: "described the agreement as".)
    const agreementNamed =
      namesAnAgreement(tokens, action.end) ||
      (/ as$/.test(action.pattern.source) && namesAnAgreement(tokens, action.head + 1));
    if (targets.length === 0 && agreement && judgesAgreement && agreementNamed) {
      for (const side of [agreement.source, agreement.target]) {
        const praising = actingSources.filter((source) => !sameSide(source.actor, side));
        dyads.push(...eachAgainst(praising, side, action, code, 'the sides of the agreement'));
      }
      continue;
    }
    // "Three Lebanese civilians were killed in an Israeli air strike": the victims come before the
    // attack. Named with their country, they are the target even when a place follows the attack
    // ("... air strike in the south of Lebanon" says where, not whom).
    const victims = victimsBefore(actingSources, phrases, tokens);
    if (victims && (targets.length === 0 || victims.actor.country || victims.actor.org)) targets = [victims];
    // ("condemned Poland's expulsions and promised a response": whom the act before it was aimed at.)
    const respondedTo = action.pattern.rule.targetIsLastAttacker ? dyads.at(-1)?.target : null;
    const attacker = respondedTo ?? discourse.lastAttacker;
    if (targets.length === 0 && action.pattern.rule.targetIsLastAttacker && attacker) {
      // (No one responds to their own country: "We will not hesitate to act again" after a British strike.)
      const responders = actingSources.filter(
        (source) =>
          source.actor.code !== attacker.code &&
          (attacker.country === null || source.actor.country !== attacker.country),
      );
      dyads.push(...eachAgainst(responders, attacker, action, code, 'at the last attacker'));
      continue;
    }
    // "A suicide bomber killed 20 people at a market in Kabul", "Eight people were killed in an air
    // strike by ...": people counted next to an attack are the civilians of the country it happened
    // in (before the place alone is taken for whom it hit).
    const attackWithoutTarget = ATTACK_ROOTS.has(code.slice(0, 2)) && targets.length === 0;
    // (Only in a story set in one country: with none, where an unplaced attack hit is not guessed.)
    const home =
      attackWithoutTarget && discourse.home && discourse.countryOf
        ? homeOfFighters(actingSources, discourse.home, discourse.countryOf)
        : null;
    const victimsAfter = attackWithoutTarget
      ? (countedVictims(action, discourse.placesHit, tokens, home) ??
        countedVictimsBefore(action, actingSources, discourse.placesHit, tokens))
      : null;
    if (victimsAfter) {
      dyads.push(...eachAgainst(actingSources, victimsAfter, action, code, 'the people it hit'));
      continue;
    }
    // "arrested a man suspected of spying for Russia": a spy suspect is held as the state he is said to
    // work for, however they are counted (the guide codes "acting on behalf of the Russian Federation" as RUS/GOV).
    const spiedFor = code.startsWith('17') ? spyingFor(tokens, action.end, phrases) : null;
    if (spiedFor) {
      const arresters = actingSources.filter((source) => !sameSide(source.actor, spiedFor));
      dyads.push(...eachAgainst(arresters, spiedFor, action, code, 'the state a spy suspect works for'));
      continue;
    }
    // "Police in Lagos arrested 120 people", "At least 40 people were arrested by police": people
    // counted right after an arrest, or before it in the passive, named by no country, are the
    // arresting state's own.
    const detained =
      code.startsWith('17') && targets.length === 0
        ? (tokens[countedPeopleAt(tokens, action.end)]?.text ?? countedBeforePassive(tokens, action.start))
        : undefined;
    // "Myanmar's junta released 3,000 prisoners", "pardoned 37 prisoners": a state frees its own.
    const freed =
      code === '0841' && targets.length === 0 && PRISONER_NOUNS.has(tokens[action.end - 1]?.norm ?? '')
        ? tokens[action.end - 1]?.text
        : undefined;
    // ("Russia and Ukraine released 100 prisoners each": an exchange frees the other side's.)
    if (
      freed &&
      new Set(actingSources.map((source) => source.actor.country)).size === 1 &&
      tokens[action.end]?.norm !== 'each' &&
      actingSources.every(
        (source) => source.actor.country !== null && !HOME_FIGHTER_ROLES.has(source.actor.role ?? ''),
      )
    ) {
      for (const source of actingSources) {
        const people = peopleOf(source.actor.country as string, freed);
        dyads.push(...eachAgainst([source], people, action, code, 'the prisoners it freed'));
      }
      continue;
    }
    if (detained && actingSources.every((source) => source.actor.country !== null)) {
      for (const source of actingSources) {
        const people = peopleOf(source.actor.country as string, detained);
        dyads.push(...eachAgainst([source], people, action, code, 'the people it held'));
      }
      continue;
    }
    // "Israeli tank shelling in the south of Gaza killed five": an attack that names no one it hit
    // hit the country where it happened, when that is not the attacker's own.
    const struck =
      attackWithoutTarget && !action.pattern.rule.targetOptional
        ? placeStruck(action, discourse.placesHit, tokens, actingSources)
        : null;
    // "JNIM attacked an army outpost": with no place at all, a site the attack names.
    // (A wire dateline's city is where the report was filed, no place the sentence names.)
    const site =
      !struck &&
      home &&
      discourse.placesHit.every((hit) => hit.at < (discourse.storyStart ?? 0)) &&
      !action.pattern.rule.targetOptional
        ? siteStruck(action, tokens, home)
        : null;
    if (struck && attackersOf(actingSources, struck)) {
      dyads.push(...eachAgainst(actingSources, struck, action, code, 'where it happened'));
      continue;
    }
    if (site && attackersOf(actingSources, site)) {
      dyads.push(...eachAgainst(actingSources, site, action, code, 'the site it hit'));
      continue;
    }
    // "expelled diplomats from seven Latin American countries, including Argentina, Chile and Peru":
    // the countries the list names.
    if (targets.length === 0) {
      const including = tokens.findIndex(
        (token, i) =>
          i >= action.end &&
          i <= action.end + TARGET_WINDOW &&
          token.norm === 'including' &&
          tokens[i - 1]?.norm === ',',
      );
      const first = including >= 0 ? phrases.findIndex((phrase) => phrase.start === including + 1) : -1;
      const named = phrases[first];
      if (named) targets = [named, ...conjuncts(phrases, first, tokens, 1)];
    }
    // "Peru's government declared a state of emergency": a measure at home is aimed at its people.
    if (targets.length === 0 && action.pattern.rule.ownPeopleTarget) {
      for (const source of actingSources) {
        const country = source.actor.country;
        if (!country || source.actor.org) continue;
        dyads.push(...eachAgainst([source], peopleOf(country, 'population'), action, code, 'its own people'));
      }
      continue;
    }
    // "The ELN released Luis Manuel Diaz", "police arrested comedian Aung Kyaw Moe": a person the
    // dictionaries do not know, held or freed by a state or a group, is one of that country's people.
    // ("Georgian police arrested more than 300 people", "arresting dozens": people counted, likewise.)
    const person =
      targets.length === 0 && PERSON_ACTS.has(code)
        ? (unknownPersonAfter(tokens, action.end, phrases) ?? countedPeopleAfter(tokens, action.end, phrases))
        : null;
    if (person) {
      for (const source of actingSources) {
        // ("Hamas fighters stormed southern Israel and seized 250 hostages": those an armed group
        // takes are the people where it struck, not its own.)
        const whereTaken =
          code === '181' && !isStateActor(source.actor)
            ? (discourse.placesHit[0]?.country.country ?? discourse.homeCountry)
            : null;
        const country = whereTaken ?? source.actor.country ?? discourse.homeCountry ?? null;
        if (!country) continue;
        const civilian = peopleOf(country, person);
        dyads.push(...eachAgainst([source], civilian, action, code, 'a person the dictionaries do not know'));
      }
      continue;
    }
    // "lodged a strong protest against North Korea and strongly condemned the launch": an act judged
    // in a second clause of the same subject is the doing of the first clause's target.
    const judgedBefore =
      targets.length === 0 &&
      code.startsWith('11') &&
      andBefore(tokens, action.start) &&
      judgesAnAct(tokens, action.end, true)
        ? dyads.findLast(
            (dyad) =>
              dyad.action.end <= action.start &&
              dyad.target !== null &&
              actingSources.some((source) => sameActor(source.actor, dyad.source)),
          )
        : undefined;
    if (judgedBefore?.target) {
      dyads.push(
        ...eachAgainst(
          actingSources,
          judgedBefore.target,
          action,
          code,
          'whom the clause before is aimed at',
        ),
      );
      continue;
    }
    if (targets.length === 0 && !action.pattern.rule.targetOptional) {
      dropped.push({ action, reason: NO_TARGET });
      continue;
    }
    const rule = `${action.pattern.rule.code}:"${action.pattern.source}"${action.passive ? ' (passive)' : ''}`;
    for (const source of actingSources) {
      if (targets.length === 0) {
        dyads.push({ action, code, source: source.actor, target: null, rule });
        continue;
      }
      for (const target of targets) {
        if (sameActor(source.actor, target.actor)) {
          dropped.push({ action, reason: `source and target are both ${source.actor.code}` });
          continue;
        }
        if (!targetThenHolds(action, target, tokens, sentence)) {
          dropped.push({ action, reason: 'not the words this sense of the verb has after its object' });
          continue;
        }
        // (An intent stays one: "will host Zelensky in Berlin next week" is no visit yet.)
        const refinement = code === '036' ? null : afterTargetRefinement(action, target, tokens, sentence);
        // A city struck is its country, not its government.
        const struck = target.seatOnly && FORCE_CODES.test(code) ? asCountry(target.actor) : target.actor;
        dyads.push({ action, code: refinement?.code ?? code, source: source.actor, target: struck, rule });
        if (refinement?.reverse) {
          dyads.push({
            action,
            code: refinement.reverse,
            source: target.actor,
            target: source.actor,
            rule: `${rule} (reverse)`,
          });
        }
      }
    }
    // "At the invitation of President Mirziyoyev, Tokayev paid a state visit to Uzbekistan": the text
    // plainly says who hosts, so the host's 043 goes beside the visit (the guide's visit pair).
    const host = code === '042' ? invitingHost(phrases, tokens, targets) : null;
    if (host) {
      for (const source of actingSources) {
        if (sameActor(host.actor, source.actor) || host.actor.country === source.actor.country) continue;
        dyads.push({ action, code: '043', source: host.actor, target: source.actor, rule: `${rule} (host)` });
      }
    }
    // "hosted Armenia's and Azerbaijan's ministers for talks": the guests negotiate with each other.
    const [firstGuest, secondGuest] = targets;
    const hostsTalks =
      code === '043' &&
      /\b(?:talks|negotiations|dialogue)\b/i.test(sentence.slice(tokens[action.end - 1]?.end ?? 0));
    if (hostsTalks && firstGuest && secondGuest && !sameActor(firstGuest.actor, secondGuest.actor)) {
      dyads.push({
        action,
        code: '046',
        source: firstGuest.actor,
        target: secondGuest.actor,
        rule: `${rule} (guests negotiate)`,
      });
    }
  }
  // ("welcomed New Zealand's Deputy Prime Minister ... Winston Peters to Berlin": the owner and the
  // person are one guest; the welcome that hosts him is not also praise of his country.)
  const hosted = dyads.filter((dyad) => dyad.code === '043');
  if (hosted.length > 0) {
    const praise = (dyad: Dyad) =>
      dyad.code === '051' &&
      hosted.some(
        (host) =>
          host.action === dyad.action &&
          host.source.code === dyad.source.code &&
          host.target?.country !== undefined &&
          host.target?.country === dyad.target?.country,
      );
    for (let k = dyads.length - 1; k >= 0; k--) if (praise(dyads[k] as Dyad)) dyads.splice(k, 1);
  }
  // "Putin apologised to Aliyev in a phone call on Saturday": the call is an event between the two
  // as well, when no "call with" named it already.
  if (
    sentence.includes('phone') &&
    BY_PHONE.test(sentence) &&
    !dyads.some((dyad) => dyad.code.startsWith('04'))
  ) {
    const called = new Set<string>();
    for (const dyad of [...dyads]) {
      const { target } = dyad;
      if (!target || !VERBAL_ROOTS.has(dyad.code.slice(0, 2))) continue;
      const pair = `${dyad.source.code}>${target.code}`;
      if (called.has(pair)) continue;
      called.add(pair);
      dyads.push({ ...dyad, code: '041', rule: `${dyad.rule} (by phone)` });
    }
  }
  return { dyads, dropped };
}

/** A verbal act told as done over the telephone, with no "with" naming whom the call was with. */
const BY_PHONE =
  /\b(?:in|during) an? (?:tele)?phone (?:call|conversation)\b(?! with)|\bby (?:tele)?phone\b(?! with)/i;
/**
 * Statements, appeals, criticism and threats: acts done in words, which a call carries and which are
 * dated when they were made, not by the dates they mention.
 */
export const VERBAL_ROOTS = new Set(['01', '02', '03', '05', '10', '11', '12', '13']);
