/**
 * Actors: finds the names in a sentence (people, organisations, countries, seats of government, role
 * words), joins the pieces that name one actor ("Egypt's President Abdel Fattah Al-Sisi") and resolves
 * each phrase to a CAMEO actor using the role that was current on the publication date.
 */
import type { Dictionaries, NamedThing } from '../dictionaries';
import type { ActorEntry, CountryEntry, DatedRole } from '../dictionaries/types';
import { isPastVerb, nameTokens, type Token } from '../text/tokens';
import type { ActorRef } from '../types';
import { DATELINE_DASHES, MONTH_WORDS, RIVER_WORDS, VENUES } from './find-places';

export interface ActorPhrase {
  /** Token span, end exclusive. */
  start: number;
  end: number;
  actor: ActorRef;
  /** A capital or seat standing for a government: only an actor when it is the one acting. */
  seatOnly: boolean;
  /** Resolved from a pronoun or a surname seen earlier in the document. */
  fromMemory: boolean;
  /** A person or organisation the dictionaries name ("Hezbollah", "Blinken"), not a role word. */
  named: boolean;
}

/** What the coder remembers across the sentences of one document. */
export interface DocumentMemory {
  /** Surnames and short names of people already named in full, for later mentions. */
  aliases: Map<string, ActorRef>;
  lastPerson: ActorRef | null;
  /** Who "we" is: the first government actor that acted in the document. */
  speaker: ActorRef | null;
  /** Whether the speaker is known for sure: a release's issuer, or "at my direction" its forces. */
  speakerSure: boolean;
  /** Who speaks with the speaker in a joint statement ("We, the Foreign Ministers of Canada and Germany"). */
  coSpeakers: ActorRef[];
  /** The country the story happens in, for "police" or "protesters" named without one. */
  homeCountry: string | null;
  /** A news report under a dateline: a state opening one of its sentences is no issuer ("we" is quoted). */
  wireStory: boolean;
  /** Who carried out the last attack coded: "these attacks" and "this assault" refer to them. */
  lastAttacker: ActorRef | null;
  /** The court that did the last act coded: whose "the verdict" and "the trial" are. */
  lastCourt: ActorRef | null;
  /** Who carried out the attacks coded so far, the most recent last (a few): see attackerCondemnedBy. */
  attackers: ActorRef[];
  /** The target of the last event: who "them" is ("released five Americans and placed them ..."). */
  lastTarget: ActorRef | null;
  /** Who took part in the last meeting or fight: who "the two sides" and "both leaders" are. */
  participants: ActorRef[];
  /** Who took part in the last meeting or call: who "the two leaders" are after a fight told since. */
  meetingParticipants: ActorRef[];
  /** The two states of the last event between two countries: who "the two neighbours" are. */
  lastStatePair: ActorRef[];
  /** The people named in earlier sentences, the most recent last: whom "him" can stand for. */
  people: ActorRef[];
  /** Who did the last act of each CAMEO root, the most recent root last (see lastDoerOf). */
  lastByRoot: Map<string, ActorRef>;
  /** The armed group the story named last with its country or organisation ("the ELN rebels"). */
  lastArmedGroup: ActorRef | null;
  /** Organisations the story has named, by code, the most recent last: whom "Brussels" stands for. */
  organisations: Map<string, ActorRef>;
  /** The state forces the story named last with their country: whom "the army" stands for. */
  lastForces: ActorRef | null;
  /** The armed group or non-governmental group the story named last: whom "the group" stands for. */
  lastGroup: ActorRef | null;
  /** Sentences read so far: the first few short ones are a release's header. */
  sentencesRead: number;
  /** The state or organisation that last opened a sentence as its subject: whom "It" and "They" may be. */
  lastOpening: ActorRef | null;
  /** Who the last sentence's quotation was attributed to: the "I" of a quotation that goes on. */
  lastQuoteSpeaker: ActorRef | null;
  /** The sides a group reference opening the last sentence stood for ("The two ministers ..."). */
  lastOpeningGroup: ActorRef[];
  /** Whether the last sentence coded a meeting: "They signed an agreement" next is those who met. */
  metLastSentence: boolean;
  /**
   * The organisation whose members the story named as a body ("EU foreign ministers", "the heads of
   * government of CARICOM"): whom "the ministers" and "the leaders" stand for.
   */
  orgMembers: ActorRef | null;
  /** Bodies the story named, by the noun their name ends in: whom "the Council" stands for later. */
  bodies: Map<string, ActorRef>;
}

export function newMemory(homeCountry: string | null = null, wireStory = false): DocumentMemory {
  return {
    wireStory,
    aliases: new Map(),
    lastPerson: null,
    speaker: null,
    speakerSure: false,
    coSpeakers: [],
    homeCountry,
    lastAttacker: null,
    attackers: [],
    lastCourt: null,
    lastTarget: null,
    participants: [],
    meetingParticipants: [],
    lastStatePair: [],
    people: [],
    lastByRoot: new Map(),
    lastArmedGroup: null,
    organisations: new Map(),
    lastForces: null,
    lastGroup: null,
    bodies: new Map(),
    sentencesRead: 0,
    lastQuoteSpeaker: null,
    lastOpeningGroup: [],
    metLastSentence: false,
    lastOpening: null,
    orgMembers: null,
  };
}

type PieceKind = 'actor' | 'country' | 'agent';

interface Piece {
  start: number;
  end: number;
  things: NamedThing[];
  /** How the piece reads inside a phrase: role words first, because they usually modify a name. */
  primary: PieceKind;
  /** A surname or short name resolved from earlier in the document. */
  remembered?: ActorRef;
  /** A title that has taken in words of an unknown person's name ("Foreign Minister Therese ..."). */
  holdsName?: boolean;
  /** Where the name a title took in starts (its first word). */
  nameStart?: number;
}

/** Words that may sit inside one actor's name: "Secretary of State", "spokesperson for the presidency". */
const JOINERS = new Set(['of', 'the', 'for', 'from']);
/** Words for a kind of body between a country's adjective and its role: "Chinese state media". */
const KIND_WORDS = new Set([
  'state',
  'oil',
  'gas',
  'steel',
  'mining',
  'nickel',
  'riot',
  'border',
  'counterterrorism',
  // ("Germany's federal prosecutor", "Kenya's public prosecutor", "Iraq's top court".)
  ...['federal', 'public', 'top', 'chief'],
]);
/** Possessive determiners: "its troops" belong to an actor named elsewhere. */
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);
/** Roles that make an actor on their own ("militants", "protesters"); a state role needs its state. */
const STANDALONE_ROLES = new Set([
  'REB',
  'CVL',
  'MED',
  'REF',
  'NGO',
  'INS',
  'SEP',
  'COP',
  'OPP',
  'JUD',
  'LEG',
  'LAB',
  // "Armed men stormed a school": an armed band is an actor on its own, as rebels are.
  'UAF',
  // "Gang members attacked the town", "police arrested 12 smugglers": criminals act on their own.
  'CRM',
]);
/** Roles a state's report names without the state: "said soldiers", "said police". */
const REPORTED_ROLES = new Set(['MIL', 'COP']);

/** The country of the state actor right before "said (that)" just before `at`, if any. */
function reportingState(tokens: Token[], at: number, phrases: ActorPhrase[]): string | null {
  const verb = tokens[at - 1]?.norm === 'that' ? at - 2 : at - 1;
  if (!SPEECH_VERBS.has(tokens[verb]?.norm ?? '')) return null;
  const speaker = phrases.find((phrase) => phrase.end === verb);
  const actor = speaker?.actor;
  return actor?.country && (actor.role === null || ['GOV', 'MIL', 'COP'].includes(actor.role))
    ? actor.country
    : null;
}

/** Domestic roles named without a country belong to the country the story happens in. */
const DOMESTIC_ROLES = new Set(['CVL', 'COP', 'OPP', 'JUD', 'LEG', 'MED', 'LAB', 'CRM']);
/** Words for a state's government that, alone, are the government of the country a story is set in. */
const HOME_GOVERNMENT = new Set([
  ...['government', 'authorities', 'junta', 'regime'],
  ...['military government', 'interim government', 'transitional government', 'military junta'],
  // ("The Foreign Ministry summoned the British ambassador" in a story set in Kenya: Kenya's.)
  ...['foreign', 'interior', 'defence', 'defense', 'commerce', 'finance', 'justice', 'home'].map(
    (office) => `${office} ministry`,
  ),
]);
/** Words between "the" and "government" that leave it the home government ("the federal government"). */
const GOVERNMENT_MODIFIERS = new Set(['federal', 'central', 'national', 'new', 'ruling']);
/** Rebels and unaligned armed groups: "the militants" stands for the last one the story named. */
const ARMED_GROUP_ROLES = new Set(['REB', 'UAF']);
const SHORT_FORM = 3;

function roleCovers(role: DatedRole, day: string): boolean {
  return (role.from === undefined || role.from <= day) && (role.to === undefined || day <= role.to);
}

/** The role an actor held on `day`: dated roles first, elite-only roles last. */
export function roleOn(entry: ActorEntry, day: string): DatedRole | null {
  const covering = entry.roles.filter((role) => roleCovers(role, day));
  const ranked = covering.sort((a, b) => rank(a) - rank(b));
  return ranked[0] ?? null;
}

/**
 * A known person on a day none of their dated roles covers (the dictionaries end somewhere): still
 * of their country, as an elite (CAMEO ELI) in no known office; a title in the text ("General") gives the role.
 */
function outOfOfficeRole(entry: ActorEntry, day: string): DatedRole | null {
  const nearest = [...entry.roles]
    .filter((role) => role.country !== null && role.org === null)
    .sort((a, b) => distanceInDays(a, day) - distanceInDays(b, day))[0];
  return nearest ? { code: `${nearest.country}ELI`, country: nearest.country, role: 'ELI', org: null } : null;
}

function distanceInDays(role: DatedRole, day: string): number {
  const time = Date.parse(day);
  const from = role.from ? Date.parse(role.from) : Number.NEGATIVE_INFINITY;
  const to = role.to ? Date.parse(role.to) : Number.POSITIVE_INFINITY;
  return time < from ? from - time : time > to ? time - to : 0;
}

function rank(role: DatedRole): number {
  const elite = role.role === 'ELI' ? 2 : 0;
  const undated = role.from === undefined && role.to === undefined ? 1 : 0;
  return elite + undated;
}

function acceptable(thing: NamedThing, first: Token, surface: number): boolean {
  if (thing.kind === 'agent') return true;
  // Proper names are capitalised; very short forms (US, UN, EU) must be written in capitals so the
  // pronoun "us" or the word "un-" never become actors.
  // A person's short name is written as a name: "Xi said", "Li met"; so is a short form that is
  // the start of its country's name rather than an acronym: "Lao" for Laos (not "Pa" for Palestine).
  if (surface <= SHORT_FORM)
    return (
      first.allCaps ||
      first.text.includes('.') ||
      (first.capitalized && (isPerson(thing) || shortCountryWord(thing, first)))
    );
  // "a senior al-Shabaab commander": an Arabic article before the capital.
  return first.capitalized || ARTICLE_PREFIX.test(first.text);
}

function shortCountryWord(thing: NamedThing, first: Token): boolean {
  return (
    thing.kind === 'country' &&
    first.norm.length === SHORT_FORM &&
    thing.entry.name.toLowerCase().startsWith(first.norm)
  );
}

/**
 * Where "We, the Foreign Ministers of A and B, ..." closes its apposition of authors: the comma before
 * the verb, past the commas of its list ("of Canada, France, Germany ..., and the High Representative
 * of the European Union, met"); -1 when the sentence does not open so.
 */
export function authorsAppositionEnd(tokens: Token[]): number {
  if (tokens[0]?.norm !== 'we' || tokens[1]?.norm !== ',') return -1;
  return tokens.findIndex(
    (token, k) =>
      k > 1 &&
      token.norm === ',' &&
      !tokens[k + 1]?.capitalized &&
      !['and', 'the', 'or'].includes(tokens[k + 1]?.norm ?? ''),
  );
}

/** Words that join a patronymic to a name: "bin Hamad", "bint Mohammed", "ibn Saud". */
const PATRONYMIC = new Set(['bin', 'bint', 'ibn']);

/** Countries whose names put the family name first, as the news writes them. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'KOR', 'PRK', 'TWN', 'VNM', 'HKG']);

/** Adds a person to the recent people, most recent last, at most six. */
function remember(people: ActorRef[], person: ActorRef): void {
  const known = people.findIndex((other) => other.name === person.name);
  if (known >= 0) people.splice(known, 1);
  people.push(person);
  if (people.length > 6) people.shift();
}

/** A person in the dictionaries: a name of several words and roles in no organisation. */
function isPerson(thing: NamedThing): boolean {
  return (
    thing.kind === 'actor' &&
    thing.entry.name.includes(' ') &&
    thing.entry.roles.every((role) => role.org === null && role.country !== null)
  );
}

/** The Arabic article a name may start with ("al-Sisi", "el-Sisi", "ash-Sharaa"). */
const ARABIC_ARTICLE = '(?:al|el|ad|ash|as|an|ar|at|az)-';
const ARTICLE_PREFIX = new RegExp(`^${ARABIC_ARTICLE}\\p{Lu}`, 'u');
const LEADING_ARTICLE = new RegExp(`^${ARABIC_ARTICLE}`);
/** "Al-Thani", "al-Sudani": a family name with the Arabic article, either case. */
const ARABIC_FAMILY_NAME = /^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh|[Aa]s|[Aa]n|[Aa]r|[Aa]t|[Aa]z)-\p{Lu}/u;
/** "the Gulf of Oman", "the Sea of Japan": a country named after these is a body of water. */
const WATER_WORDS = new Set(['gulf', 'sea', 'bay', 'strait', 'straits']);
/** "the Jenin refugee camp", "a displaced persons camp": the place people live, not the people. */
const CAMP_WORDS = new Set(['camp', 'camps']);

/** First words of places named after a country ("Puerto Jordan", "Lake Chad", "Fort Liberia"). */
const PLACE_PREFIXES = new Set(['puerto', 'port', 'fort', 'lake', 'mount', 'san', 'santa', 'nueva', 'nuevo']);

/** "Latin America", "South American", "North America": a region or its people, not the United States. */
const AMERICAS = new Set(['latin', 'south', 'central', 'north']);

/** A name that is part of a place's: a country after "Gulf of", role words before "camp". */
function partOfPlace(tokens: Token[], start: number, end: number, things: NamedThing[]): boolean {
  if (/^america(?:ns?)?$/.test(tokens[start]?.norm ?? '') && AMERICAS.has(tokens[start - 1]?.norm ?? ''))
    return true;
  if (things.every((thing) => thing.kind === 'country' || thing.kind === 'seat'))
    return (
      (tokens[start - 1]?.norm === 'of' && WATER_WORDS.has(tokens[start - 2]?.norm ?? '')) ||
      // "near the Niger River", "the Jordan Valley", "the South China Sea": a place named after the country.
      (tokens[end]?.capitalized === true &&
        (RIVER_WORDS.has(tokens[end]?.norm ?? '') || WATER_WORDS.has(tokens[end]?.norm ?? ''))) ||
      // "a military base in Puerto Jordan", "Lake Chad": the same, named by a word before it.
      (tokens[start - 1]?.capitalized === true && PLACE_PREFIXES.has(tokens[start - 1]?.norm ?? ''))
    );
  return things.every((thing) => thing.kind === 'agent') && CAMP_WORDS.has(tokens[end]?.norm ?? '');
}

function primaryKind(things: NamedThing[]): PieceKind {
  if (things.some((thing) => thing.kind === 'agent')) return 'agent';
  if (things.some((thing) => thing.kind === 'actor')) return 'actor';
  return 'country';
}

/**
 * "the Philippine Coast Guard (PCG)" or just "the Philippine Coast Guard" ... "The PCG condemns": an
 * organisation's initials, given in brackets after its name or made of its name's capitalized words
 * (three or more, or the first three or more of them), stand for it in the rest of the story.
 */
function learnAcronym(tokens: Token[], start: number, end: number, actor: ActorRef, memory: DocumentMemory) {
  if (acronymAside(tokens, end)) {
    // ("the African Union Support and Stabilization Mission in Somalia (AUSSOM)": the brackets
    // name the whole name, not the place that ends it.)
    const before = tokens[start - 1];
    if (
      before &&
      !before.punct &&
      before.norm !== 'the' &&
      (before.capitalized || NEVER_NAMES.has(before.norm))
    )
      return;
    const given = tokens[end + 1]?.norm ?? '';
    if (!memory.aliases.has(given)) memory.aliases.set(given, actor);
    return;
  }
  const words = tokens.slice(start, end).filter((token) => token.capitalized && !NEVER_NAMES.has(token.norm));
  if (words.length < 3 || words.length < end - start - 2) return;
  // ("the Ministry of Foreign Affairs of Japan" ... "the MFA": a name's place may be left out.)
  let initials = '';
  for (const word of words) {
    initials += word.norm[0];
    if (initials.length >= 3 && !memory.aliases.has(initials)) memory.aliases.set(initials, actor);
  }
}

/** Words of the names of forces and bodies, never a person's name a title takes in. */
const BODY_NAME_WORDS = new Set([
  ...['force', 'forces', 'army', 'air', 'navy', 'guard', 'coast', 'corps', 'command', 'people'],
  ...['liberation', 'defence', 'defense', 'ministry', 'council', 'committee', 'office', 'service'],
]);

/**
 * "Richard Grenell, President Donald Trump's envoy for special missions, in Caracas": an office in
 * apposition may go on with its remit ("for ...", "on ...") up to its closing comma.
 */
function officeGoesOn(tokens: Token[], at: number): boolean {
  if (!['for', 'on', 'to'].includes(tokens[at]?.norm ?? '')) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 7); k++) {
    if (tokens[k]?.norm === ',') return true;
    if (tokens[k]?.punct || isPastVerb(tokens[k])) return false;
  }
  return false;
}

/**
 * Words after a name that make it a group of people, not a person "he" may stand for: what a named
 * group calls itself ("the Houthi movement", "the M23 group", "the Viv Ansanm gang coalition").
 */
export const GROUP_WORDS = new Set([
  ...['gang', 'gangs', 'coalition', 'group', 'militia', 'movement', 'alliance', 'faction'],
  ...['organisation', 'organization'],
]);

/** Small words that are never part of a person's name, however they are capitalized. */
const NEVER_NAMES = new Set([
  'on',
  'in',
  'at',
  'the',
  'to',
  'for',
  'and',
  'with',
  'over',
  'after',
  'by',
  'of',
  'from',
  'about',
  'against',
  'as',
  'regarding',
]);

/**
 * "Foreign Minister Ararat Mirzoyan": capitalised words right after a title are the holder's name, even
 * when one is also a place ("Ararat") or a country ("Jordan"); they join the title's piece.
 */
function absorbIntoTitle(pieces: Piece[], tokens: Token[], at: number, things: NamedThing[]): boolean {
  const previous = pieces[pieces.length - 1];
  if (!previous || previous.end !== at || previous.primary !== 'agent') return false;
  // "Foreign Minister Khalid al-Mansouri": an Arabic surname keeps its small article.
  const word = tokens[at];
  if (!word || !(word.capitalized || ARTICLE_PREFIX.test(word.text))) return false;
  // ("STATEMENT OF THE PHILIPPINE COAST GUARD ON THE WATER CANNON INCIDENT": in capitals or title
  // case, "On" and "The" are still no one's name.)
  if (NEVER_NAMES.has(word.norm)) return false;
  // "ambassador to France", "envoy for Syria": a title ending in a preposition is followed by
  // where, not by a name.
  if (TITLE_PREPOSITIONS.has(tokens[at - 1]?.norm ?? '')) return false;
  // "Foreign Minister Therese Kayikwamba Wagner": past the first words of a name, a group's name
  // ("Wagner") is the person's surname too.
  const inName = (thing: NamedThing) =>
    thing.kind === 'country' ||
    thing.kind === 'seat' ||
    (previous.holdsName === true &&
      thing.kind === 'actor' &&
      thing.entry.roles.every((role) => role.role !== 'GOV'));
  if (!things.every(inName)) return false;
  previous.end = at + 1;
  previous.nameStart ??= at;
  if (things.length === 0) previous.holdsName = true;
  return true;
}

/**
 * "Armenia's Mirzoyan and Azerbaijan's Bayramov met": in a pair of states' possessives, each followed
 * by one capitalised name no dictionary knows, the names are their people; each state's phrase takes
 * its name in, and the story knows the person by it later. (Alone, "Singapore's Grab" or "Tehran's
 * Evin prison" may be a company or a place.)
 */
function absorbOwnedName(pieces: Piece[], tokens: Token[], at: number): boolean {
  const previous = pieces[pieces.length - 1];
  const word = tokens[at];
  if (!previous || previous.end !== at || !tokens[at - 1]?.possessive) return false;
  if (!previous.things.some((thing) => thing.kind === 'country')) return false;
  if (!word?.capitalized || word.allCaps || NEVER_NAMES.has(word.norm) || tokens[at + 1]?.capitalized)
    return false;
  const second = tokens[at + 2];
  const pairFollows =
    (tokens[at + 1]?.norm === 'and' || tokens[at + 1]?.norm === ',') &&
    second?.capitalized === true &&
    second.possessive === true;
  const before = pieces[pieces.length - 2];
  const pairBefore =
    tokens[previous.start - 1]?.norm === 'and' &&
    before?.end === previous.start - 1 &&
    before.nameStart !== undefined;
  if (!pairFollows && !pairBefore) return false;
  previous.end = at + 1;
  previous.nameStart ??= at;
  return true;
}

const NO_THINGS: NamedThing[] = [];
/** Words for a state's forces that, alone and definite, stand for the forces the story named last. */
const FORCES_WORDS = new Set(['army', 'military', 'troops', 'soldiers', 'armed forces']);

/** Nouns that, definite, stand for the organisation of these codes the story named last. */
const GROUP_NOUNS_OF_ORGANISATIONS = new Map([
  ['bloc', ['EUR', 'ASN', 'WAS', 'AU', 'GCC', 'ARL', 'SAD', 'OAS', 'OIC']],
  ['alliance', ['NATO']],
  // "UNHCR said ... The agency thanks the Government of Chad": the UN agency named before.
  ['agency', ['HCR', 'WFP', 'KID', 'WHO', 'IAE', 'HCH', 'IOM']],
]);
/** The nouns groupNamedBefore reads: "the group", "the bloc", "the alliance". */
const GROUP_REFERENCE_NOUNS = new Set(['group', ...GROUP_NOUNS_OF_ORGANISATIONS.keys()]);
/** Words that may stand between "the" and such a noun ("the 27-nation bloc", "the Western alliance"). */
const GROUP_NOUN_MODIFIER =
  /^(?:\d+-(?:nation|member|country)|regional|western|military|defen[cs]e|trade|economic|european|african|asian|transatlantic|un|refugee|food|health|nuclear|migration)$/;

/** Modifiers of "group" that name a civil group, not an armed one ("the rights group"). */
const CIVIL_GROUP_WORDS = new Set(['rights', 'humanitarian', 'aid']);

/** Words that may stand between "the" and "group" ("the Iran-backed group", "the militant group"). */
const GROUP_MODIFIER =
  /-(?:backed|aligned|allied|funded|linked)$|^(?:militant|armed|islamist|jihadist|paramilitary|palestinian|shiite|shia|sunni|rights|humanitarian|aid|rebel|insurgent|separatist)$/;
/** Words before an armed group's kind ("the ethnic armed group", "the main rebel group"). */
const ARMED_GROUP_KINDS = new Set(['ethnic', 'main', 'largest', 'powerful', 'separatist', 'rebel']);

/**
 * "The European Union imposed sanctions ... The bloc accused Minsk": the bloc named before.
 * "Hezbollah said ... Israel accused the Iran-backed group": the group named before.
 */
function groupNamedBefore(
  tokens: Token[],
  at: number,
  memory: DocumentMemory,
  pieces: Piece[],
): ActorRef | undefined {
  if (tokens[at]?.norm === 'group' && memory.lastGroup) {
    const modified = GROUP_MODIFIER.test(tokens[at - 1]?.norm ?? '');
    return tokens[modified ? at - 2 : at - 1]?.norm === 'the' ? memory.lastGroup : undefined;
  }
  const codes = GROUP_NOUNS_OF_ORGANISATIONS.get(tokens[at]?.norm ?? '');
  if (!codes) return undefined;
  const modified = GROUP_NOUN_MODIFIER.test(tokens[at - 1]?.norm ?? '');
  if (tokens[modified ? at - 2 : at - 1]?.norm !== 'the') return undefined;
  // ("The agency thanks" in a UNHCR release that named the WFP since: the issuer.)
  const issuer = memory.speaker;
  if (issuer?.org && codes.includes(issuer.org) && !organisationNamedEarlier(pieces, codes)) return issuer;
  return (
    organisationNamedEarlier(pieces, codes) ??
    [...memory.organisations.values()].reverse().find((actor) => codes.includes(actor.org ?? ''))
  );
}

/** A country or its government or forces, not its people or an organisation. */
export function isState(actor: ActorRef): boolean {
  return actor.country !== null && actor.org === null && ['GOV', 'MIL', null].includes(actor.role);
}

/**
 * Organisations with a body that their statements call by its noun alone: "the Commission" (EU,
 * ECOWAS, AU, EAC, SADC), "the Authority" (ECOWAS's and IGAD's summits of heads of state).
 */
const BODY_ORGANISATIONS: Record<string, string[]> = {
  commission: ['EUR', 'WAS', 'AU', 'EAC', 'SAD'],
  authority: ['WAS', 'IGD'],
  // "Council of the EU ... The Council today adopted restrictive measures", "the Peace and Security
  // Council of the African Union ... The Council condemns", the Security Council's "the Council".
  council: ['EUR', 'AU', 'UNO', 'GCC', 'WAS', 'ASN', 'ARL', 'NATO'],
  // "The ECOWAS Election Observation Mission ... The Mission urged": an organisation's mission.
  mission: ['WAS', 'AU', 'EUR', 'UNO', 'OAS', 'SCE', 'CARICOM', 'SAD', 'IGD'],
};

/**
 * "The ECOWAS Commission has followed ... The Commission condemns the attack": "the Commission"
 * (capitalised) is the organisation with one the story named before; so is "The Authority" of a
 * summit communiqué. ("the electoral commission" is no organisation's.)
 */
function commissionNamedBefore(
  tokens: Token[],
  at: number,
  memory: DocumentMemory,
  pieces: Piece[],
): ActorRef | undefined {
  const organisations = BODY_ORGANISATIONS[tokens[at]?.norm ?? ''];
  if (!organisations || tokens[at - 1]?.norm !== 'the') return undefined;
  // ("the Commission for Human Rights", "the Commission of Inquiry": another body.)
  if (['for', 'of', 'on', 'to'].includes(tokens[at + 1]?.norm ?? '')) return undefined;
  return (
    organisationNamedEarlier(pieces, organisations) ??
    [...memory.organisations.values()].reverse().find((actor) => organisations.includes(actor.org ?? ''))
  );
}

/** Monarchies whose statements call the state "the Kingdom". */
const KINGDOMS = new Set([
  'SAU',
  'JOR',
  'MAR',
  'BHR',
  'GBR',
  'ESP',
  'NLD',
  'BEL',
  'SWE',
  'NOR',
  'DNK',
  'THA',
  'KHM',
]);

/**
 * "Barrot thanked the Kingdom for its role", "reiterated the Kingdom's condemnation": the monarchy
 * the story is about: named earlier in the sentence, else by the last of its people or its speaker.
 */
function theKingdom(
  tokens: Token[],
  at: number,
  pieces: Piece[],
  memory: DocumentMemory,
): ActorRef | undefined {
  if (tokens[at]?.norm !== 'kingdom' || tokens[at - 1]?.norm !== 'the' || tokens[at + 1]?.norm === 'of')
    return undefined;
  let country: string | undefined;
  for (let p = pieces.length - 1; p >= 0 && !country; p--) {
    const thing = pieces[p]?.things.find(
      (candidate) => candidate.kind === 'country' || candidate.kind === 'seat',
    );
    if (thing && KINGDOMS.has(thing.entry.code)) country = thing.entry.code;
  }
  // (The last state an act was aimed at first: "Spain's minister met Saudi officials. The Kingdom ...")
  const known = [
    ...(memory.lastTarget ? [memory.lastTarget] : []),
    ...[...memory.people].reverse(),
    ...(memory.speaker ? [memory.speaker] : []),
  ];
  country ??= known.find((actor) => KINGDOMS.has(actor.country ?? ''))?.country ?? undefined;
  if (!country && KINGDOMS.has(memory.homeCountry ?? '')) country = memory.homeCountry ?? undefined;
  if (!country) return undefined;
  const text = tokens[at]?.text ?? 'Kingdom';
  return { text, name: text, code: `${country}GOV`, country, role: 'GOV', org: null };
}

/** "EU foreign policy chief Kaja Kallas said the bloc ...": an organisation this sentence named before. */
function organisationNamedEarlier(pieces: Piece[], codes: string[]): ActorRef | undefined {
  for (let p = pieces.length - 1; p >= 0; p--) {
    for (const thing of pieces[p]?.things ?? []) {
      if (thing.kind !== 'actor') continue;
      const role = thing.entry.roles.find((candidate) => codes.includes(candidate.org ?? ''));
      if (role)
        return {
          text: thing.entry.name,
          name: thing.entry.name,
          code: role.code,
          country: null,
          role: null,
          org: role.org,
        };
    }
  }
  return undefined;
}

/** Organisations headed by a Secretary-General ("OSCE Secretary General ... The Secretary General urged"). */
const SECRETARIATS = ['UNO', 'NATO', 'OAS', 'OIC', 'ARL', 'ASN', 'SCE', 'GCC', 'CARICOM', 'PIF', 'OPC'];

/**
 * Offices that, after "the", stand for their organisation ("The Secretary-General condemns ...",
 * "the High Representative met ..."): the one of `orgs` the story named last, else the first, which
 * is what a statement headed by that title means.
 */
const ORGANISATION_OFFICES: { words: string[]; orgs: string[]; otherwise: string[] }[] = [
  {
    words: ['secretary-general'],
    orgs: SECRETARIATS,
    otherwise: ['united', 'nations'],
  },
  {
    words: ['secretary', 'general'],
    orgs: SECRETARIATS,
    otherwise: ['united', 'nations'],
  },
  { words: ['high', 'representative'], orgs: ['EUR'], otherwise: ['european', 'union'] },
  // The African Union Commission's head signs its statements as "the Chairperson".
  { words: ['chairperson'], orgs: ['AU', 'IGD', 'SAD'], otherwise: ['african', 'union'] },
];

/** The first words of ORGANISATION_OFFICES. */
const OFFICE_FIRST_WORDS = new Set(ORGANISATION_OFFICES.map((office) => office.words[0] as string));

/** "The Secretary-General" (not "the Secretary-General of NATO"): the organisation it stands for, as a piece. */
function officeOfOrganisation(
  tokens: Token[],
  at: number,
  dicts: Dictionaries,
  memory: DocumentMemory,
): Piece | undefined {
  if (tokens[at - 1]?.norm !== 'the' || !tokens[at]?.capitalized) return undefined;
  for (const office of ORGANISATION_OFFICES) {
    if (!office.words.every((word, k) => tokens[at + k]?.norm === word)) continue;
    const end = at + office.words.length;
    if (tokens[end]?.norm === 'of') return undefined;
    const remembered = [...memory.organisations.values()]
      .reverse()
      .find((actor) => office.orgs.includes(actor.org ?? ''));
    if (remembered) return { start: at, end, things: [], primary: 'actor', remembered };
    const things = dicts.names.longestAt(office.otherwise, 0)?.values ?? [];
    return things.length > 0 ? { start: at, end, things, primary: 'actor' } : undefined;
  }
  return undefined;
}

/** Who speaks, negotiates or fights for an army: "army spokesman", "the army delegation", "army warplanes". */
const FORCES_MOUTHPIECES = new Set([
  ...['warplanes', 'jets', 'aircraft', 'helicopters', 'drones', 'troops', 'soldiers', 'units', 'artillery'],
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'delegation',
  'commander',
  'commanders',
  'chief',
  'official',
  'officials',
  'officer',
  'officers',
]);

/** Of FORCES_WORDS, those that with no forces named are the army of the country the story is set in. */
const HOME_FORCES_WORDS = new Set(['army', 'military', 'armed forces']);

/**
 * "Sudan's army said ... The army accused the RSF": "the army", "the troops" alone are the state
 * forces the story named last with their country. With none named, "the army" in a story set in
 * Sudan is Sudan's ("troops" and "soldiers" are as often a foreign force's, and code nothing).
 */
/**
 * Whether a piece names the state of `country` itself (its name, or its capital not used as a place:
 * "accused Moscow", not "east of Khartoum"), not a group in it.
 */
function namesState(piece: Piece, country: string, tokens: Token[]): boolean {
  const before = tokens[piece.start - 1]?.norm === 'the' ? piece.start - 2 : piece.start - 1;
  const place = LOCATIVES.has(tokens[before]?.norm ?? '');
  return piece.things.some(
    (thing) =>
      (thing.kind === 'country' || (thing.kind === 'seat' && !place)) && thing.entry.code === country,
  );
}
const LOCATIVES = new Set(['in', 'of', 'near', 'from', 'to', 'at', 'around', 'outside', 'into']);

/** The country of "In Poland," or "In neighbouring Poland," opening a sentence, if a piece names it. */
function openingCountry(pieces: Piece[], tokens: Token[]): string | null {
  const [first] = pieces;
  if (!first || tokens[0]?.norm !== 'in' || first.start > 2 || tokens[first.end]?.norm !== ',') return null;
  const country = first.things.find((thing) => thing.kind === 'country');
  return country?.kind === 'country' ? country.entry.code : null;
}

function forcesNamedBefore(
  group: Piece[],
  tokens: Token[],
  text: string,
  definite: boolean,
  memory: DocumentMemory,
  later: () => Piece[],
  earlier: () => Piece[] = () => [],
): Resolution | null {
  const [piece, head] = group;
  if (!piece) return null;
  // "Army spokesman Nabil Abdallah", "an army delegation": who speaks or negotiates for the army.
  const forTheArmy =
    group.length === 2 &&
    head !== undefined &&
    head.start === piece.end &&
    piece.end - piece.start === 1 &&
    HOME_FORCES_WORDS.has(tokens[piece.start]?.norm ?? '') &&
    FORCES_MOUTHPIECES.has(tokens[head.start]?.norm ?? '');
  // The forces the story named last, unless the sentence names their state as its other side ("Army
  // officials accused Moscow" after Russian strikes): then the army of the story's country.
  if (forTheArmy) {
    const last = memory.lastForces;
    const against = last?.country
      ? later().some((piece) => namesState(piece, last.country as string, tokens))
      : false;
    if (last && !against)
      return { actor: { ...last, text }, seatOnly: false, fromMemory: true, person: null };
    return memory.homeCountry && memory.homeCountry !== last?.country
      ? stateRole(text, memory.homeCountry, 'MIL', true)
      : null;
  }
  if (!definite || group.length !== 1) return null;
  // "the presidential guard" guards its own country's president.
  if (
    piece.end - piece.start === 2 &&
    tokens[piece.start]?.norm === 'presidential' &&
    tokens[piece.start + 1]?.norm === 'guard' &&
    memory.homeCountry
  )
    return stateRole(text, memory.homeCountry, 'MIL', true);
  const word = tokens
    .slice(piece.start, piece.end)
    .map((token) => token.norm)
    .join(' ');
  if (!FORCES_WORDS.has(word)) return null;
  // "In neighbouring Poland, the armed forces scrambled jets": the country the sentence opens in.
  const where = openingCountry(earlier(), tokens);
  if (where) return stateRole(text, where, 'MIL', true);
  if (memory.lastForces)
    return { actor: { ...memory.lastForces, text }, seatOnly: false, fromMemory: true, person: null };
  return HOME_FORCES_WORDS.has(word) && memory.homeCountry
    ? stateRole(text, memory.homeCountry, 'MIL', true)
    : null;
}
const KOREAN_HALVES: Record<string, string> = { PRK: 'north', KOR: 'south' };
/** Cities that host organisations the news names them by, with the organisations' codes. */
const SEAT_OF_ORGANISATIONS: Record<string, string[]> = { brussels: ['EUR', 'NATO'] };
export const SPONSOR_SUFFIX = /-(?:backed|funded|sponsored|supported|armed|trained|based|allied|aligned)$/;
const TITLE_PREPOSITIONS = new Set(['to', 'at', 'for', 'in', 'of']);
/** Titles of those an organisation sends to a country. */
const ENVOY_TITLES = new Set(['envoy', 'representative', 'coordinator', 'adviser', 'advisor', 'rapporteur']);

/**
 * "The Ambassador of Japan to Somalia", "Kenya's ambassador to Somalia": the country an ambassador is
 * sent to is where the ambassador serves, not an actor of the sentence.
 */
function whereAnAmbassadorServes(phrase: ActorPhrase, tokens: Token[]): boolean {
  if (phrase.actor.role !== null || phrase.actor.org !== null || tokens[phrase.start - 1]?.norm !== 'to')
    return false;
  for (let i = phrase.start - 2; i >= Math.max(0, phrase.start - 6); i--) {
    // ("recalled its ambassadors to Mali and Niger": what a state does with its own envoys is aimed
    // at where they serve.)
    if (AMBASSADOR_WORDS.has(tokens[i]?.norm ?? '')) return !OWNERS.has(tokens[i - 1]?.norm ?? '');
    if (tokens[i]?.punct) return false;
  }
  return false;
}

const AMBASSADOR_WORDS = new Set(['ambassador', 'ambassadors', 'envoy', 'consul', 'commissioner']);

/** The country whose possessive opens a group that goes on "envoy/ambassador to": its sender. */
function countrySendingEnvoy(group: Piece[], tokens: Token[]): string | undefined {
  const [owner] = group;
  const country = owner?.things.find((thing) => thing.kind === 'country')?.entry.code;
  if (!owner || !country || !tokens[owner.end - 1]?.possessive) return undefined;
  const end = group[group.length - 1]?.end ?? owner.end;
  for (let i = owner.end; i < end; i++) {
    const word = tokens[i]?.norm ?? '';
    if ((ENVOY_TITLES.has(word) || word === 'ambassador') && tokens[i + 1]?.norm === 'to') return country;
  }
  return undefined;
}

/**
 * The organisation whose envoy the words [start, end) name: "Envoy for Sudan" after "The
 * Secretary-General's (Personal)", the possessive phrase of an organisation or its head.
 */
function envoySender(
  tokens: Token[],
  start: number,
  end: number,
  phrases: ActorPhrase[],
  lastPerson: ActorRef | null,
): ActorRef | undefined {
  const title = tokens.findIndex(
    (token, i) =>
      i >= start &&
      i < end &&
      ENVOY_TITLES.has(token.norm) &&
      ['for', 'to'].includes(tokens[i + 1]?.norm ?? ''),
  );
  if (title < 0) return undefined;
  let owner = start - 1;
  // ("Personal", "Special": the title's own words before the phrase.)
  while (owner >= start - 3 && tokens[owner]?.capitalized && !tokens[owner]?.possessive) owner--;
  // ("Guterres ... his Personal Envoy for Sudan": the person "his" stands for, when an organisation's.)
  if (['his', 'her'].includes(tokens[owner]?.norm ?? '')) return lastPerson?.org ? lastPerson : undefined;
  if (!tokens[owner]?.possessive) return undefined;
  const phrase = phrases.find((candidate) => candidate.end === owner + 1);
  return phrase?.actor.org ? phrase.actor : undefined;
}

/** Lower-case words a country's name in a dateline may have ("Democratic Republic of Congo"). */
const NAME_JOINERS = new Set(['of', 'the', 'and']);

/**
 * "NAIROBI, Kenya (AP) -", "MANILA, June 19 (Reuters) -", "KYIV (AFP) -", "LYON:": the tokens of a wire
 * dateline opening the text, which says where the reporter filed from, not who acted. 0 if none:
 * the capitalised first word must be followed by a comma, a parenthesis or the dash, and everything up
 * to the dash by names, dates and the agency.
 */
export function datelineEnd(tokens: Token[], dicts: Dictionaries): number {
  if (!tokens[0]?.allCaps) return datedPlaceEnd(tokens, dicts);
  // "PORT SUDAN (Reuters) -", "BUENOS AIRES, May 3": a city of up to three words in capitals;
  // "GAZA/CAIRO, Nov 11": two cities filed from.
  let cityEnd = 1;
  while (cityEnd < 3 && tokens[cityEnd]?.allCaps && !tokens[cityEnd]?.punct) cityEnd++;
  if (tokens[cityEnd]?.norm === '/' && tokens[cityEnd + 1]?.allCaps) cityEnd += 2;
  const second = tokens[cityEnd]?.norm ?? '';
  // "LYON: Interpol said", "NEW DELHI -": a place right before the dash ("NATO: ..." is a headline,
  // not a dateline).
  if (DATELINE_DASHES.has(second)) {
    const city = tokens.slice(0, cityEnd).map((token) => token.norm);
    return dicts.places.longestAt(city, 0)?.length === cityEnd ? cityEnd + 1 : 0;
  }
  if (second !== ',' && second !== '(') return 0;
  for (let i = cityEnd; i < Math.min(tokens.length, 16); i++) {
    const token = tokens[i] as Token;
    if (DATELINE_DASHES.has(token.norm)) return i + 1;
    // ("GOMA, Democratic Republic of Congo, March 14 (Reuters) -": a country's name may have "of".)
    const partOfDateline =
      token.capitalized ||
      token.punct ||
      /^\d/.test(token.norm) ||
      MONTH_WORDS.has(token.norm) ||
      NAME_JOINERS.has(token.norm);
    if (!partOfDateline) return 0;
  }
  return 0;
}

/**
 * "Bamako, 14 May 2025 -", "Port Moresby, Papua New Guinea, 3 March -": a place the gazetteer knows,
 * written in title case, then a date (and perhaps its country) up to a dash. A date is required:
 * "Cairo, the Egyptian capital, hosted talks" opens an ordinary sentence.
 */
function datedPlaceEnd(tokens: Token[], dicts: Dictionaries): number {
  if (!tokens[0]?.capitalized) return 0;
  const place = leadingPlace(tokens, dicts);
  if (!place || tokens[place.length]?.norm !== ',') return 0;
  let dated = false;
  for (let i = place.length + 1; i < Math.min(tokens.length, place.length + 10); i++) {
    const token = tokens[i] as Token;
    if (DATELINE_DASHES.has(token.norm)) return dated ? i + 1 : 0;
    const date = /^\d/.test(token.norm) || (MONTH_WORDS.has(token.norm) && token.capitalized);
    dated ||= date;
    if (!date && !token.capitalized && token.norm !== ',') return 0;
  }
  return 0;
}

/** The gazetteer place named by the first words of a sentence ("Port Moresby, ..."), if any. */
function leadingPlace(tokens: Token[], dicts: Dictionaries) {
  return dicts.places.longestAt(
    tokens.slice(0, 4).map((token) => token.norm),
    0,
  );
}

/**
 * "the Federative Republic of Brazil", "the Republic of Ghana": a state's formal name is the state,
 * whatever the capitalised words before "Republic" (the dictionaries list the names that are a
 * country of their own, such as the Republic of the Congo, and those are found before this).
 */
function republicOf(tokens: Token[], words: string[], at: number, dicts: Dictionaries): Piece | undefined {
  if (words[at] === 'the') return undefined;
  let republicAt = at;
  while (republicAt < at + 2 && words[republicAt] !== 'republic' && tokens[republicAt]?.capitalized)
    republicAt++;
  if (words[republicAt] !== 'republic' || !tokens[republicAt]?.capitalized || words[republicAt + 1] !== 'of')
    return undefined;
  const nameAt = words[republicAt + 2] === 'the' ? republicAt + 3 : republicAt + 2;
  const match = dicts.names.longestAt(words, nameAt);
  const countries = (match?.values ?? []).filter((thing) => thing.kind === 'country');
  if (!match || countries.length === 0 || !tokens[nameAt]?.capitalized) return undefined;
  return { start: at, end: nameAt + match.length, things: countries, primary: 'country' };
}

function findPieces(
  tokens: Token[],
  dicts: Dictionaries,
  memory: DocumentMemory,
  storyStart: number,
): Piece[] {
  const words = tokens.map((token) => token.norm);
  const pieces: Piece[] = [];
  for (let i = storyStart; i < tokens.length; ) {
    let token = tokens[i];
    // "U.S. Central Command (CENTCOM) forces": the abbreviation after a name is no name of its own.
    if (token?.norm === '(' && acronymAside(tokens, i) && pieces[pieces.length - 1]?.end === i) {
      i += 3;
      continue;
    }
    if (!token || token.punct) {
      i++;
      continue;
    }
    // Names of a few kinds, read before the dictionaries; all are capitalised but "social media".
    // (Tested cheaply first: most words are lower case.)
    if (
      token.capitalized &&
      (words[i - 1] === 'and' ||
        token.allCaps ||
        OFFICE_FIRST_WORDS.has(token.norm) ||
        token.norm === 'allies' ||
        token.norm === 'kingdom')
    ) {
      const special = specialPiece(tokens, words, i, pieces, dicts, memory);
      if (special === 'joined') {
        i++;
        continue;
      }
      if (special) {
        pieces.push(special);
        i = special.end;
        continue;
      }
    } else if (token.norm === 'media' && words[i - 1] === 'social') {
      // "in a post on his social media platform": a medium, not the press.
      i++;
      continue;
    }
    // "The country's president", "the nation's army": of the country the sentence named last, else
    // of the one the story is set in.
    const home = words[i] === 'the' ? countryReference(tokens, i, pieces, memory, dicts) : undefined;
    if (home) {
      pieces.push(home);
      i = home.end;
      continue;
    }
    // "The Authority strongly condemns" in an ECOWAS communiqué: the body of the organisation named
    // before, though "authority" alone is a government word.
    const body =
      token.capitalized && BODY_ORGANISATIONS[token.norm]
        ? commissionNamedBefore(tokens, i, memory, pieces)
        : undefined;
    if (body) {
      pieces.push({ start: i, end: i + 1, things: [], primary: 'actor', remembered: body });
      i++;
      continue;
    }
    // "Amnesty International said ... The rights group called on": the group named before, not any
    // rights group the dictionaries know.
    // (A rights group is the last rights group, an armed group the last armed one.)
    // ("The ethnic armed group accused the military": one more word for the kind of armed group.)
    if (
      words[i + 2] === 'group' &&
      words[i - 1] === 'the' &&
      ARMED_GROUP_KINDS.has(words[i] ?? '') &&
      GROUP_MODIFIER.test(words[i + 1] ?? '') &&
      ARMED_GROUP_ROLES.has(memory.lastGroup?.role ?? '')
    ) {
      pieces.push({
        start: i,
        end: i + 3,
        things: [],
        primary: 'actor',
        remembered: memory.lastGroup ?? undefined,
      });
      i += 3;
      continue;
    }
    if (
      words[i + 1] === 'group' &&
      words[i - 1] === 'the' &&
      memory.lastGroup &&
      GROUP_MODIFIER.test(words[i] ?? '') &&
      (CIVIL_GROUP_WORDS.has(words[i] ?? '')
        ? memory.lastGroup.role === 'NGO'
        : ARMED_GROUP_ROLES.has(memory.lastGroup.role ?? ''))
    ) {
      pieces.push({ start: i, end: i + 2, things: [], primary: 'actor', remembered: memory.lastGroup });
      i += 2;
      continue;
    }
    let match = dicts.names.longestAt(words, i);
    // "The United Nations Interim Force in Lebanon": an entry with "the" ("the united nations") gives way
    // to a longer one that starts after it.
    if (match && words[i] === 'the') {
      const after = dicts.names.longestAt(words, i + 1);
      if (after && after.length > match.length) {
        i++;
        token = tokens[i] ?? token;
        match = after;
      }
    }
    // "Volker Türk ... Türk also called on": a surname the story gave a person is that person, even
    // when it is also a demonym ("Turk") or a country.
    const alias = token.capitalized && match?.length === 1 ? memory.aliases.get(token.norm) : undefined;
    if (alias && match?.values.every((thing) => thing.kind === 'country' || thing.kind === 'seat')) {
      pieces.push({ start: i, end: i + 1, things: [], primary: 'actor', remembered: alias });
      i++;
      continue;
    }
    if (match) {
      let surface = match.length - 1;
      for (let k = i; k < i + match.length; k++) surface += words[k]?.length ?? 0;
      let things = match.values.filter((thing) => acceptable(thing, token, surface));
      if (things.length > 0 && partOfPlace(tokens, i, i + match.length, things)) {
        i += match.length;
        continue;
      }
      // "3 billion US dollars", "in Egyptian pounds": a currency, not its state.
      if (
        CURRENCIES.has(words[i + match.length] ?? '') &&
        things.every((thing) => thing.kind === 'country')
      ) {
        i += match.length;
        continue;
      }
      // A capital that is also listed as a country alias reads as the seat, so "in Cairo" stays a place.
      if (things.some((thing) => thing.kind === 'seat'))
        things = things.filter((thing) => thing.kind !== 'country');
      // "Foreign Minister Ararat Mirzoyan": capitalised words right after a title are a person's name,
      // even when one of them is also a place ("Ararat") or a country ("Jordan").
      if (absorbIntoTitle(pieces, tokens, i, things)) {
        i++;
        continue;
      }
      if (things.length > 0) {
        let end = i + match.length;
        // "Sheikh Mohammed bin Abdulrahman Al-Thani" where the dictionary stops a word short: a
        // person's name runs on into a family name with the Arabic article.
        const next = tokens[end];
        if (
          next &&
          (next.text[2] === '-' || next.text[3] === '-') &&
          ARABIC_FAMILY_NAME.test(next.text) &&
          things.every(isPerson) &&
          !dicts.names.longestAt(words, end)
        )
          end++;
        // ("Sheikh Tamim bin Hamad Al Thani" where the dictionary knows "Sheikh Tamim", "Mohammed bin
        // Zayed Al Nahyan": the rest of the name, a patronymic or a family name, is the person's.)
        else if (
          (PATRONYMIC.has(next?.norm ?? '') || next?.text === 'Al') &&
          tokens[end + 1]?.capitalized &&
          things.every(isPerson)
        ) {
          end += 2;
          while (
            end < tokens.length &&
            (tokens[end]?.capitalized || PATRONYMIC.has(tokens[end]?.norm ?? '')) &&
            !dicts.names.longestAt(words, end)?.values.some((thing) => thing.kind !== 'actor')
          )
            end++;
        }
        // "the main opposition coalition", "rebel alliance": a group noun the entry stops short of.
        if (GROUP_TAILS.has(tokens[end]?.norm ?? '') && things.every((thing) => thing.kind === 'agent'))
          end++;
        pieces.push({ start: i, end, things, primary: primaryKind(things) });
        i = end;
        continue;
      }
    }
    const republic =
      token.capitalized &&
      (words[i] === 'republic' || words[i + 1] === 'republic' || words[i + 2] === 'republic')
        ? republicOf(tokens, words, i, dicts)
        : undefined;
    if (republic) {
      pieces.push(republic);
      i = republic.end;
      continue;
    }
    // "President Nkosi" after "President Thabo Nkosi of South Africa": a name the story already
    // knows is that person, not a new name for the title to take in.
    const known = token.capitalized && memory.aliases.has(token.norm);
    if (!known && (absorbIntoTitle(pieces, tokens, i, NO_THINGS) || absorbOwnedName(pieces, tokens, i))) {
      i++;
      continue;
    }
    // "the U.S.-Vietnam dialogue", "Egyptian-Qatari mediation": each side of a hyphenated pair is named.
    // ("the Iran-backed group", "London-based" name who backs it or where it sits, not who acts.)
    // "a United Arab Emirates-based company", "the Yemen-based firm": a business is of where it is based.
    // "a Marshall Islands-flagged oil tanker", "a Liberian-flagged ship": a ship is of its flag's country.
    const suffix = token.capitalized ? HOME_SUFFIXES.find(([end]) => token.norm.endsWith(end)) : undefined;
    const based = suffix ? basedIn(tokens, words, i, dicts, suffix[0], suffix[1]) : undefined;
    if (based) pieces.push(based);
    else if (token.capitalized && token.norm.includes('-') && !SPONSOR_SUFFIX.test(token.norm)) {
      for (const part of token.norm.split('-')) {
        const side = dicts.names.longestAt([part], 0);
        const things = (side?.values ?? []).filter(
          (thing) => thing.kind === 'country' || thing.kind === 'seat',
        );
        if (side?.length === 1 && things.length > 0)
          pieces.push({ start: i, end: i + 1, things, primary: 'country' });
      }
    }
    const remembered = token.capitalized
      ? (memory.aliases.get(token.norm) ?? commissionNamedBefore(tokens, i, memory, pieces))
      : GROUP_REFERENCE_NOUNS.has(token.norm)
        ? groupNamedBefore(tokens, i, memory, pieces)
        : undefined;
    if (remembered) {
      pieces.push({ start: i, end: i + 1, things: [], primary: 'actor', remembered });
    }
    i++;
  }
  return pieces;
}

const HOME_NOUNS = new Set(['country', 'nation']);

/** "the country's" as the owner of what follows ("Venezuela's government and the country's opposition"). */
function countryReference(
  tokens: Token[],
  at: number,
  before: Piece[],
  memory: DocumentMemory,
  dicts: Dictionaries,
): Piece | undefined {
  const noun = tokens[at + 1];
  if (!noun?.possessive || !HOME_NOUNS.has(noun.norm)) return undefined;
  let named: string | null = null;
  for (const piece of before)
    for (const thing of piece.things) if (thing.kind === 'country') named = thing.entry.code;
  const country = named ?? memory.homeCountry;
  const entry = country ? dicts.countries.get(country) : undefined;
  return entry
    ? { start: at, end: at + 2, things: [{ kind: 'country', entry }], primary: 'country' }
    : undefined;
}

/** Nouns for a group that a role word names the kind of ("opposition coalition", "rebel alliance"). */
const GROUP_TAILS = new Set(['coalition', 'coalitions', 'alliance', 'alliances', 'bloc']);

/** Businesses named by where they are based ("a Dubai-based company"). */
/** Currencies named after their state. (Not "won" or "pounds": "South Korea won the vote", "Russia pounds Kyiv".) */
const CURRENCIES = new Set(
  'dollar dollars rupee rupees yuan yen rouble roubles ruble rubles lira riyal riyals rand franc francs peso pesos reais shilling shillings dinar dinars dirham dirhams naira cedi hryvnia zloty forint'.split(
    ' ',
  ),
);

const BASED_BUSINESSES = new Set([
  'company',
  'companies',
  'arms',
  'exporter',
  'exporters',
  'manufacturer',
  'manufacturers',
  'firm',
  'firms',
  'exchange',
  'bank',
  'trader',
  'supplier',
]);

/** What a ship's flag is put before: "-flagged oil tanker", "-flagged bulk carrier". */
const FLAGGED_VESSELS = new Set([
  'tanker',
  'oil',
  'ship',
  'vessel',
  'carrier',
  'bulk',
  'cargo',
  'container',
  'freighter',
]);

/** Suffixes that say whose a business or a ship is, and the nouns they must come before. */
const HOME_SUFFIXES: [string, ReadonlySet<string>][] = [
  ['-based', BASED_BUSINESSES],
  ['-flagged', FLAGGED_VESSELS],
];

/**
 * "United Arab Emirates-based company", "Marshall Islands-flagged tanker": the country before the
 * suffix (the hyphenated word's first part, with the words before it that complete the country's
 * name), when one of `nouns` follows.
 */
function basedIn(
  tokens: Token[],
  words: string[],
  at: number,
  dicts: Dictionaries,
  suffix: string,
  nouns: ReadonlySet<string>,
): Piece | undefined {
  if (!nouns.has(words[at + 1] ?? '')) return undefined;
  const head = (words[at] ?? '').slice(0, -suffix.length);
  for (let start = Math.max(0, at - 3); start <= at; start++) {
    const name = [...words.slice(start, at), head];
    const match = dicts.names.longestAt(name, 0);
    const countries = (match?.values ?? []).filter(
      (thing) => thing.kind === 'country' || thing.kind === 'seat',
    );
    if (match?.length === name.length && countries.length > 0 && tokens[start]?.capitalized)
      return { start, end: at + 1, things: countries, primary: 'country' };
  }
  return undefined;
}

/** Ship prefixes and the country whose navy they name (as a country name the dictionaries know). */
const WARSHIP_PREFIXES: Record<string, string> = {
  uss: 'us',
  hms: 'britain',
  ins: 'india',
  hmas: 'australia',
  // "BRP Sierra Madre": a ship of the Republic of the Philippines.
  brp: 'philippines',
  hmcs: 'canada',
  hmnzs: 'new zealand',
};

const MINISTRY_WORDS = new Set(['ministry', 'department', 'minister', 'secretary']);

/**
 * "Ministry of Foreign Affairs and Expatriates", "Minister of Industry and Trade": a capitalised word
 * after "and" that ends a ministry's name is part of it, not an actor ("Expatriates").
 */
function continuesMinistryName(tokens: Token[], at: number, previous: Piece | undefined): boolean {
  if (!previous || previous.end !== at - 1 || tokens[at - 1]?.norm !== 'and') return false;
  if (!tokens[previous.end - 1]?.capitalized) return false;
  for (let k = previous.start; k < previous.end - 1; k++)
    if (MINISTRY_WORDS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'of') return true;
  return false;
}

/**
 * A piece that a capitalised word at `at` starts before any dictionary lookup (the caller tests the
 * cheap conditions first: a word after "and", in capitals, an office's first word, "Allies", "Kingdom"): a ministry's name going
 * on ('joined': the last piece took the word), an organisation's office ("the Secretary-General"), a
 * warship ("the USS Carney"), "Allies" in a NATO text, "the Kingdom".
 */
function specialPiece(
  tokens: Token[],
  words: string[],
  at: number,
  pieces: Piece[],
  dicts: Dictionaries,
  memory: DocumentMemory,
): Piece | 'joined' | undefined {
  const token = tokens[at] as Token;
  const last = pieces[pieces.length - 1];
  if (
    continuesMinistryName(tokens, at, last) &&
    // ("the Ministry of Foreign Affairs and Israel": a country or a known actor is one of its own.)
    !dicts.names.longestAt(words, at)?.values.some((thing) => thing.kind !== 'agent')
  ) {
    (last as Piece).end = at + 1;
    return 'joined';
  }
  if (OFFICE_FIRST_WORDS.has(token.norm)) {
    const office = officeOfOrganisation(tokens, at, dicts, memory);
    if (office) return office;
  }
  // "the USS Carney", "HMS Diamond": a warship is its navy's, whatever its name says.
  const navy = token.allCaps ? WARSHIP_PREFIXES[token.norm] : undefined;
  if (navy) {
    let end = at + 1;
    while (tokens[end]?.capitalized && !tokens[end]?.punct) end++;
    const things = [
      ...(dicts.names.longestAt([navy], 0)?.values ?? []),
      ...(dicts.names.longestAt(['navy'], 0)?.values ?? []),
    ];
    if (things.length > 0) return { start: at, end, things, primary: 'agent' };
  }
  // "Allies condemned Russia's attacks" in a NATO text: the alliance.
  const allies =
    token.norm === 'allies' && (at === 0 || tokens[at - 1]?.punct) && tokens[at + 1]?.norm !== 'of'
      ? (organisationNamedEarlier(pieces, ['NATO']) ?? memory.organisations.get('NATO'))
      : undefined;
  const remembered =
    allies ?? (token.norm === 'kingdom' ? theKingdom(tokens, at, pieces, memory) : undefined);
  return remembered ? { start: at, end: at + 1, things: [], primary: 'actor', remembered } : undefined;
}

/** "(CENTCOM)" at `at`: a name's abbreviation in parentheses, which leaves the name whole. */
export function acronymAside(tokens: Token[], at: number): boolean {
  return tokens[at]?.norm === '(' && tokens[at + 1]?.allCaps === true && tokens[at + 2]?.norm === ')';
}

const DIPLOMATIC_MISSIONS = new Set([
  'embassy',
  'embassies',
  'consulate',
  'ambassador',
  'envoy',
  'diplomats',
]);

/** Words for those who use terror, which no place gives a country. */
const TERRORIST_WORDS = new Set([
  'terrorist',
  'terrorists',
  'extremist',
  'extremists',
  'jihadist',
  'jihadists',
]);

function canJoin(tokens: Token[], group: Piece[], right: Piece): boolean {
  const left = group[group.length - 1];
  if (!left) return false;
  const lastOfLeft = tokens[left.end - 1];
  // "police in Tbilisi", "military facilities in Israel": a role word placed in a country is that country's.
  const gap = right.start - left.end;
  const firstBetween = gap > 0 ? tokens[left.end]?.norm : undefined;
  if (
    right.primary === 'country' &&
    gap >= 1 &&
    gap <= 2 &&
    firstBetween === 'in' &&
    group.every((piece) => piece.primary === 'agent') &&
    // ("the embassy in Damascus", "the US ambassador in Kyiv": a mission is its sender's, not its host's.)
    !DIPLOMATIC_MISSIONS.has(lastOfLeft?.norm ?? '') &&
    // ("the terrorist attack in Kabul": terrorists no one named are of no known country, by the guide.)
    !TERRORIST_WORDS.has(tokens[group[0]?.start ?? 0]?.norm ?? '')
  ) {
    return true;
  }
  // "British counter-terrorism police", "Vietnamese electric-vehicle maker VinFast", "Chinese state
  // media": a country's adjective, one word for the kind, then the role.
  const kind = tokens[left.end];
  if (
    gap === 1 &&
    left.primary === 'country' &&
    right.primary === 'agent' &&
    kind !== undefined &&
    !kind.capitalized &&
    !kind.punct &&
    (kind.norm.includes('-') || KIND_WORDS.has(kind.norm))
  )
    return true;
  for (let i = left.end; i < right.start; i++) {
    if (acronymAside(tokens, i)) {
      i += 2;
      continue;
    }
    const token = tokens[i];
    // ("Sudan's army-backed government", "the Iran-backed Houthis": who backs it qualifies the name.)
    if (!token || (!JOINERS.has(token.norm) && !SPONSOR_SUFFIX.test(token.norm))) return false;
  }
  // "withdrew its troops from Syria", "recalled their ambassador from Moscow": owned by whoever "its"
  // stands for, the role comes from there, not from the country after "from".
  const first = group[0];
  if (firstBetween === 'from' && first && OWNERS.has(tokens[first.start - 1]?.norm ?? '')) return false;
  // "suspended Mali from the bloc", "expelled Russia from the council": a country right before "from"
  // is a name of its own, not a role placed somewhere.
  if (firstBetween === 'from' && left.primary === 'country') return false;
  // A possessive ends a phrase only when a role follows: "Egypt's President" joins, "Egypt's role" does not.
  if (lastOfLeft?.possessive)
    return right.things.some((thing) => thing.kind === 'agent' || thing.kind === 'actor');
  return true;
}

/**
 * "Thousands of Kenyans marched", "arrested 12 Palestinians", "hundreds of Lebanese", "called on
 * Georgians to join": a demonym after a number or a quantity, or a plural one after a verb or a
 * preposition, names the country's people, not its state. ("The Russians shelled", "the
 * Palestinians rejected" are the state or the side; "the Philippines" is a country.)
 */
function namesPeople(entry: CountryEntry, around: Around): boolean {
  const { before, counted, next } = around;
  // "a French researcher", "the British couple", "two Colombian nationals": a demonym before a word
  // for people names people of that country, however it is introduced.
  if (PEOPLE_NOUNS.has(next?.norm ?? '') && around.words.join(' ') !== countryNameForm(entry)) return true;
  // A bare plural opening the sentence ("Kenyans marched") is people too; "The Russians" is not.
  const object =
    before === undefined || (!before.punct && !before.capitalized && !NOT_AN_OBJECT.has(before.norm));
  if (!counted && !object) return false;
  const form = around.words.join(' ');
  if (form === countryNameForm(entry)) return false;
  const plural = form.endsWith('s') && entry.names.includes(form.slice(0, -1));
  if (!counted) return plural;
  // "five US firms", "50 Palestinian prisoners": an adjective before a noun counts that noun instead.
  return (
    plural ||
    !next ||
    next.punct ||
    (!/^[a-z]/.test(next.text) && !/\d/.test(next.text)) ||
    AFTER_PEOPLE.has(next.norm) ||
    PEOPLE_NOUNS.has(next.norm) ||
    /ed$/.test(next.norm)
  );
}

const countryNameForms = new Map<CountryEntry, string>();

/** A country's own name as the coder looks it up ("the philippines"), worked out once per country. */
function countryNameForm(entry: CountryEntry): string {
  let form = countryNameForms.get(entry);
  if (form === undefined) {
    form = nameTokens(entry.name).join(' ');
    countryNameForms.set(entry, form);
  }
  return form;
}

/**
 * Words for people that the agents dictionary gives no role of their own, the ones a count after an
 * act names ("killed 20 people", "arrested two nationals") and a demonym before them makes civilians.
 */
export const PEOPLE_NOUNS = new Set([
  ...['national', 'nationals', 'couple', 'boy', 'boys', 'teenager', 'teenagers', 'family', 'families'],
  ...['researcher', 'researchers', 'hostage', 'sailor', 'sailors', 'crew', 'seafarers', 'climber'],
  ...['climbers', 'father', 'person', 'persons'],
  'people',
  'civilians',
  'villagers',
  'worshippers',
  'students',
  'schoolchildren',
  'children',
  'women',
  'men',
  'residents',
  'passengers',
  'pilgrims',
  'farmers',
  'fishermen',
  'shoppers',
  'bystanders',
  // ("Police also arrested 52 suspects": people counted, whoever they are.)
  ...['suspects', 'individuals', 'youths'],
]);
/** Words before a demonym that leave it the subject or a conjunct ("the Russians", "Qataris and Egyptians"). */
const NOT_AN_OBJECT = new Set(['the', 'and', 'or', 'both']);

/** Words that follow a people noun and cannot be a noun it modifies ("Lebanese were", "Sudanese who"). */
const AFTER_PEOPLE = new Set([
  'were',
  'was',
  'are',
  'have',
  'had',
  'who',
  'in',
  'at',
  'on',
  'during',
  'from',
  'and',
  'or',
  'to',
  'for',
  'across',
  'near',
]);

/** Words that count people: "thousands of", "several", "two". */
const QUANTITIES = new Set([
  'thousands',
  'hundreds',
  'dozens',
  'scores',
  'tens',
  'millions',
  'many',
  'several',
  'some',
  'few',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  ...['eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy'],
  ...['eighty', 'ninety', 'hundred', 'dozen'],
]);

/** A number ("12") or a word that counts people ("thousands", "several"). */
export function isCount(word: string): boolean {
  return QUANTITIES.has(word) || /^\d/.test(word);
}

/** Words of a count before a noun: "some", "about", "more than", "at least", "tens of thousands of". */
const COUNT_WORDS = new Set([
  'of',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'more',
  'than',
  'at',
  'least',
  'over',
]);
const OPENS_CLAUSE = new Set(['and', 'but', 'as', 'when', 'while']);
/** "Eight people were killed": a count before these is what happened to people, not a crowd acting. */
const PASSIVE_AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'had', 'been']);

/** "Tens of thousands of people" opening the sentence or a clause: the count starts it. */
function countOpensClause(tokens: Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (COUNT_WORDS.has(tokens[i]?.norm ?? '') || isCount(tokens[i]?.norm ?? ''))) i--;
  const before = tokens[i];
  return i < at - 1 && (before === undefined || before.punct || OPENS_CLAUSE.has(before.norm));
}

/** A number or a quantity right before `at` ("12", "thousands of", "several"). */
function countedAt(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  return isCount(before === 'of' ? (tokens[at - 2]?.norm ?? '') : before);
}

/**
 * The offices that "the ..." in a statement names as its issuer's own ("the Secretary", "the
 * Department"). "The junta", "the regime", "the government" in a statement are someone else's, and so
 * is "the military" ("The United States condemns the coup. The military has detained President
 * Bazoum").
 */
const OFFICE_HEADS = new Set([
  'secretary',
  'department',
  'ministry',
  'minister',
  'president',
  'prince',
  'king',
  'emir',
  'sultan',
  'chancellor',
  'premier',
  'administration',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'embassy',
  'ambassador',
  'delegation',
  'envoy',
]);

/** A phrase's surroundings: its words (as tokenized), the token before and after it, and whether it is counted. */
interface Around {
  words: string[];
  before: Token | undefined;
  counted: boolean;
  next: Token | undefined;
  /** The country of the state that reports the phrase's act ("The Israeli army said soldiers ..."). */
  reporter?: string | null;
  /** Counted and opening its clause: "Tens of thousands of people marched", ", and 200 people". */
  crowdSubject?: boolean;
  /** The phrase opens its clause after a fronted time phrase ("On May 27, commencing at 4:00 p.m., ..."). */
  afterTime?: boolean;
  /** The country whose seat the phrase welcomes a guest to ("welcomed X to the White House"). */
  host?: string | null;
  /** "The Federal Government": a federal state's own government, named with no country. */
  theFederal?: boolean;
  /** "The Government also thanks ...": the sentence opens on the capitalised office alone. */
  opensAsTheGovernment?: boolean;
}

/** Words before a run of capitalised words that make it a place or an event, not a person's name. */
const PLACE_PREPOSITIONS_BEFORE_NAME = new Set(['at', 'in', 'on', 'from', 'to', 'of', 'the']);

const HOSTING_VERBS = new Set(['welcomed', 'welcomes', 'received', 'receives', 'hosted', 'hosts']);
/** Words a guest's name and title may hold besides capitalised ones ("his Kenyan counterpart"). */
const GUEST_WORDS = new Set(['of', 'the', 'his', 'her', 'their', 'counterpart', 'counterparts', 'and', ',']);
const GUEST_WORDS_MAX = 10;

/**
 * "President Hollis welcomed Prime Minister Mägi of Estonia to the White House": whose seat a
 * guest named right after the hosting verb at `verb` is welcomed to. The host is at home there.
 */
function hostingSeat(tokens: Token[], verb: number, dicts: Dictionaries): string | null {
  const words = tokens.map((token) => token.norm);
  for (let i = verb + 1; i < tokens.length && i <= verb + 1 + GUEST_WORDS_MAX; i++) {
    const word = words[i] ?? '';
    if ((word === 'to' || word === 'at' || word === 'in') && i > verb + 1) {
      const at = words[i + 1] === 'the' ? i + 2 : i + 1;
      if (!tokens[at]?.capitalized) return null;
      const match = dicts.names.longestAt(words, at);
      const seat = match?.values.find((thing) => thing.kind === 'seat');
      // ("welcomed President Zelensky to Brussels": where the world meets hosts for no state.)
      const name = tokens
        .slice(at, at + (match?.length ?? 0))
        .map((token) => token.text)
        .join(' ');
      return seat && !VENUES.has(name) ? countryCode(seat) : null;
    }
    if (!tokens[i]?.capitalized && !GUEST_WORDS.has(word)) return null;
  }
  return null;
}

/** Words of a date or a time: what a fronted time phrase is made of. */
const TIME_PHRASE_WORD =
  /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later)/;

/** "On May 27, commencing at 4:00 p.m., Minister ...": the phrase at `start` follows a fronted time phrase. */
function afterTimePhrase(tokens: Token[], start: number): boolean {
  if (start < 2 || tokens[start - 1]?.norm !== ',') return false;
  return tokens.slice(0, start - 1).some((token) => TIME_PHRASE_WORD.test(token.norm));
}

type Resolution = { actor: ActorRef; seatOnly: boolean; fromMemory: boolean; person: ActorEntry | null };

function countryCode(thing: NamedThing): string | null {
  return thing.kind === 'country' || thing.kind === 'seat' ? thing.entry.code : null;
}

/** A role word resolved to a state known from elsewhere: the speaker's office, a report's forces. */
function stateRole(text: string, country: string, role: string, fromMemory: boolean): Resolution {
  return {
    actor: { text, name: text, code: `${country}${role}`, country, role, org: null },
    seatOnly: false,
    fromMemory,
    person: null,
  };
}

function resolveGroup(
  group: Piece[],
  text: string,
  day: string,
  homeCountry: string | null,
  speaker: ActorRef | null,
  definite: boolean,
  around: Around,
): Resolution | null {
  let person: ActorEntry | null = null;
  let personRole: DatedRole | null = null;
  let country: string | null = null;
  let countryName: string | null = null;
  let countryEntry: CountryEntry | null = null;
  let agentRole: string | null = null;
  let seatOnly = true;
  let remembered: ActorRef | null = null;
  let personPiece: Piece | null = null;
  let countryPiece: Piece | null = null;

  // The head of an English noun phrase comes last: in "US Secretary of State Antony Blinken" the
  // person is Blinken, and "Secretary of State" only says what he is.
  const byHeadFirst = [...group]
    .reverse()
    .sort((a, b) => Number(b.primary === 'actor') - Number(a.primary === 'actor'));
  for (const piece of byHeadFirst) {
    if (piece.remembered) remembered ??= piece.remembered;
    for (const thing of piece.things) {
      if (thing.kind !== 'actor' || person) continue;
      const role = roleOn(thing.entry, day) ?? outOfOfficeRole(thing.entry, day);
      // Phoenix lists countries among its actors ("Serbia": "serbian", "belgrade"): such an entry is
      // the country, which the countries dictionary names too, so "Serbian riot police" are police.
      if (
        role &&
        role.role === null &&
        role.org === null &&
        piece.things.some((other) => other.kind === 'country')
      )
        continue;
      if (role) {
        person = thing.entry;
        personRole = role;
        personPiece = piece;
      }
    }
  }
  for (const piece of group) {
    for (const thing of piece.things) {
      if ((thing.kind === 'country' || thing.kind === 'seat') && !country) {
        countryPiece = piece;
        country = countryCode(thing);
        countryName = thing.entry.name;
        if (thing.kind === 'country') countryEntry = thing.entry;
      } else if (thing.kind === 'agent' && !agentRole) {
        agentRole = thing.entry.role;
      }
    }
    if (piece.remembered || piece.things.some((thing) => thing.kind !== 'seat')) seatOnly = false;
  }

  // "Thousands of people rallied": a counted crowd opening a clause is civilians. ("People familiar
  // with the talks", "the Ukrainian people" are no crowd; people counted after an act are its victims
  // or detainees, which assemble-events reads from the count itself.)
  if (agentRole === 'PPL' && around.crowdSubject) agentRole = 'CVL';
  if (remembered && !person)
    return { actor: { ...remembered, text }, seatOnly: false, fromMemory: true, person: null };
  // "Iran's UN ambassador": a country's envoy to an organisation is the country's, not the organisation's.
  const envoyTo =
    personRole?.org && countryPiece && personPiece && agentRole && countryPiece.start < personPiece.start;
  // "Colombian Defence Minister Pedro Sanchez", "South Korea's National Security Council": a country
  // the phrase names, other than the one the dictionary gives the name, says whose the actor is (the
  // dictionary knows another Pedro Sanchez, and the US council).
  if (
    person &&
    personRole &&
    !envoyTo &&
    country &&
    countryPiece !== personPiece &&
    personRole.country &&
    personRole.country !== country &&
    !personRole.org
  ) {
    return stateRole(text, country, agentRole ?? personRole.role ?? 'GOV', false);
  }
  if (person && personRole && !envoyTo) {
    // ("Opposition leader Raila Odinga": the title says what the dictionary's past role does not.)
    // (Only that title, not "reformist" or "activist", and not a former one.)
    const opposition =
      agentRole === 'OPP' &&
      around.words.includes('opposition') &&
      !around.words.includes('former') &&
      around.before?.norm !== 'former';
    // ("Secretary of State Marco Rubio" in the weeks the dictionaries still give him the Senate: the
    // office named is the one held.)
    const titledOffice = personRole.role === 'LEG' && agentRole === 'GOV';
    const role =
      (personRole.role === 'ELI' || opposition || titledOffice) && agentRole ? agentRole : personRole.role;
    const org = personRole.org;
    const actorCountry = org ? null : (personRole.country ?? country);
    // A non-governmental organisation's own CAMEO code (AMN for Amnesty International) is no `org`.
    const knownGroup = !org && !personRole.country && role === personRole.role ? personRole.code : null;
    return {
      actor: {
        text,
        name: person.name,
        code: org ?? knownGroup ?? `${actorCountry ?? ''}${role ?? ''}`,
        country: actorCountry,
        role,
        org,
      },
      seatOnly: false,
      fromMemory: false,
      person,
    };
  }
  if (country) {
    const people =
      !agentRole &&
      !seatOnly &&
      group.length === 1 &&
      countryEntry !== null &&
      namesPeople(countryEntry, around);
    const role = agentRole ?? (seatOnly ? 'GOV' : people ? 'CVL' : null);
    return {
      actor: {
        text,
        name: countryName ?? country,
        code: `${country}${role ?? ''}`,
        country,
        role,
        org: null,
      },
      seatOnly,
      fromMemory: false,
      person: null,
    };
  }
  // A role word alone ("protesters", "militants") is an actor without a country; a state role alone
  // ("the ministry") cannot be coded without knowing whose.
  // "The Secretary", "the Department" in a press release: the office of whoever issued it.
  // A title that took in a name no dictionary knows ("Interior Minister Kipchumba Murkomen") names
  // someone: an actor of the sentence, not a reference.
  const titledName = group.some((piece) => piece.nameStart !== undefined);
  // ("On May 27, ..., Minister for Foreign Affairs Kenji Harada held a meeting": a subject after a
  // fronted time phrase too; "In response, Secretary Villanueva expressed" answers someone else.)
  // ("The Federal Government has today summoned" in a German release: the issuer's own.)
  // ("The Government also thanks the United States" in a Guyanese release: the issuer's own.)
  const federalGovernment =
    (around.theFederal === true || around.opensAsTheGovernment === true) &&
    around.words.join(' ') === 'government';
  if (
    agentRole &&
    (definite || federalGovernment || (titledName && around.afterTime === true)) &&
    speaker?.country &&
    (agentRole === 'GOV' || agentRole === 'MIL') &&
    (around.words.some((word) => OFFICE_HEADS.has(word)) || federalGovernment)
  ) {
    return stateRole(text, speaker.country, agentRole, !titledName);
  }
  // "The government accused ...", "called on the authorities to release ...": in a story set in one
  // country, the government is that country's.
  // ("the military government", "the junta", "the federal government" too.)
  if (
    agentRole === 'GOV' &&
    (definite || GOVERNMENT_MODIFIERS.has(around.before?.norm ?? '')) &&
    homeCountry &&
    HOME_GOVERNMENT.has(around.words.join(' '))
  )
    return stateRole(text, homeCountry, 'GOV', false);
  // "Prime Minister Irakli Kobakhidze accused Brussels" in a story set in Georgia: an official the
  // dictionaries do not know, named by a title and no country, is the home country's.
  // (Opening the sentence: "Modi met ... Director of National Intelligence Tulsi Gabbard" in a story
  // set in France names someone else's.)
  // "President Hollis welcomed Prime Minister Mägi of Estonia to the White House": a host
  // the dictionaries do not know is at home where the guest is welcomed.
  if (agentRole === 'GOV' && titledName && around.host) return stateRole(text, around.host, 'GOV', false);
  if (agentRole === 'GOV' && homeCountry && around.before === undefined && titledName)
    return stateRole(text, homeCountry, 'GOV', false);
  // "..., Deputy Foreign Minister Marcin Bosacki said": one saying what the text reports speaks for
  // its issuer, or in a news report for the country the story is set in.
  const sayer = speaker?.country ?? homeCountry;
  if (agentRole === 'GOV' && sayer && titledName && SPEECH_VERBS.has(around.next?.norm ?? ''))
    return stateRole(text, sayer, 'GOV', false);
  // "The Israeli army said soldiers killed two militants": the reporting state's own forces.
  if (agentRole && REPORTED_ROLES.has(agentRole) && around.reporter)
    return stateRole(text, around.reporter, agentRole, false);
  if (agentRole && STANDALONE_ROLES.has(agentRole)) {
    const home = DOMESTIC_ROLES.has(agentRole) ? homeCountry : null;
    return {
      actor: {
        text,
        name: text,
        code: `${home ?? ''}${agentRole}`,
        country: home,
        role: agentRole,
        org: null,
      },
      seatOnly: false,
      fromMemory: false,
      person: null,
    };
  }
  return null;
}

/** Last words of a dictionary actor that is an office ("US President", "German Chancellor"). */
const OFFICE_TITLES = new Set([
  'president',
  'chancellor',
  'minister',
  'premier',
  'spokesman',
  'spokesperson',
]);

/**
 * Two names of the same kind (two countries, two people) are two actors, never one phrase; but an
 * office the dictionaries list ("German Chancellor") takes in the name of who holds it, right after.
 */
function compatible(tokens: Token[], group: Piece[], next: Piece): boolean {
  if (next.primary === 'agent') return true;
  const last = group[group.length - 1];
  if (
    next.primary === 'actor' &&
    last?.primary === 'actor' &&
    last.end === next.start &&
    OFFICE_TITLES.has(tokens[last.end - 1]?.norm ?? '')
  )
    return group.filter((piece) => piece.primary === 'actor').length === 1;
  return !group.some((piece) => piece.primary === next.primary);
}

const PRONOUNS = new Set(['he', 'she']);
const OBJECT_PRONOUNS = new Set(['him', 'her']);
/** Words after "her" that leave it an object ("urged her to", "met her on"), not "her government". */
const AFTER_OBJECT = new Set([
  'to',
  'on',
  'in',
  'at',
  'for',
  'that',
  'and',
  'of',
  'with',
  'about',
  'over',
  'during',
  'after',
  'before',
  'as',
]);

/** "demanded her immediate release", "called for his release": the person to be freed, by pronoun. */
function ownsRelease(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.norm;
  if (word !== 'her' && word !== 'his') return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++) {
    const next = tokens[k]?.norm ?? '';
    if (next === 'release') return true;
    if (next !== 'and' && !RELEASE_ADJECTIVES.has(next)) return false;
  }
  return false;
}
const RELEASE_ADJECTIVES = new Set(['immediate', 'unconditional', 'early', 'swift', 'safe', 'prompt']);

/**
 * Whom "her release" asks to free: a person named before in the sentence or the story, else whoever
 * the story's last act was done to ("Police detained the opposition leader Maria Kolesnikova ...
 * Lithuania demanded her immediate release").
 */
function heldPerson(
  phrases: ActorPhrase[],
  at: number,
  earlierPeople: ActorRef[],
  memory: DocumentMemory,
): ActorRef | null {
  const held = memory.lastTarget;
  return objectPerson(phrases, at, earlierPeople, memory) ?? (held && !isState(held) ? held : null);
}

function isObjectPronoun(tokens: Token[], at: number): boolean {
  if (tokens[at]?.norm === 'him') return true;
  const next = tokens[at + 1];
  return !next || next.punct || AFTER_OBJECT.has(next.norm);
}

/**
 * "Macron met Xi in Paris, pressing him on Ukraine", "Rubio urged him to agree": the last person
 * named before the pronoun who is not the sentence's subject (its first actor, or whom "he" opening
 * it stands for).
 */
function objectPerson(
  phrases: ActorPhrase[],
  at: number,
  earlierPeople: ActorRef[],
  memory: DocumentMemory,
): ActorRef | null {
  // The subject: the actor right before the verb ("..., and Rubio urged him"), else the phrases
  // that open the sentence, one right after another ("Serbian President Aleksandar Vucic welcomed
  // him"), else whom "he" opening it stands for.
  const subject: ActorRef[] = [];
  const beforeVerb = phrases.find((phrase) => phrase.end === at - 1 || phrase.end === at - 2);
  if (beforeVerb) subject.push(beforeVerb.actor);
  else {
    for (const phrase of phrases) {
      if (phrase.start >= at || (subject.length > 0 && phrase.start !== phrases[subject.length - 1]?.end))
        break;
      subject.push(phrase.actor);
    }
  }
  if (subject.length === 0 && memory.lastPerson) subject.push(memory.lastPerson);
  const here = phrases
    .filter((phrase) => phrase.named && phrase.start < at)
    .map((phrase) => phrase.actor)
    .reverse();
  const candidates = [...here, ...[...earlierPeople].reverse()];
  const inSubject = (person: ActorRef) =>
    subject.some((actor) => actor.name === person.name || actor.code === person.code);
  return candidates.find((person) => person.role !== null && !inSubject(person)) ?? null;
}

/**
 * "Algeria recalled its ambassador to France. In a statement, it denounced the decision": "it" as
 * the subject opening a sentence (or the clause after a phrase set off by a comma) is whoever did
 * the story's last act, when that is a state or an organisation, not a person.
 */
function openingIt(
  tokens: Token[],
  phrases: ActorPhrase[],
  at: number,
  memory: DocumentMemory,
  openedBefore: ActorRef | null,
  plural: boolean,
): ActorRef | null {
  if (at > 0) {
    if (tokens[at - 1]?.norm !== ',' || at > 6) return null;
    if (phrases.some((phrase) => phrase.start < at)) return null;
    if (tokens.slice(0, at - 1).some((token) => token.punct)) return null;
  }
  let last: ActorRef | undefined;
  // (The attackers of "the attack on a UNIFIL convoy", whom no one named, are no "it".)
  for (const actor of memory.lastByRoot.values()) if (!isUnknownAttackers(actor)) last = actor;
  // "It" with no act coded yet: the state or organisation that opened the sentence before.
  last ??= openedBefore ?? undefined;
  if (!last || (!last.country && !last.org)) return null;
  if (last.org === null && memory.people.some((person) => person.name === last.name)) return null;
  // "They" is a body of many (the members of a council, an army, rebels), not one state.
  if (plural && last.org === null && (last.role === null || last.role === 'GOV')) return null;
  return last;
}

/** Words that open a clause put before the main one ("When Hamas fighters stormed Israel, they ..."). */
const FRONTED_CLAUSE_OPENERS = new Set(['when', 'after', 'as', 'while', 'before', 'once', 'since']);

/**
 * "When Hamas fighters stormed southern Israel on 7 October, they seized some 250 hostages": "it" or
 * "they" right after a clause put first is that clause's subject, not the last name in it.
 */
function frontedClauseSubject(tokens: Token[], phrases: ActorPhrase[], pronoun: number): ActorRef | null {
  if (!FRONTED_CLAUSE_OPENERS.has(tokens[0]?.norm ?? '') || tokens[pronoun - 1]?.norm !== ',') return null;
  if (tokens.slice(1, pronoun - 1).some((token) => token.punct)) return null;
  const subject = phrases.find(
    (phrase) => phrase.start === 1 || (phrase.start === 2 && tokens[1]?.norm === 'the'),
  );
  return subject && !subject.seatOnly ? subject.actor : null;
}

/**
 * "The army said it killed 10 militants", "Iran says they seized a tanker": "it"/"they" a few words
 * after a speech verb is whoever was named right before that verb.
 */
function reportingSubject(tokens: Token[], phrases: ActorPhrase[], pronoun: number): ActorRef | null {
  // "The UN told Israel it had violated": with an actor between the verb and "it", "it" may be
  // either of them.
  const verb = speechVerbBefore(tokens, pronoun, phrases);
  if (verb >= 0) {
    // ("Yemen's Houthi movement said": the name may stop a common noun before the verb.)
    // ("The United States condemned the incident and said it stood with": after "and", the speaker
    // is the clause's subject, not the act before "and" told by its noun.)
    const actBefore = phrases.find((phrase) => phrase.end === verb - 1 && phrase.fromMemory);
    // ("The junta has denied targeting civilians and says it is fighting": the object of the verb
    // before "and" is not the speaker either.)
    const objectBefore = !(phrases.find((phrase) => phrase.end === verb - 1)?.start === 0);
    let subject =
      tokens[verb - 1]?.norm === 'and' &&
      ((actBefore && namesAnAct(tokens[verb - 2]?.norm ?? '')) || objectBefore)
        ? phrases.filter((phrase) => phrase.start < verb).sort((a, b) => a.start - b.start)[0]
        : (phrases.find((phrase) => phrase.end === verb) ??
          (tokens[verb - 1]?.capitalized || tokens[verb - 1]?.punct
            ? undefined
            : phrases.find((phrase) => phrase.end === verb - 1)));
    // ("The U.S. Embassy in Dar es Salaam said it": the place where the speaker sits is not it.)
    const seat = subject && tokens[subject.start - 1]?.norm === 'in' ? subject.start - 1 : -1;
    if (seat > 0) subject = phrases.find((phrase) => phrase.end === seat) ?? subject;
    // "they" is a plural ("the Houthis", "militants", "police", "the IDF"), not "the ministry".
    const singularOffice =
      !/s$/.test(tokens[verb - 1]?.norm ?? '') && (subject?.actor.role ?? 'GOV') === 'GOV';
    if (tokens[pronoun]?.norm === 'they' && singularOffice) return null;
    return subject?.actor ?? null;
  }
  return null;
}

/**
 * The speech verb a few words before a pronoun ("said on Sunday they"), or -1: not past punctuation,
 * nor, when `phrases` are given, past an actor named between.
 */
function speechVerbBefore(tokens: Token[], pronoun: number, phrases?: ActorPhrase[]): number {
  for (let verb = pronoun - 1; verb >= Math.max(0, pronoun - 4); verb--) {
    const token = tokens[verb];
    if (!token || token.punct) return -1;
    if (phrases?.some((phrase) => phrase.start <= verb && phrase.end > verb)) return -1;
    if (SPEECH_VERBS.has(token.norm)) return verb;
  }
  return -1;
}
/**
 * The speakers of "A, B and C said (on Sunday) they ...": a list of two or more actors right before
 * the speech verb "they" follows, or none.
 */
function coordinatedSpeakers(tokens: Token[], phrases: ActorPhrase[], pronoun: number): ActorRef[] {
  const verb = speechVerbBefore(tokens, pronoun);
  if (verb < 0) return [];
  let current = phrases.find((phrase) => phrase.end === verb);
  const list: ActorPhrase[] = [];
  while (current) {
    list.unshift(current);
    const start = current.start;
    current = phrases.findLast((phrase) => {
      if (phrase.end > start) return false;
      const gap = tokens
        .slice(phrase.end, start)
        .map((word) => word.norm)
        .join(' ');
      return gap === ',' || gap === 'and' || gap === ', and';
    });
  }
  return list.length > 1 ? list.map((phrase) => phrase.actor) : [];
}

/** Verbs that attribute words to a speaker: a quotation's ('"...," X said') or a clause's ('..., he added'). */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'added',
  'noted',
  'stressed',
  'explained',
  'told',
  'wrote',
  'tweeted',
  'stated',
  'declared',
]);

/** Nouns that share the "of <country>" of the next one: "the government and people of Japan". */
const SHARED_OF_NOUNS = new Set(['government', 'authorities', 'leadership', 'parliament']);

/**
 * A phrase that names who speaks: not a pronoun or a reference, but a surname told before is ("Türk
 * said"), when the story has no speaker of its own, the person holds an office of an organisation,
 * or is on the speaker's side: a header's "Foreign
 * Minister Weber on the arrests in Georgia" may have given Weber the wrong country.
 */
function namesSpeaker(phrase: ActorPhrase, tokens: Token[], speaker: ActorRef | null): boolean {
  if (!phrase.fromMemory) return true;
  const word = tokens[phrase.start];
  const { country, org } = phrase.actor;
  return (
    phrase.end === phrase.start + 1 &&
    (country !== null || org !== null) &&
    (speaker === null || org !== null || country === speaker.country) &&
    word?.capitalized === true &&
    !PRONOUNS.has(word.norm) &&
    !FIRST_PERSON.has(word.norm)
  );
}

/** At most this many words of a title ("UN rights chief") stand between a quotation and its speaker. */
const TITLE_WORDS_BEFORE_SPEAKER = 4;

/** Verbs that introduce a quotation after its speaker ("The Chinese embassy replied: ..."). */
const INTRODUCING_VERBS = new Set([
  ...SPEECH_VERBS,
  'replied',
  'responded',
  'countered',
  'retorted',
  'insisted',
]);

/**
 * 'The Chinese embassy replied on Monday: "We urge Manila ..."': the "we" of a quotation that its
 * speaker introduces, before the quotation opens, is that speaker, whoever issued the text.
 */
function speakerBeforeQuote(tokens: Token[], phrases: ActorPhrase[], at: number): ActorRef | null {
  let opening = -1;
  let quotes = 0;
  for (let i = 0; i < at; i++) {
    if (tokens[i]?.norm !== '"') continue;
    quotes++;
    opening = i;
  }
  if (quotes % 2 !== 1 || ![':', ','].includes(tokens[opening - 1]?.norm ?? '')) return null;
  for (let verb = opening - 2; verb >= Math.max(0, opening - 6); verb--) {
    if (!INTRODUCING_VERBS.has(tokens[verb]?.norm ?? '')) continue;
    const speaker = phrases.find((phrase) => phrase.end === verb);
    return speaker && !FIRST_PERSON.has(tokens[speaker.start]?.norm ?? '') ? speaker.actor : null;
  }
  return null;
}

/**
 * The speaker a quotation in this sentence is attributed to: `"We condemn this," X said` or
 * `"...," said X`: a named actor right after a closing quote with a speech verb on its other side.
 * "We" inside that quotation is X, whoever the document's speaker is. With several quotations, the
 * first one attributed this way.
 */
function quoteSpeaker(
  tokens: Token[],
  phrases: ActorPhrase[],
  speaker: ActorRef | null,
): { actor: ActorRef; quoteEnd: number } | null {
  let quotes = 0;
  for (let closing = 0; closing < tokens.length; closing++) {
    if (tokens[closing]?.norm !== '"' || ++quotes % 2 !== 0) continue;
    const after = tokens[closing + 1];
    const verbFirst = after !== undefined && SPEECH_VERBS.has(after.norm);
    const start = closing + (verbFirst ? 2 : 1);
    const phrase = phrases.find(
      (p) =>
        namesSpeaker(p, tokens, speaker) &&
        (p.start === start || (p.start === start + 1 && tokens[start]?.norm === 'the')),
    );
    if (phrase && (verbFirst || SPEECH_VERBS.has(tokens[phrase.end]?.norm ?? ''))) {
      return { actor: phrase.actor, quoteEnd: closing };
    }
    // ('"...," UN rights chief Volker Turk said': the one named right before the verb, past a title.)
    const titled = verbFirst
      ? undefined
      : phrases.find(
          (p) =>
            namesSpeaker(p, tokens, speaker) &&
            p.start > start &&
            p.start <= start + TITLE_WORDS_BEFORE_SPEAKER &&
            SPEECH_VERBS.has(tokens[p.end]?.norm ?? '') &&
            !tokens.slice(start, p.start).some((t) => t.punct),
        );
    if (titled) return { actor: titled.actor, quoteEnd: closing };
  }
  return null;
}

const ATTACK_DETERMINERS = new Set([
  'the',
  'this',
  'these',
  'today',
  "today's",
  'yesterday',
  "yesterday's",
  'such',
]);
const ATTACK_NOUNS = new Set([
  'launch',
  'launches',
  'raid',
  'raids',
  'incursion',
  'bombardment',
  'offensive',
  'attack',
  'attacks',
  'assault',
  'strike',
  'strikes',
  'bombing',
  'bombings',
  'airstrike',
  'airstrikes',
  'shelling',
  // "condemned the killings", "the massacre", "the abduction of 20 residents".
  'killings',
  'killing',
  'massacre',
  'massacres',
  'abduction',
  'abductions',
  'kidnapping',
  // "denounced the test" after a missile launch: the last launch's.
  'test',
  'tests',
]);
/** "condemned the ramming", "described the incident as unacceptable": the last hostile act's, force or coercion. */
const INCIDENT_NOUNS = new Set(['incident', 'incidents', 'ramming', 'collision']);
/** Names of coercive acts (root 17) and of reduced relations (root 16) a reaction can be about. */
const COERCION_NOUNS = new Set([
  'arrest',
  'arrests',
  'detention',
  'detentions',
  'crackdown',
  'ban',
  'seizure',
  // "We condemn this execution", "condemned the sentencing": the state that did it.
  'execution',
  'executions',
  'sentencing',
  'conviction',
  'deportation',
  'deportations',
]);
const MEASURE_NOUNS = new Set([
  'sanctions',
  'measures',
  'tariffs',
  'restrictions',
  'expulsion',
  'expulsions',
  'embargo',
]);
/** Names of an accusation (112 is in root 11) a reaction can be about: "rejected the accusation". */
const ACCUSATION_NOUNS = new Set([
  ...['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'claim', 'claims'],
  ...['criticism', 'condemnation'],
]);
/** Names of a show of force: "condemned the exercises" answers the last drills or deployment coded. */
const POSTURE_NOUNS = new Set([
  'exercises',
  'drills',
  'manoeuvres',
  'maneuvers',
  'deployment',
  'buildup',
  'build-up',
]);
/** Names of what someone said: "rejected the remarks", "rejected the demand" answers the last statement coded. */
const REMARK_NOUNS = new Set(['remarks', 'comments', 'demand', 'demands', 'ultimatum']);
/** Names of a release: "welcomed the release" answers whoever released last (root 08). */
const RELEASE_NOUNS = new Set(['release', 'releases', 'exchange', 'swap', 'handover']);
/** Names of a decision: "condemned the decision" answers the last act of policy coded. */
const DECISION_NOUNS = new Set(['decision', 'move']);

/** "condemned the coup": whoever seized or detained (17) or attacked (18, 19) last. */
const COUP_NOUNS = new Set(['coup', 'putsch', 'takeover']);

/** Names of hostile conduct in general: "condemned these dangerous actions" answers the last use of force. */
const CONDUCT_NOUNS = new Set([
  'actions',
  'acts',
  // "I condemn this barbaric act".
  'act',
  'provocations',
  'provocation',
  'aggression',
  'behaviour',
  'behavior',
  // "condemns the harassment of the fisheries vessel BRP Datu Sanday by the China Coast Guard".
  'harassment',
  'intimidation',
]);

/** Words for the kind of an attack between "the" and its noun: "the terrorist attack". */
/** A day named as an owner of an act: "Sunday's attack", "yesterday's air strike". */
export const DAY_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/;

const ATTACK_KINDS_BEFORE = new Set([
  'terrorist',
  'terror',
  'deadly',
  'suicide',
  'heinous',
  'cowardly',
  'brutal',
  // ("condemned the air strike", "the drone attack": the means of the attack.)
  ...['air', 'drone', 'missile', 'rocket', 'artillery', 'mortar'],
]);

/** An adjective that judges or dates an act named right after it: "the violent crackdown", "the recent arrests". */
const DESCRIBING_ADJECTIVES = new Set([
  ...['violent', 'brutal', 'harsh', 'recent', 'latest', 'continued', 'ongoing', 'unprovoked', 'illegal'],
  ...['arbitrary', 'reckless', 'unlawful', 'heinous', 'cowardly', 'deadly'],
]);

/** An adjective before an act's noun: a word of DESCRIBING_ADJECTIVES or a participle ("the escalating strikes"). */
function describes(token: Token | undefined): boolean {
  if (!token || token.capitalized || token.punct) return false;
  return DESCRIBING_ADJECTIVES.has(token.norm) || /^[a-z]{4,}(?:ing|ed)$/.test(token.norm);
}

/** Where the noun after a demonstrative's adjectives stands ("these dangerous and unlawful actions"). */
function actNounAfterAdjectives(tokens: Token[], at: number): number {
  for (let k = at; k < Math.min(tokens.length, at + 5); k++) {
    const word = tokens[k];
    if (!word || word.punct || word.capitalized) return at;
    if (namesAnAct(word.norm)) return k;
  }
  return at;
}

/** Each kind of act a noun can name, and the roots of the acts of that kind. */
const ACT_NOUN_ROOTS: [ReadonlySet<string>, ReadonlySet<string>][] = [
  [COERCION_NOUNS, new Set(['17'])],
  [COUP_NOUNS, new Set(['17', '18', '19'])],
  [INCIDENT_NOUNS, new Set(['17', '18', '19'])],
  [MEASURE_NOUNS, new Set(['16'])],
  [ACCUSATION_NOUNS, new Set(['11'])],
  [POSTURE_NOUNS, new Set(['15'])],
  [REMARK_NOUNS, new Set(['01', '02', '10', '11', '12', '13'])],
  // Acts of policy, not words: a welcome (05) is no decision.
  [DECISION_NOUNS, new Set(['06', '07', '08', '16', '17'])],
  [CONDUCT_NOUNS, new Set(['15', '17', '18', '19', '20'])],
  [RELEASE_NOUNS, new Set(['08'])],
];

/** ACT_NOUN_ROOTS by noun: one lookup per "the X" of every sentence. */
const ROOTS_OF_ACT_NOUN = new Map(
  ACT_NOUN_ROOTS.flatMap(([nouns, roots]) => [...nouns].map((noun) => [noun, roots] as const)),
);

/** "the attacks", "the accusation": a word that names an act, which a reference stands for. */
export function namesAnAct(word: string): boolean {
  return ATTACK_NOUNS.has(word) || ROOTS_OF_ACT_NOUN.has(word) || COURT_NOUNS.has(word);
}

/**
 * Who did the act `noun` names ("the arrests", "the accusation", "the decision"): the doer of the
 * most recent act coded in the story whose root the noun can name. Attacks have their own memory.
 */
function lastDoerOf(noun: string, memory: DocumentMemory, condemners?: ActorRef[]): ActorRef | undefined {
  if (ATTACK_NOUNS.has(noun))
    return (condemners && attackerCondemnedBy(condemners, memory)) ?? memory.lastAttacker ?? undefined;
  // ("condemned the verdict" after police arrests: a verdict is the court's the story told last.)
  if (COURT_NOUNS.has(noun)) return memory.lastCourt ?? undefined;
  const roots = ROOTS_OF_ACT_NOUN.get(noun);
  if (!roots) return undefined;
  let doer: ActorRef | undefined;
  // The map keeps roots in the order their last act was coded, so the last match is the latest.
  for (const [root, actor] of memory.lastByRoot) if (roots.has(root)) doer = actor;
  return doer;
}

/** Acts only a court does. */
const COURT_NOUNS = new Set(['verdict', 'trial']);
/** The roles of a state's own forces and government: whose acts its leaders do not condemn. */
export const OWN_FORCES_ROLES = new Set(['GOV', 'MIL', 'COP']);

/** Verbs of disapproval whose object may be "the strike" just reported. */
const CONDEMNING = /^(?:condemn|denounc|deplor|critici[sz]|decr(?:y|ie)|slam|protest)/;

/**
 * "Russia struck Dnipro ... Ukraine's air force shot down 31 drones. Zelenskiy condemned the strike":
 * a state's leaders condemn the other side's attack, not their own forces' defence, so the attacker
 * is the latest one that is not a state force of a country the condemners belong to.
 */
function attackerCondemnedBy(condemners: ActorRef[], memory: DocumentMemory): ActorRef | undefined {
  // (Only a state's own speakers: an opposition leader may well condemn the police.)
  const countries = new Set(condemners.filter(isState).map((actor) => actor.country));
  if (countries.size === 0) return undefined;
  for (let k = memory.attackers.length - 1; k >= 0; k--) {
    const attacker = memory.attackers[k];
    if (!attacker) continue;
    const own =
      attacker.country !== null &&
      countries.has(attacker.country) &&
      OWN_FORCES_ROLES.has(attacker.role ?? 'GOV');
    if (!own) return attacker;
  }
  return undefined;
}

/**
 * The verb whose object starts at `at`: "strongly condemned the strike", "condemns, in the strongest
 * terms, the attack" (an aside between commas).
 */
function verbBeforeObject(tokens: Token[], at: number): number {
  let k = at - 1;
  if (tokens[k]?.norm === ',') {
    const opened = k;
    for (k = opened - 1; k > opened - 7 && k > 0; k--) if (tokens[k]?.norm === ',') break;
    if (tokens[k]?.norm !== ',') return at - 1;
    k--;
  }
  return tokens[k]?.norm.endsWith('ly') ? k - 1 : k;
}

/** "58th", "3rd", "twelfth": a meeting's number in its name. */
const ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;

/** The government of the capital opening a release's dateline, or null (a city where the world meets, "Brussels", issues nothing). */
function issuerSeatedAt(tokens: Token[], dicts: Dictionaries): ActorRef | null {
  const place = leadingPlace(tokens, dicts)?.values[0];
  if (!place?.country || place.kind !== 'capital' || VENUES.has(place.name)) return null;
  return stateRole(place.name, place.country, 'GOV', false).actor;
}

/** Offices one person holds, ending a phrase: "Guyana's foreign minister", "the Kenyan president". */
const ONE_HOLDER = new Set([
  'minister',
  'president',
  'secretary',
  'premier',
  'chancellor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
]);

/** Whether a sentence may condemn an attack (CONDEMNING anywhere in it): one test before looking for what. */
const CONDEMNS = new RegExp(CONDEMNING.source.replace('^', '\\b'), 'i');

/** Attacks whose attackers no one knows; the guide codes them as rebels of no country. */
const UNKNOWN_ATTACKERS: ActorRef = {
  text: 'the attackers',
  name: 'unknown attackers',
  code: 'REB',
  country: null,
  role: 'REB',
  org: null,
};

/** Whether `actor` stands for the attackers of an attack no one was named for. */
export function isUnknownAttackers(actor: ActorRef): boolean {
  return actor.name === UNKNOWN_ATTACKERS.name && actor.code === UNKNOWN_ATTACKERS.code;
}

/** Nouns for violence done by someone, never a strike at work or a military exercise. */
const VIOLENCE_NOUNS = new Set([
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'killing',
  'killings',
  'massacre',
  'massacres',
  'assault',
  'shooting',
  'ambush',
]);

/**
 * "The Secretary-General condemns the attack on a convoy near Gao": an act of violence whose
 * attacker neither the sentence ("the attack carried out by the RSF") nor the story before it names:
 * no attack coded, no armed group or state forces named (an attack told in words the coder does not
 * read is still theirs).
 */
function unclaimedAttack(tokens: Token[], nounAt: number, memory: DocumentMemory): boolean {
  if (!VIOLENCE_NOUNS.has(tokens[nounAt]?.norm ?? '')) return false;
  if (memory.attackers.length > 0 || memory.lastArmedGroup || memory.lastForces) return false;
  for (let k = nounAt + 1; k < tokens.length; k++) {
    const norm = tokens[k]?.norm;
    if (norm === 'by') return false;
    if (norm === '.' || norm === ';') break;
  }
  return true;
}

/** "(The) members of (the) X" opening the sentence, X at `start`. */
function membersOpen(tokens: Token[], start: number): boolean {
  let at = tokens[start - 1]?.norm === 'the' ? start - 1 : start;
  if (tokens[at - 1]?.norm !== 'of' || tokens[at - 2]?.norm !== 'members') return false;
  at -= 2;
  return at === 0 || (at === 1 && tokens[0]?.norm === 'the');
}

/** How many short lines at most open a release, and how short they are. */
const HEADER_LINES = 4;
const HEADER_TOKENS = 18;
/** What a release calls itself in its title: its issuer follows "of" or "by". */
const DOCUMENT_WORDS = new Set([
  'communique',
  'communiqué',
  'statement',
  'declaration',
  'readout',
  'remarks',
  // "Address by the President of Ukraine", "Speech by ...", "Message of ...".
  'address',
  'speech',
  'message',
]);

/** Words of a state's office heading a release ("Ministry of Foreign Affairs", "Office of the President"). */
const OFFICE_LINE_WORDS = new Set([
  'ministry',
  'department',
  'office',
  'presidency',
  'embassy',
  'secretariat',
]);

/** Modals after a state that say what it is told to do, not what it does ("Israel must halt"). */
const TOLD_MODALS = new Set(['must', 'should', 'shall', 'needs', 'ought']);

/** What a spokesperson gives, owned in a title: "X's Regular Press Conference", "X's Remarks". */
const BRIEFING_WORDS = new Set(['conference', 'briefing', 'remarks', 'statement']);

/** Words after which a release's title names its issuer ("by", "of") or its topic ("on"). */
const TITLE_MARKERS = new Set(['by', 'of', 'on']);

/** "Statement by ...", "Press Statement by ...": a line that calls itself a release. */
function documentTitle(tokens: Token[]): boolean {
  const first = tokens[0]?.norm ?? '';
  // ("Press Statement", "Joint Communiqué of the ...".)
  return (
    DOCUMENT_WORDS.has(first) ||
    ((first === 'press' || first === 'joint') && DOCUMENT_WORDS.has(tokens[1]?.norm ?? ''))
  );
}

/** "At my direction", "on my orders": the first person directing what the sentence's forces do. */
const COMMAND_NOUNS = new Set(['direction', 'order', 'orders', 'instruction', 'instructions', 'command']);
const FIRST_PERSON = new Set(['we', 'i', "i've", "we've", "i'm", "we're", "i'd", "we'd", "i'll", "we'll"]);

const GROUP_NOUNS = new Set([
  'sides',
  'parties',
  'leaders',
  'countries',
  'ministers',
  'officials',
  'counterparts',
  'delegations',
  'governments',
  'presidents',
]);

/** "its jets", "their troops": forces owned by the actor named before ("his" and "her" too). */
/** "her government", "his administration": the government of whoever is named before. */
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
/** Offices of a state that "its" may name at a sentence's start ("Its Finance Ministry", "Its embassy"). */
const STATE_OFFICES = new Set(['ministry', 'government', 'embassy', 'cabinet', 'presidency']);

/** Where "Its [Capitalised words] Ministry" ends (exclusive), or -1. */
function ownedOfficeEnd(tokens: Token[]): number {
  for (let k = 1; k <= 3; k++) {
    const token = tokens[k];
    if (!token) return -1;
    if (STATE_OFFICES.has(token.norm)) return k + 1;
    if (!token.capitalized) return -1;
  }
  return -1;
}
/** Nouns a body's name ends in, by which the story names it again ("the Council", "the Commission"). */
const BODY_HEADS = new Set([
  'council',
  'commission',
  'committee',
  'office',
  'ministry',
  'agency',
  'tribunal',
]);
const OWNED_GOVERNMENTS = new Set([
  ...['government', 'administration', 'embassy', 'embassies', 'consulate', 'diplomats', 'ambassador'],
  'envoy',
]);
const OWNED_FORCES = new Set([
  ...['forces', 'troops', 'soldiers', 'army', 'military', 'navy', 'jets', 'warplanes', 'aircraft'],
  ...['drones', 'warships', 'artillery', 'fighters', 'units'],
]);

/** Forces named in two words, by their first: "air force", "coast guard". */
const TWO_WORD_FORCES = new Map([
  ['air', 'force'],
  ['coast', 'guard'],
]);

/** Generational suffixes after a surname. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Owners whose envoys and offices are their own, not a state's. */
const NON_STATE_OWNERS = new Set(['REB', 'INS', 'SEP', 'OPP', 'PTY']);

/** "police", "protesters", "troops": a phrase ending in a plural common noun ("its" is never theirs). */
function namesAPlural(last: Token | undefined): boolean {
  if (!last || last.capitalized) return false;
  return last.norm === 'police' || last.norm === 'people' || /[^s]s$/.test(last.norm);
}

/** Of GROUP_NOUNS, the people who meet ("the two leaders"), not the sides of a fight. */
const PEOPLE_GROUP_NOUNS = new Set([
  'leaders',
  'ministers',
  'delegations',
  'presidents',
  'officials',
  'counterparts',
]);

/** Nouns for two states as such: "the two neighbours" are the states of the last event between two. */
const STATE_PAIR_NOUNS = new Set(['neighbours', 'neighbors', 'nations', 'countries', 'capitals']);

/** Group nouns that only states fill: "both governments". */
const STATE_GROUP_NOUNS = new Set(['governments', 'government', 'countries', 'presidents']);

/** A verb in the past right after "Leaders" ("Leaders condemned", "Leaders also called"). */
const LEADERS_ACTING = /^(?:also|jointly|further|\w+ed|reaffirmed|underscored)$/;
/** Verbs of a gathering of its own, not an act of those who met. */
const GATHERING_VERBS = new Set(['gathered', 'assembled', 'arrived', 'convened']);

/** Words for the office of those who met: "the prime ministers", "the foreign ministers". */
const OFFICE_KINDS = new Set(['prime', 'foreign', 'defence', 'defense', 'finance', 'trade']);

/** Offices of two words named after "of": "the Ministers of Foreign Affairs". */
const OFFICE_AFTER_OF = new Set(['foreign affairs', 'internal affairs', 'home affairs']);

/** GROUP_NOUNS one at a time: "each delegation". */
const EACH_GROUP_NOUNS = new Set(['side', 'party', 'delegation', 'government', 'leader']);

/** What follows a bare "the two" that stands for two people: a verb in the past, or an auxiliary. */
const BARE_PAIR_NEXT =
  /^(?:\w+ed|held|met|spoke|signed|agreed|discussed|also|have|had|will|would|are|were|later|then|jointly)$/;

/** Length of "the two sides" / "both sides" / "the sides" / "all parties" at `at`, or 0. */
function groupReference(tokens: Token[], at: number, afterMeeting: boolean): number {
  const words = [tokens[at]?.norm, tokens[at + 1]?.norm, tokens[at + 2]?.norm];
  // "The leaders signed a joint statement" after a meeting: those who met ("the leaders of the
  // protest" are someone else's).
  if (afterMeeting && words[0] === 'the' && PEOPLE_GROUP_NOUNS.has(words[1] ?? '') && words[2] !== 'of')
    return 2;
  // "The Heads of State held talks in narrow and expanded formats", "the two heads of state witnessed
  // the signing": those who met, by their rank.
  const two = words[1] === 'two' ? 1 : 0;
  if (
    afterMeeting &&
    words[0] === 'the' &&
    tokens[at + 1 + two]?.norm === 'heads' &&
    tokens[at + 2 + two]?.norm === 'of' &&
    tokens[at + 3 + two]?.norm === 'state'
  )
    return 4 + two;
  // "The Prime Ministers signed", "the foreign ministers agreed": those who met, by their office.
  if (
    afterMeeting &&
    words[0] === 'the' &&
    OFFICE_KINDS.has(words[1] ?? '') &&
    PEOPLE_GROUP_NOUNS.has(words[2] ?? '') &&
    tokens[at + 3]?.norm !== 'of'
  )
    return 3;
  // "The Ministers of Foreign Affairs signed": those who met, by their office named after it.
  if (
    afterMeeting &&
    words[0] === 'the' &&
    PEOPLE_GROUP_NOUNS.has(words[1] ?? '') &&
    words[2] === 'of' &&
    OFFICE_AFTER_OF.has(`${tokens[at + 3]?.norm ?? ''} ${tokens[at + 4]?.norm ?? ''}`)
  )
    return 5;
  // "Leaders condemned Russia's strikes" opening a sentence of a joint statement: those who met.
  // ("Leaders across Europe condemned", "Leaders gathered in Brussels": others, elsewhere.)
  if (
    afterMeeting &&
    at === 0 &&
    words[0] === 'leaders' &&
    LEADERS_ACTING.test(words[1] ?? '') &&
    !GATHERING_VERBS.has(words[1] ?? '')
  )
    return 1;
  if (words[0] === 'both' && GROUP_NOUNS.has(words[1] ?? '')) return 2;
  if (words[0] === 'the' && words[1] === 'two' && GROUP_NOUNS.has(words[2] ?? '')) return 3;
  // "before the two held talks", "The two also agreed": a bare "the two" before its verb.
  if (words[0] === 'the' && words[1] === 'two' && BARE_PAIR_NEXT.test(words[2] ?? '')) return 2;
  // "met separately with each delegation", "urged each side".
  if (words[0] === 'each' && EACH_GROUP_NOUNS.has(words[1] ?? '') && words[2] !== 'of') return 2;
  if (words[0] === 'the' && (words[1] === 'sides' || words[1] === 'parties')) return 2;
  // "urged all parties", "all sides", "the warring parties". ("all parties to the Revitalized
  // Agreement", "all parties in Sudan" name parties of their own, not the story's last two sides.)
  if (words[0] === 'all' && (words[1] === 'sides' || words[1] === 'parties')) {
    const next = tokens[at + 2]?.norm;
    return next === 'in' || (next === 'to' && tokens[at + 3]?.norm === 'the') ? 0 : 2;
  }
  if (words[0] === 'the' && words[1] === 'warring' && (words[2] === 'sides' || words[2] === 'parties'))
    return 3;
  // ("urged the two warring parties to agree to a ceasefire".)
  if (
    words[0] === 'the' &&
    words[1] === 'two' &&
    words[2] === 'warring' &&
    ['sides', 'parties'].includes(tokens[at + 3]?.norm ?? '')
  )
    return 4;
  return 0;
}

/**
 * Whom a group reference ending at `end` stands for: the states of the last event between two (a
 * state pair: "the two neighbours"), those who met ("the two leaders" after a readout that told of
 * strikes: people who met, not the armies that fought), else the sides of the last meeting or fight.
 * ("praised both governments" after talks between Pakistan and Afghanistan and a Taliban attack:
 * governments are states, not the armed group that fought one of them.)
 */
function sidesReferredTo(
  tokens: Token[],
  end: number,
  statePair: boolean,
  memory: DocumentMemory,
): ActorRef[] {
  const noun = tokens[end - 1]?.norm ?? '';
  const people = (PEOPLE_GROUP_NOUNS.has(noun) || noun === 'two') && memory.meetingParticipants.length > 1;
  const named = statePair ? memory.lastStatePair : people ? memory.meetingParticipants : memory.participants;
  if (!STATE_GROUP_NOUNS.has(noun)) return named;
  const states = named.filter(isState);
  if (states.length === named.length) return named;
  if (states.length > 1) return states;
  return memory.lastStatePair.length > 1 ? memory.lastStatePair : named;
}

/** Length of "all parties", "all political actors", "all candidates" at `at` (not "all parties in X"), or 0. */
function allPartiesReference(tokens: Token[], at: number): number {
  if (tokens[at]?.norm !== 'all') return 0;
  const length = tokens[at + 1]?.norm === 'political' || tokens[at + 1]?.norm === 'relevant' ? 3 : 2;
  if (!ALL_PARTIES_NOUNS.has(tokens[at + length - 1]?.norm ?? '')) return 0;
  const next = tokens[at + length]?.norm;
  // ("all parties to the conflict", "all parties in Sudan": parties named otherwise.)
  const toAParty = next === 'to' && DETERMINERS_AFTER_TO.has(tokens[at + length + 1]?.norm ?? '');
  return next === 'in' || next === 'of' || toAParty ? 0 : length;
}

const DETERMINERS_AFTER_TO = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);

const ALL_PARTIES_NOUNS = new Set(['parties', 'sides', 'stakeholders', 'actors', 'candidates']);

/** Nouns for an organisation's members as a body: "EU foreign ministers", "the heads of government of". */
const MEMBER_NOUNS = new Set(['leaders', 'ministers', 'heads', 'members']);

/**
 * Whether the organisation named from `start` to `end` is named as its members: with a member noun
 * inside its phrase or right after it ("Caribbean leaders", "EU foreign ministers"), or before "of"
 * ("The Foreign Ministers of ASEAN", "the heads of government of the Caribbean Community").
 */
function namesMembers(tokens: Token[], start: number, end: number): boolean {
  // ("the G20 finance ministers' meeting" names a meeting, not the body's members acting.)
  for (let k = start; k < Math.min(tokens.length, end + 2); k++)
    if (MEMBER_NOUNS.has(tokens[k]?.norm ?? '')) return tokens[k]?.possessive !== true;
  const of = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  if (tokens[of]?.norm !== 'of') return false;
  for (let k = of - 1; k >= Math.max(0, of - 3); k--)
    if (MEMBER_NOUNS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * Length of "the ministers", "the foreign ministers", "the leaders", "the six member states", "the heads
 * of government" at `at` (not "the leaders of ..."), or 0.
 */
function membersReference(tokens: Token[], at: number): number {
  let k = at + 1;
  if (isCount(tokens[k]?.norm ?? '') && tokens[k]?.norm !== 'two') k++;
  if (tokens[k]?.norm === 'foreign') k++;
  const noun = tokens[k]?.norm ?? '';
  let end = k + 1;
  if (
    noun === 'heads' &&
    tokens[k + 1]?.norm === 'of' &&
    ['government', 'state'].includes(tokens[k + 2]?.norm ?? '')
  )
    end = k + 3;
  else if (noun === 'member' && tokens[k + 1]?.norm === 'states') end = k + 2;
  else if (noun !== 'leaders' && noun !== 'ministers') return 0;
  return tokens[end]?.norm === 'of' ? 0 : end - at;
}

/** Length of "the two neighbours" / "both countries" at `at`, or 0. */
function statePairReference(tokens: Token[], at: number): number {
  const words = [tokens[at]?.norm, tokens[at + 1]?.norm, tokens[at + 2]?.norm];
  if (words[0] === 'both' && STATE_PAIR_NOUNS.has(words[1] ?? '')) return 2;
  if (words[0] === 'the' && words[1] === 'two' && STATE_PAIR_NOUNS.has(words[2] ?? '')) return 3;
  return 0;
}

/** "them": a group named earlier in the sentence after its subject, or the last target before it. */
function themReferent(phrases: ActorPhrase[], at: number, memory: DocumentMemory): ActorRef | null {
  const earlier = phrases
    .filter((phrase) => phrase.end <= at && (phrase.actor.country || phrase.actor.org))
    .slice(1);
  return earlier[earlier.length - 1]?.actor ?? memory.lastTarget;
}

/**
 * The actor phrases of one sentence, in order, and what they teach the memory. `withReferences`
 * false skips the phrases that only stand for actors named before ("its jets", "the two sides",
 * pronouns, "the attack"): a sentence with no act to code needs only what it names.
 */
export function findActors(
  sentence: string,
  tokens: Token[],
  dicts: Dictionaries,
  memory: DocumentMemory,
  day: string,
  /** Where the sentence starts after a wire dateline (datelineEnd), or 0. */
  storyStart: number,
  withReferences = true,
): ActorPhrase[] {
  // "Nairobi, 8 October 2025 - Cabinet Secretary ... welcomed": a release's place and date line, in
  // title case (a wire bureau's is in capitals), is where its issuer sits.
  if (storyStart > 0 && !tokens[0]?.allCaps && !memory.speaker)
    memory.speaker = issuerSeatedAt(tokens, dicts);
  // "It"/"They" opening this sentence may stand for the previous sentence's opener, no earlier one.
  const openedBefore = memory.lastOpening;
  memory.lastOpening = null;
  const quotedBefore = memory.lastQuoteSpeaker;
  memory.lastQuoteSpeaker = null;
  const groupBefore = memory.lastOpeningGroup;
  memory.lastOpeningGroup = [];
  const metBefore = memory.metLastSentence;
  memory.metLastSentence = false;
  // A release opens with short lines (title, issuer, place and date) before its prose.
  // (Short and with no act of its own: "Grain deal blocked by Russia" is a headline, not an issuer's line.)
  const header =
    memory.sentencesRead++ < HEADER_LINES &&
    storyStart === 0 &&
    (documentTitle(tokens) || (tokens.length <= HEADER_TOKENS && !withReferences));
  const pieces = findPieces(tokens, dicts, memory, storyStart);
  // A copy: the people this sentence names are added to memory.people as they are found.
  const earlierPeople = [...memory.people];
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && canJoin(tokens, group, piece) && compatible(tokens, group, piece)) group.push(piece);
    else groups.push([piece]);
  }

  const phrases: ActorPhrase[] = [];
  let myCommand: boolean | undefined;
  for (const group of groups) {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const start = tokens[first.start]?.start ?? 0;
    const end = tokens[last.end - 1]?.end ?? start;
    const text = sentence.slice(start, end).replace(/'s$/, '');
    const definite = tokens[first.start - 1]?.norm === 'the' || first.start === 0;
    // "Putin met his deputies": someone's deputies are subordinates, not members of parliament.
    if (
      first === last &&
      tokens[first.start]?.norm === 'deputies' &&
      OWNERS.has(tokens[first.start - 1]?.norm ?? '')
    )
      continue;
    const counted = countedAt(tokens, first.start);
    const resolved =
      resolveGroup(group, text, day, memory.homeCountry, memory.speaker, definite, {
        words: tokens.slice(first.start, last.end).map((token) => token.norm),
        // The words after a dateline open the story: "CAIRO (Reuters) - President ..." is at its start.
        before: first.start === storyStart ? undefined : tokens[first.start - 1],
        counted,
        crowdSubject:
          counted &&
          countOpensClause(tokens, first.start) &&
          !PASSIVE_AUXILIARIES.has(tokens[last.end]?.norm ?? ''),
        next: tokens[last.end],
        reporter: reportingState(tokens, first.start, phrases),
        afterTime: afterTimePhrase(tokens, first.start),
        // "The Federal Government": "the" right before "Federal", no country's name between.
        theFederal: tokens[first.start - 1]?.text === 'Federal' && tokens[first.start - 2]?.norm === 'the',
        opensAsTheGovernment:
          first.start === 1 && tokens[0]?.text === 'The' && tokens[1]?.text === 'Government',
        host: HOSTING_VERBS.has(tokens[last.end]?.norm ?? '') ? hostingSeat(tokens, last.end, dicts) : null,
      }) ??
      forcesNamedBefore(
        group,
        tokens,
        text,
        definite,
        memory,
        () => groups.slice(groups.indexOf(group) + 1).flat(),
        () => groups.slice(0, groups.indexOf(group)).flat(),
      );
    if (!resolved) continue;
    if (resolved.actor.role === 'MIL' && resolved.actor.country && !resolved.fromMemory)
      memory.lastForces = resolved.actor;
    const org = resolved.actor.org;
    if (org && !resolved.fromMemory) {
      memory.organisations.delete(org);
      memory.organisations.set(org, resolved.actor);
    } else if (resolved.seatOnly && first === last) {
      // "The European Union condemned ... Georgia accused Brussels of interfering": the city that
      // hosts an organisation the story has named stands for it, not for its country.
      const hosted = SEAT_OF_ORGANISATIONS[tokens[first.start]?.norm ?? ''] ?? [];
      const named = [...memory.organisations.values()]
        .reverse()
        .find((actor) => hosted.includes(actor.org ?? ''));
      if (named) {
        resolved.actor = { ...named, text };
        resolved.seatOnly = false;
        resolved.fromMemory = true;
      }
    }
    // "The Secretary-General's Personal Envoy for Sudan": an organisation's envoy for a country is
    // the organisation's.
    const sender = resolved.actor.org
      ? undefined
      : envoySender(tokens, first.start, last.end, phrases, memory.lastPerson);
    if (sender) resolved.actor = { ...sender, text };
    // "Iran's envoy to the UN": a country's envoy to an organisation is the country's.
    const sentBy = resolved.actor.org ? countrySendingEnvoy(group, tokens) : undefined;
    if (sentBy) resolved.actor = stateRole(text, sentBy, 'GOV', false).actor;
    // "South Korea accused the North": a Korea is known by its half alone once the story names it.
    const half = KOREAN_HALVES[resolved.actor.country ?? ''];
    if (half && !resolved.fromMemory && !memory.aliases.has(half)) {
      const country = resolved.actor.country as string;
      const name = dicts.countries.get(country)?.name ?? country;
      memory.aliases.set(half, { text: name, name, code: country, country, role: null, org: null });
    }
    // "The rebels said ...", "the militants" after "the ELN rebels": the armed group named before.
    const named = resolved.actor;
    if (
      !resolved.fromMemory &&
      (named.role === 'NGO' || (ARMED_GROUP_ROLES.has(named.role ?? '') && named.country))
    )
      memory.lastGroup = named;
    if (ARMED_GROUP_ROLES.has(named.role ?? '') && !resolved.fromMemory) {
      if (named.country || named.org) memory.lastArmedGroup = named;
      else if (definite && memory.lastArmedGroup) {
        resolved.actor = { ...memory.lastArmedGroup, text };
        resolved.fromMemory = true;
      }
    }
    phrases.push({
      start: first.start,
      end: last.end,
      actor: resolved.actor,
      seatOnly: resolved.seatOnly,
      fromMemory: resolved.fromMemory,
      named: resolved.person !== null,
    });
    // Whoever a statement is from is normally named first, as a government person ("Statement by
    // President Joe Biden") or as the subject opening the text ("The United States strongly
    // condemns ..."): "we" and "I" later in the text are that actor.
    // "Russia's Arrest of a U.S. Citizen" is a headline about Russia, not a statement by it.
    const possessive = tokens[last.end - 1]?.possessive ?? false;
    // ("Russian attack on Odesa: Foreign Secretary's statement": a name modifying an act is no subject.)
    // (Not "The United States sanctions Iranian officials": an act noun followed by a name or an
    // article is a verb.)
    const afterAct = tokens[last.end + 1];
    const modifiesAct =
      namesAnAct(tokens[last.end]?.norm ?? '') &&
      !afterAct?.capitalized &&
      !['the', 'a', 'an'].includes(afterAct?.norm ?? '');
    // ("Belarus: Foreign Secretary statement on the release of political prisoners": a topic before a
    // colon is what the text is about.)
    // ("Armenia/Azerbaijan: Statement by the Spokesperson": so are two named with a slash.)
    const topic = tokens[last.end]?.norm === ':' || tokens[last.end]?.norm === '/';
    const opensSentence =
      !possessive &&
      !modifiesAct &&
      !topic &&
      // ("Tokyo, 4 April 2025 - The Government of Japan has decided": right after a dateline too.)
      (first.start === storyStart || (first.start === storyStart + 1 && tokens[storyStart]?.norm === 'the'));
    const actor = resolved.actor;
    const stateLike =
      actor.country !== null && actor.org === null && (actor.role === 'GOV' || actor.role === null);
    // ("The European Union warmly welcomes ... We call on both sides": an organisation speaks too.)
    const organisation = actor.org !== null && actor.country === null && actor.role === 'IGO';
    // A government person anywhere ("Statement by President Joe Biden"), or a state opening a sentence;
    // not a state named as an object ("We condemn the Kremlin").
    // "Readout of the Secretary's call with Egyptian Foreign Minister Sameh Shoukry": a person named
    // after "with" or "to" is the one spoken with, not the one speaking.
    const addressed = ['with', 'to', 'and'].includes(tokens[first.start - 1]?.norm ?? '');
    // ("... show once again that the Netanyahu Government has no intention": one spoken of in what is
    // said is no speaker.)
    const spokenOf = tokens
      .slice(Math.max(0, first.start - 2), first.start)
      .some((token) => token.norm === 'that');
    const namedSpeaker =
      resolved.person !== null && actor.role === 'GOV' && !possessive && !addressed && !spokenOf;
    // "The members of the Security Council condemned ... They called on": a state or an organisation
    // opening a sentence is its subject, whether or not its act was coded.
    if (
      (opensSentence || membersOpen(tokens, first.start)) &&
      !resolved.fromMemory &&
      (actor.org !== null || (actor.country !== null && actor.role !== 'CVL'))
    )
      memory.lastOpening = actor;
    // "At my direction, the U.S. military moved aircraft": whoever directs a state's forces in the
    // first person speaks for that state.
    // (Looked for once a sentence, when a state's forces are first named in it.)
    const forces = actor.role === 'MIL' && actor.country !== null;
    if (forces && myCommand === undefined)
      myCommand = tokens.some(
        (token, k) => token.norm === 'my' && COMMAND_NOUNS.has(tokens[k + 1]?.norm ?? ''),
      );
    const commandsForces = forces && myCommand === true;
    // "Statement by the NATO Secretary General", "Ministry of External Affairs / New Delhi", "STATE
    // HOUSE, NAIROBI": the header of a release names who issues it, an organisation or a government
    // (by its seat), before anyone acts.
    const before = tokens[first.start - 1]?.norm ?? '';
    // "Statement by the NATO Secretary General", "Communiqué of the ... Council of the African Union".
    // (A release's title: "Grain deal blocked by Russia" is a headline's passive.)
    // ("Joint Communiqué of the 58th ASEAN Foreign Ministers' Meeting": past the meeting's number.)
    const numbered = ORDINAL.test(before) && tokens[first.start - 2]?.norm === 'the';
    const markerAt = numbered ? first.start - 3 : before === 'the' ? first.start - 2 : first.start - 1;
    const marker = tokens[markerAt]?.norm ?? '';
    // (Only the title's first "by" or "of" names the issuer: in "Statement by Foreign Minister X on
    // the Missile Launch by North Korea" or "Readout of President X's Meeting with Prime Minister Y
    // of Japan" the later ones name what the statement is about.)
    const byline =
      (marker === 'by' || marker === 'of') &&
      documentTitle(tokens) &&
      tokens.findIndex((token) => TITLE_MARKERS.has(token.norm)) === markerAt;
    // "Ministry of Foreign Affairs, Republic of Korea": a header line naming an office, then its state.
    // ("Amnesty International, Kenya", "Humanitarian Situation Report, Sudan": no office of the state.)
    const office = tokens.slice(0, first.start - 1);
    const namesOffice =
      before === ',' &&
      last.end === tokens.length &&
      office.every((token) => token.capitalized || JOINERS.has(token.norm)) &&
      office.some((token) => OFFICE_LINE_WORDS.has(token.norm)) &&
      !phrases.some((phrase) => phrase.end <= first.start);
    // "The Peace and Security Council of the African Union, at its 1247th meeting ...:" opens the
    // numbered paragraphs of a communiqué, whose subject it is.
    const preamble =
      phrases.length === 1 && first.start < 8 && [':', ','].includes(tokens[tokens.length - 1]?.norm ?? '');
    // "Statement of the Philippine Coast Guard": a state's forces issue releases too.
    const forcesIssuer =
      byline && actor.org === null && actor.country !== null && REPORTED_ROLES.has(actor.role ?? '');
    // ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference": whose briefing it is.)
    const ownsBriefing =
      possessive &&
      first.start === 0 &&
      tokens.slice(last.end, last.end + 4).some((token) => BRIEFING_WORDS.has(token.norm));
    const issuer =
      (!possessive || ownsBriefing) &&
      !modifiesAct &&
      !topic &&
      (stateLike || (actor.org !== null && actor.country === null && actor.role !== 'REB') || forcesIssuer) &&
      ((header && (first.start === 0 || byline || (before === ',' && (resolved.seatOnly || namesOffice)))) ||
        preamble);
    // A titled official the dictionaries do not know, in a text's first lines, is placed by guesswork
    // (the country the story is set in): "Foreign Minister Weber on the arrests ... in Georgia" is no
    // Georgian's release.
    const guessed =
      memory.sentencesRead <= HEADER_LINES &&
      !resolved.person &&
      group.some((piece) => piece.holdsName === true);
    // (An issuer named again, "The Peace and Security Council ... (AU)", counts: it is a name, not a pronoun.)
    const namedAgain = resolved.fromMemory && tokens[first.start]?.capitalized === true;
    // ("Brussels, 23.06.2025" heading an EU statement: where the world meets speaks for no one.)
    const venue = resolved.seatOnly && VENUES.has(text);
    if (
      !memory.speaker &&
      !venue &&
      (!resolved.fromMemory || (issuer && namedAgain)) &&
      !guessed &&
      ((stateLike && namedSpeaker) ||
        // ("Israel must immediately halt its attacks" in a Turkish statement: a state told what it
        // must do is spoken of, not speaking.)
        ((stateLike || organisation) &&
          opensSentence &&
          !memory.wireStory &&
          !TOLD_MODALS.has(tokens[last.end]?.norm ?? '')) ||
        commandsForces ||
        issuer)
    ) {
      memory.speaker =
        (actor.org !== null && actor.country === null) || (issuer && forcesIssuer)
          ? actor
          : { ...actor, role: 'GOV', code: `${actor.country}GOV` };
      memory.speakerSure = issuer || commandsForces;
    }
    if (actor.country !== null || actor.org !== null)
      learnAcronym(tokens, first.start, last.end, actor, memory);
    if (actor.org !== null && actor.country === null && namesMembers(tokens, first.start, last.end))
      memory.orgMembers = actor;
    // "opposition leader Issa Tchiroma Bakary" ... "Tchiroma": a name no dictionary knows, taken in
    // by a title, is known by its later words (the first is a given name) for the rest of the story.
    // ("President Thabo Nkosi of South Africa": the title holding the name need not end the phrase.)
    const titled = group.find((piece) => piece.nameStart !== undefined);
    if (!resolved.person && !resolved.fromMemory && titled?.nameStart !== undefined) {
      const from = titled.end - titled.nameStart > 1 ? titled.nameStart + 1 : titled.nameStart;
      for (let k = from; k < titled.end; k++) {
        const word = tokens[k];
        if (!word || !(word.capitalized || ARTICLE_PREFIX.test(word.text))) continue;
        // ("People's Liberation Army Air Force ... The Australian Defence Force": words of a body's
        // name are no one's name.)
        if (BODY_NAME_WORDS.has(word.norm)) continue;
        if (!memory.aliases.has(word.norm)) memory.aliases.set(word.norm, resolved.actor);
        // "al-Mansouri" ... "Mansouri": the article is as often dropped as kept.
        const bare = word.norm.replace(LEADING_ARTICLE, '');
        if (bare !== word.norm && bare.length > 2 && !memory.aliases.has(bare))
          memory.aliases.set(bare, resolved.actor);
      }
      // ("President Park Jin-ho" ... "Park": Chinese and Korean names put the family name first.)
      const family = tokens[titled.nameStart];
      if (
        family?.capitalized &&
        titled.end - titled.nameStart > 1 &&
        FAMILY_NAME_FIRST.has(resolved.actor.country ?? '') &&
        !BODY_NAME_WORDS.has(family.norm) &&
        !memory.aliases.has(family.norm)
      )
        memory.aliases.set(family.norm, resolved.actor);
      // A person all the same: "He urged both sides" in the next sentence is this subject.
      if (phrases.length === 1 && !tokens.slice(0, first.start).some((token) => PRONOUNS.has(token.norm)))
        memory.lastPerson = resolved.actor;
    } else if (
      // "Guyana's foreign minister, Carla Persaud, called ... She also urged": one holder of an office,
      // opening the sentence, is the person "he" or "she" stands for next.
      phrases.length === 1 &&
      opensSentence &&
      resolved.actor.role === 'GOV' &&
      !resolved.fromMemory &&
      ONE_HOLDER.has(tokens[last.end - 1]?.norm ?? '')
    ) {
      memory.lastPerson = resolved.actor;
    }
    // "H.E. Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the Republic of the Philippines,":
    // a name no dictionary knows, with a state's office in apposition, is that official; "Secretary
    // Manalo" later is known by the surname. (The apposition may end the sentence.)
    // ("Vijitha Herath, the Foreign Minister of Sri Lanka,": past an article.)
    const comma = tokens[first.start - 1]?.norm === 'the' ? first.start - 2 : first.start - 1;
    if (
      !resolved.fromMemory &&
      resolved.actor.role === 'GOV' &&
      resolved.actor.country &&
      tokens[comma]?.norm === ',' &&
      (tokens[last.end]?.norm === ',' ||
        (tokens[last.end]?.norm === '.' && last.end === tokens.length - 1) ||
        officeGoesOn(tokens, last.end))
    ) {
      const surname = tokens[comma - 1];
      // (The capitalised words before the comma are a name, not a place the sentence opens with:
      // "Speaking at Chatham House, Ukraine's Foreign Minister, ...".)
      let nameStart = comma - 1;
      while (nameStart > 0 && tokens[nameStart - 1]?.capitalized && comma - 1 - nameStart < 5) nameStart--;
      const named =
        surname?.capitalized === true &&
        surname.norm.length > 2 &&
        tokens[comma - 2]?.capitalized === true &&
        !PLACE_PREPOSITIONS_BEFORE_NAME.has(tokens[nameStart - 1]?.norm ?? '') &&
        !phrases.some((phrase) => phrase.start <= comma - 1 && phrase.end > comma - 2);
      if (named && !memory.aliases.has(surname.norm)) memory.aliases.set(surname.norm, resolved.actor);
    }
    // "welcomed the Foreign Minister of Sri Lanka, Vijitha Herath, to New Delhi": a name no
    // dictionary knows in apposition after a state's office is that official, as above.
    if (
      !resolved.fromMemory &&
      !resolved.person &&
      resolved.actor.role === 'GOV' &&
      resolved.actor.country &&
      tokens[last.end]?.norm === ','
    ) {
      let end = last.end + 1;
      while (tokens[end]?.capitalized && end - last.end <= 4) end++;
      const closed = tokens[end]?.norm === ',' || (tokens[end]?.norm === '.' && end === tokens.length - 1);
      const surname = tokens[end - 1];
      const named =
        closed &&
        end - last.end > 2 &&
        surname !== undefined &&
        surname.norm.length > 2 &&
        !phrases.some((phrase) => phrase.start < end && phrase.end > last.end);
      if (named && !memory.aliases.has(surname.norm)) memory.aliases.set(surname.norm, resolved.actor);
    }
    if (resolved.person) {
      if (resolved.actor.role !== null) remember(memory.people, resolved.actor);
      // "He" in a later sentence is most often the subject of an earlier one, not any person named;
      // in "He met Vladimir Putin" the subject is still the earlier one's.
      // ("Members of the Viv Ansanm gang coalition freed the hostages": a group is no "he".)
      const group =
        GROUP_WORDS.has(tokens[last.end]?.norm ?? '') ||
        tokens.slice(Math.max(0, first.start - 3), first.start).some((token) => token.norm === 'members');
      if (
        phrases.length === 1 &&
        !group &&
        !tokens.slice(0, first.start).some((token) => PRONOUNS.has(token.norm))
      )
        memory.lastPerson = resolved.actor;
      // Later mentions by surname ("Blinken") resolve to the same actor within this document.
      // ("Ferdinand Marcos Jr." is known later as "Marcos": past a generational suffix.)
      const suffixed = NAME_SUFFIXES.has(tokens[last.end - 1]?.norm ?? '') && last.end - last.start > 2;
      const surname = tokens[suffixed ? last.end - 2 : last.end - 1];
      // ("al-Sharaa" is written with a small article and is a surname all the same.)
      const written = surname && (surname.capitalized || ARTICLE_PREFIX.test(surname.text));
      if (surname && written && last.end - last.start > 1 && !BODY_NAME_WORDS.has(surname.norm)) {
        memory.aliases.set(surname.norm, resolved.actor);
        // "Ahmed al-Sharaa" ... "Sharaa": the news drops the Arabic article as often as it keeps it.
        const bare = surname.norm.replace(LEADING_ARTICLE, '');
        if (bare !== surname.norm && bare.length > 2) memory.aliases.set(bare, resolved.actor);
      }
      // Chinese and Korean names put the family name first ("Lee Jae-myung" is President Lee).
      // (The family name is the first word of the name, wherever a title puts it in the phrase.)
      const familyName = resolved.person.name.split(' ')[0]?.toLowerCase();
      const family = tokens.slice(last.start, last.end).find((token) => token.norm === familyName);
      if (
        family?.capitalized &&
        !BODY_NAME_WORDS.has(family.norm) &&
        last.end - last.start > 1 &&
        FAMILY_NAME_FIRST.has(resolved.actor.country ?? '')
      )
        memory.aliases.set(family.norm, resolved.actor);
    }
  }

  // "Venezuela's government and the country's main opposition": the country is the one the sentence
  // named before, not the one the story was filed from.
  for (const phrase of phrases) {
    const before = tokens[phrase.start - 1];
    const { role, org } = phrase.actor;
    if (before?.norm !== 'country' || !before.possessive || role === null || org !== null) continue;
    const owner = [...phrases].reverse().find((other) => other.end < phrase.start && other.actor.country);
    const country = owner?.actor.country;
    if (country) phrase.actor = { ...phrase.actor, country, code: `${country}${role}` };
  }
  // "the government and people of Japan": the country after "of" is the government's too.
  for (const [k, phrase] of phrases.entries()) {
    const next = phrases[k + 1];
    const { role, org } = phrase.actor;
    if (!next?.actor.country || next.start !== phrase.end + 1 || tokens[phrase.end]?.norm !== 'and') continue;
    if (phrase.end - phrase.start !== 1 || !SHARED_OF_NOUNS.has(tokens[phrase.start]?.norm ?? '')) continue;
    if (role === null || org !== null || tokens[next.start + 1]?.norm !== 'of') continue;
    const country = next.actor.country;
    phrase.actor = { ...phrase.actor, country, code: `${country}${role}` };
  }
  if (!withReferences) {
    // ("The two ministers discussed ...", with no act coded: whom a "They" next stands for.)
    const opening =
      memory.participants.length > 1 ? groupReference(tokens, 0, memory.meetingParticipants.length > 1) : 0;
    if (opening > 0) memory.lastOpeningGroup = sidesReferredTo(tokens, opening, false, memory);
    // ('"We condemn these attacks."' may follow a quotation with no act that named its speaker.)
    if (sentence.includes('"'))
      memory.lastQuoteSpeaker = quoteSpeaker(tokens, phrases, memory.speaker)?.actor ?? null;
    return phrases;
  }
  // A phrase that stands for an actor named before ("its jets", "the two sides", "he"), written as
  // the words from `start` to `end` unless `text` is given; and whether words are already one's.
  const refer = (start: number, end: number, actor: ActorRef, text?: string) =>
    phrases.push({
      start,
      end,
      actor: { ...actor, text: text ?? sentence.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0) },
      seatOnly: false,
      fromMemory: true,
      named: false,
    });
  const taken = (start: number, end: number) =>
    phrases.some((phrase) => phrase.start < end && phrase.end > start);
  // "Israel said its jets had struck Hezbollah targets", "accused the RSF of moving its fighters",
  // "Sheinbaum said her government was prepared to ...": a state's, a group's or a leader's own
  // forces or government, owned by the actor named last before them.
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (Compared directly: this runs on every word of every sentence with an act.)
    const word = tokens[i]?.norm;
    // ("Our military detected the launch" in a president's address: the speaker's state's forces.)
    if (word === 'our' && memory.speaker?.country && OWNED_FORCES.has(tokens[i + 1]?.norm ?? '')) {
      if (taken(i + 1, i + 2)) continue;
      const country = memory.speaker.country;
      refer(i, i + 2, { text: '', name: country, code: `${country}MIL`, country, role: 'MIL', org: null });
      continue;
    }
    if (word !== 'its' && word !== 'their' && word !== 'his' && word !== 'her') continue;
    const owned = tokens[i + 1]?.norm ?? '';
    // ("its air force had struck a convoy", "their coast guard": forces of two words.)
    const span = TWO_WORD_FORCES.get(owned) === tokens[i + 2]?.norm ? 3 : 2;
    const forces = span === 3 || OWNED_FORCES.has(owned);
    // "The China Coast Guard fired water cannon ... Its spokesperson, Liu Dejun, accused Manila": the
    // voice of the one that opened the sentence before.
    if (i === 0 && word === 'its' && SPOKESPEOPLE.has(owned) && openedBefore && !taken(1, 2)) {
      refer(0, 2, openedBefore);
      continue;
    }
    // ("India ... Its Finance Ministry accused Pakistan": a state's office, named by "its" alone.)
    const officeAt = i === 0 && word === 'its' ? ownedOfficeEnd(tokens) : -1;
    if (officeAt > 0 && openedBefore?.country && openedBefore.org === null && !taken(1, officeAt)) {
      const country = openedBefore.country;
      refer(0, officeAt, { ...openedBefore, role: 'GOV', code: `${country}GOV` });
      continue;
    }
    if (!forces && !OWNED_GOVERNMENTS.has(owned)) continue;
    // ("its fighters" read alone as fighters of no country: the owner says whose they are.)
    const bare = phrases.findIndex(
      (phrase) =>
        phrase.start === i + 1 && phrase.end === i + 2 && phrase.actor.country === null && !phrase.actor.org,
    );
    if (bare >= 0) phrases.splice(bare, 1);
    if (taken(i + 1, i + 2)) continue;
    // ("Mexico said police stormed its embassy": "its" is no plural's, so not the police's.)
    const owner = [...phrases]
      .reverse()
      .find(
        (phrase) =>
          phrase.end <= i &&
          phrase.actor.country !== null &&
          !(word === 'its' && namesAPlural(tokens[phrase.end - 1])),
      );
    if (!owner) continue;
    const actor = owner.actor;
    // ("Hamas said its envoy met ...": an armed group's or a party's envoy is the group's.)
    const role = !forces
      ? NON_STATE_OWNERS.has(actor.role ?? '')
        ? (actor.role as string)
        : 'GOV'
      : actor.role === null || actor.role === 'GOV'
        ? 'MIL'
        : actor.role;
    if (!forces && actor.org) continue;
    refer(i, i + span, { ...actor, role, code: actor.org ?? `${actor.country}${role}` });
  }
  // "EU foreign ministers adopted sanctions ... The ministers met Sybiha": the body named before,
  // not the people of the last meeting.
  const orgMembers = memory.orgMembers;
  if (orgMembers) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const members = tokens[i]?.norm === 'the' ? membersReference(tokens, i) : 0;
      if (members && !taken(i, i + members)) refer(i, i + members, orgMembers);
    }
  }
  // "The two sides", "both leaders": the participants of the last meeting or fight, one phrase each at the
  // same words (the caller drops the one that is the source itself). "The two neighbours", "both
  // countries": the states of the last event between two, whatever it was.
  if (memory.participants.length > 1 || memory.lastStatePair.length > 1 || memory.homeCountry) {
    // (With no two sides told, only "all parties" of the home country can be one.)
    const homeOnly = memory.participants.length <= 1 && memory.lastStatePair.length <= 1;
    for (let i = 0; i + 1 < tokens.length; i++) {
      // Every such reference starts with one of these words ("Leaders" only opening the sentence).
      const word = tokens[i]?.norm;
      if (homeOnly && word !== 'all') continue;
      if (
        word !== 'the' &&
        word !== 'both' &&
        word !== 'all' &&
        word !== 'each' &&
        !(i === 0 && word === 'leaders')
      )
        continue;
      const statePair = memory.lastStatePair.length > 1 ? statePairReference(tokens, i) : 0;
      const group =
        statePair ||
        (memory.participants.length > 1
          ? groupReference(tokens, i, memory.meetingParticipants.length > 1)
          : 0);
      // "ECOWAS urged all parties to exercise restraint" in a story of one country, with no two sides
      // told before: the parties of that country.
      const homeParties = !group && memory.homeCountry ? allPartiesReference(tokens, i) : 0;
      if (homeParties && !taken(i, i + homeParties)) {
        const text = sentence.slice(tokens[i]?.start ?? 0, tokens[i + homeParties - 1]?.end ?? 0);
        const country = memory.homeCountry ?? '';
        refer(i, i + homeParties, { text, name: text, code: country, country, role: null, org: null });
        continue;
      }
      if (!group || taken(i, i + group)) continue;
      const sides = sidesReferredTo(tokens, i + group, statePair > 0, memory);
      // ("The two ministers discussed ... They condemned": the group opening the sentence before.)
      if (i === 0) memory.lastOpeningGroup = sides;
      for (const participant of sides) refer(i, i + group, participant);
    }
  }
  // Only a sentence with a quotation mark can attribute one; looked for once, when first needed.
  let quotedCache: ReturnType<typeof quoteSpeaker> | undefined;
  const quoted = () => {
    if (quotedCache === undefined)
      quotedCache = sentence.includes('"') ? quoteSpeaker(tokens, phrases, memory.speaker) : null;
    return quotedCache;
  };
  // "We" inside an attributed quotation is its speaker; anywhere else, the document's.
  // ('"... a week," Türk said. "I urge the Government of Iran to ..."': a quotation opening the next
  // sentence, attributed to no one there, goes on in the same voice.)
  const firstPerson = (at: number) => {
    const introduced = speakerBeforeQuote(tokens, phrases, at);
    if (introduced) return introduced;
    const speaker = quoted();
    if (speaker) return at < speaker.quoteEnd ? speaker.actor : memory.speaker;
    if (
      quotedBefore &&
      tokens[0]?.norm === '"' &&
      !tokens.slice(1, at).some((t) => t.norm === '"') &&
      // ('"We struck Hezbollah," a senior official told reporters': attributed, to someone else.)
      !tokens.some((t) => SPEECH_VERBS.has(t.norm))
    )
      return quotedBefore;
    return memory.speaker;
  };
  // "These attacks", "this assault": the attacker of the last attack coded, for "we condemn these
  // attacks" (the target) and "these attacks killed civilians" (the source).
  // "Condemned the arrests", "denounced the measures", "rejected the accusation": whoever did the
  // last act of that kind.
  if (memory.lastAttacker || memory.lastByRoot.size > 0 || memory.lastCourt || CONDEMNS.test(sentence)) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const determiner = tokens[i];
      if (!determiner) continue;
      // ("rejected that demand", "denied those charges": "that" right after a verb's past form, not
      // after a verb of saying, where it opens a clause.)
      const demonstrative =
        (determiner.norm === 'that' || determiner.norm === 'those') &&
        isPastVerb(tokens[i - 1]) &&
        !SPEECH_VERBS.has(tokens[i - 1]?.norm ?? '') &&
        namesAnAct(tokens[i + 1]?.norm ?? '');
      // ("condemned Sunday's air strike": a day owning the act names it as "the" does.)
      const dayOwned = determiner.possessive === true && DAY_WORDS.test(determiner.norm);
      if (!demonstrative && !dayOwned && !ATTACK_DETERMINERS.has(determiner.norm)) continue;
      // ("these dangerous and unlawful actions": a demonstrative's noun may follow its adjectives.)
      // ("the terrorist attack", "the deadly bombing": the kind of attack may come between.)
      // ("condemned the violent crackdown": or an adjective of one word.)
      const nounAt =
        (determiner.norm === 'the' || dayOwned) &&
        !ATTACK_KINDS_BEFORE.has(tokens[i + 1]?.norm ?? '') &&
        !(describes(tokens[i + 1]) && namesAnAct(tokens[i + 2]?.norm ?? ''))
          ? i + 1
          : actNounAfterAdjectives(tokens, i + 1);
      const noun = tokens[nounAt];
      if (!noun) continue;
      // ("strongly condemned the strike": whoever the sentence named before the verb condemns it.)
      const verbAt = verbBeforeObject(tokens, i);
      const condemning = CONDEMNING.test(tokens[verbAt]?.norm ?? '');
      const condemners = condemning
        ? phrases.filter((phrase) => phrase.end <= verbAt).map((p) => p.actor)
        : [];
      const attacker =
        lastDoerOf(noun.norm, memory, condemners) ??
        (condemning &&
        (determiner.norm === 'the' || determiner.norm === 'this') &&
        unclaimedAttack(tokens, nounAt, memory)
          ? UNKNOWN_ATTACKERS
          : undefined);
      if (!attacker) continue;
      // "condemned the arrests" is aimed at the arrester; "said the measures targeted ..." makes the
      // measures a subject, which only an attack is ("these attacks killed civilians").
      const before = tokens[i - 1];
      // ("The verdict was condemned by the EU": the subject of a passive is what was done to it.)
      const participle = tokens[nounAt + 2]?.norm.endsWith('ly') ? nounAt + 3 : nounAt + 2;
      const passiveSubject =
        ['was', 'were'].includes(tokens[nounAt + 1]?.norm ?? '') && tokens[participle + 1]?.norm === 'by';
      if (
        !ATTACK_NOUNS.has(noun.norm) &&
        !passiveSubject &&
        (!before || before.punct || SPEECH_VERBS.has(before.norm))
      )
        continue;
      // "condemned the strikes": the ones just reported, by whoever the story said did them (unknown
      // gunmen too: the guide codes them as rebels of no country); "the attack by Hamas" names its
      // own attacker, and "claimed responsibility for the attack" claims it, aimed at no one.
      if (determiner.norm === 'the' && tokens[i + 2]?.norm === 'by') continue;
      if (tokens[i - 1]?.norm === 'for' && tokens[i - 2]?.norm === 'responsibility') continue;
      if (taken(i, nounAt + 1)) continue;
      // '"We condemn this attack," X said of the North Korean missile launch': the attribution names
      // whose act the quotation is about, so the story's last attacker is not.
      const speaker = quoted();
      const namedLater =
        speaker !== null &&
        i < speaker.quoteEnd &&
        phrases.some(
          (phrase) => phrase.start > speaker.quoteEnd && !phrase.fromMemory && phrase.actor !== speaker.actor,
        );
      if (namedLater) continue;
      refer(i, nounAt + 1, attacker, `${determiner.text} ${noun.text}`);
    }
  }
  // "The two ministers discussed ... They condemned ...": "They" opening the next sentence is that group;
  // after "Rao met Karimov in Tashkent", those two.
  const they =
    groupBefore.length > 1
      ? groupBefore
      : metBefore && memory.meetingParticipants.length === 2
        ? memory.meetingParticipants
        : [];
  if (tokens[0]?.norm === 'they' && they.length > 1 && !phrases.some((phrase) => phrase.start === 0)) {
    for (const participant of they) refer(0, 1, participant, tokens[0]?.text ?? 'They');
  }
  // "We, the Foreign Ministers of Canada and Germany, express ...": the joint statement's authors,
  // each of them "we" from here on.
  // (A statement its title gives to a body, "G7 Foreign Ministers' Statement", stays the body's.)
  const bodySpeaks = memory.speakerSure && memory.speaker?.org !== null && memory.speaker?.country === null;
  const close = bodySpeaks ? -1 : authorsAppositionEnd(tokens);
  if (close > 0) {
    const authors = phrases
      .filter((phrase) => phrase.start > 1 && close > 0 && phrase.end <= close && !phrase.fromMemory)
      .map((phrase) => phrase.actor)
      .filter((actor) => actor.country !== null || actor.org !== null)
      .map((actor) =>
        actor.org !== null || actor.role !== null
          ? actor
          : { ...actor, role: 'GOV', code: `${actor.country}GOV` },
      );
    // ("We, the G7 Foreign Ministers of Canada, France, ...": a body named among them speaks for all.)
    const body = authors.find((actor) => actor.org !== null && actor.country === null);
    const [first, ...rest] = body
      ? [body]
      : authors.filter((actor, k) => authors.findIndex((other) => other.code === actor.code) === k);
    if (first) {
      memory.speaker = first;
      memory.speakerSure = true;
      memory.coSpeakers = rest;
    }
  }
  // Pronouns stand for the last person named ("he said") or the document's speaker ("we condemn").
  tokens.forEach((token, i) => {
    // ("H.E.", "U.S.": initials that read as "he" and "us" once their dots are gone; only a short
    // word can be a pronoun, so the dot is looked for in those alone.)
    if (token.norm.length <= 4 && token.text.includes('.')) return;
    const referent = PRONOUNS.has(token.norm)
      ? memory.lastPerson
      : FIRST_PERSON.has(token.norm)
        ? firstPerson(i)
        : OBJECT_PRONOUNS.has(token.norm) && isObjectPronoun(tokens, i)
          ? objectPerson(phrases, i, earlierPeople, memory)
          : ownsRelease(tokens, i)
            ? heldPerson(phrases, i, earlierPeople, memory)
            : token.norm === 'them'
              ? themReferent(phrases, i, memory)
              : token.norm === 'it' && CONDEMNING.test(tokens[i - 1]?.norm ?? '') && memory.lastAttacker
                ? // ("North Korea fired a missile ... I strongly condemn it": the act just told, aimed at its doer.)
                  memory.lastAttacker
                : token.norm === 'it' || token.norm === 'they'
                  ? (reportingSubject(tokens, phrases, i) ??
                    frontedClauseSubject(tokens, phrases, i) ??
                    openingIt(tokens, phrases, i, memory, openedBefore, token.norm === 'they'))
                  : null;
    // Only a pronoun needs the phrases searched (most tokens are not one).
    if (referent && !taken(i, i + 1)) {
      // (A joint statement's "we" is each of its authors, one phrase each at the same word.)
      const joint = token.norm === 'we' && referent === memory.speaker ? memory.coSpeakers : [];
      for (const actor of [referent, ...joint]) refer(i, i + 1, actor, token.text);
    }
    // "Mali, Niger and Burkina Faso said on Sunday they were recalling": "they" is all who spoke,
    // each a phrase at the same words.
    if (token.norm === 'they' && !taken(i, i + 1)) {
      for (const speaker of coordinatedSpeakers(tokens, phrases, i)) refer(i, i + 1, speaker, token.text);
    }
  });
  // "Taiwan's Mainland Affairs Council condemned ... The Council called on": a body named before by
  // the noun its name ends in, capitalised as a name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i + 1];
    if (tokens[i]?.norm !== 'the' || !head?.capitalized || !BODY_HEADS.has(head.norm)) continue;
    const body = memory.bodies.get(head.norm);
    if (body && !taken(i + 1, i + 2)) refer(i, i + 2, body);
  }
  for (const phrase of phrases) {
    const head = tokens[phrase.end - 1]?.norm ?? '';
    // (Only a body's own name: in "the Taiwan Affairs Office of the State Council" the council is
    // the office's owner, named after "of".)
    if (phrase.fromMemory || phrase.end - phrase.start < 2 || !BODY_HEADS.has(head)) continue;
    if (phrase.actor.country === null && phrase.actor.org === null) continue;
    if (!tokens.slice(phrase.start, phrase.end).some((token) => token.norm === 'of'))
      memory.bodies.set(head, phrase.actor);
  }
  if (sentence.includes('"')) memory.lastQuoteSpeaker = quoted()?.actor ?? null;
  return phrases
    .filter((phrase) => !whereAnAmbassadorServes(phrase, tokens))
    .sort((a, b) => a.start - b.start);
}
