/**
 * Places: where the event happened. A gazetteer place introduced by a locative preposition in the
 * sentence ("in Cairo", "in the Red Sea"); for a meeting with none, the capital of a participant that
 * the article itself mentions (a meeting reported from Cairo with Egypt's president).
 */
import type { Dictionaries } from '../dictionaries';
import type { PlaceEntry } from '../dictionaries/types';
import type { Token } from '../text/tokens';
import type { ActorRef, LocationRef } from '../types';

const DIRECTIONS = /^(?:(?:north|south)(?:east|west)?|east|west|outskirts|suburbs|centre|center|heart|edge)$/;
/** What a country's name before it makes a river or a region: "the Niger River". */
export const RIVER_WORDS = new Set(['river', 'valley', 'basin', 'delta']);
const REGION_WORDS = new Set(['state', 'province', 'county', 'governorate', 'oblast', 'region']);
/** Cities where the world meets: a meeting or a statement there is no act of their country. */
export const VENUES = new Set(['Brussels', 'Geneva', 'Strasbourg', 'The Hague', 'Luxembourg', 'New York']);
const LOCATIVE = new Set(['in', 'at', 'near', 'off', 'outside', 'inside', 'across', 'over']);

export interface PlaceMention {
  place: PlaceEntry;
  /** Token index where the place name starts. */
  at: number;
  locative: boolean;
  /**
   * A bureau dateline ("KYIV (AFP) -", "KYIV, May 14 (Reuters) -"): where the reporter is. It places
   * the story only when the rest of the article is in the same country (see findDocumentPlaces).
   */
  bureau?: boolean;
  /** Opens the text as a wire dateline, a bureau's or one naming the country: the text is a news report. */
  dateline: boolean;
}

/**
 * "KHARKIV, Ukraine: Three civilians were killed": a wire dateline that names the city and its
 * country, up to a colon or dash, says where the story happened as much as "in Kharkiv" does. A
 * bare bureau dateline ("WASHINGTON (Reuters) -", "BRUSSELS (AFP) -") is only where the reporter
 * is, and "MOSCOW, Idaho" is not Moscow.
 */
function isDateline(
  tokens: Token[],
  words: string[],
  at: number,
  length: number,
  place: PlaceEntry,
  dicts: Dictionaries,
): boolean {
  if (at !== 0 || !tokens[0]?.allCaps || words[length] !== ',' || !place.country) return false;
  const qualifier = dicts.names.longestAt(words, length + 1);
  const namesCountry = qualifier?.values.some(
    (thing) => thing.kind === 'country' && thing.entry.code === place.country,
  );
  if (!qualifier || !namesCountry) return false;
  // ("QUETTA, Pakistan, May 12 –": past the day it was filed.)
  let after = length + 1 + qualifier.length;
  if (words[after] === ',' && MONTH_WORDS.has(words[after + 1] ?? '') && /^\d/.test(words[after + 2] ?? ''))
    after += 3;
  return DATELINE_DASHES.has(words[after] ?? '') || words[after] === '(';
}
/** Month names and their short forms, as a dateline writes the day it was filed. */
export const MONTH_WORDS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(
    ' ',
  ),
);

/** What ends a dateline: "KYIV (AFP) -", "KARACHI \u2014", "LYON:". */
export const DATELINE_DASHES = new Set(['-', '\u2013', '\u2014', ':']);

/**
 * "KYIV (AFP) -", "KYIV, May 14 (Reuters) -", "KARACHI \u2014": a capitalised place opening the text
 * before an agency or straight before a dash.
 */
function isBureauDateline(tokens: Token[], at: number, length: number): boolean {
  if (at !== 0 || !tokens[0]?.allCaps) return false;
  if (DATELINE_DASHES.has(tokens[length]?.norm ?? '')) return true;
  // ("KHARTOUM, Sept 14 –": the day filed, then the dash.)
  if (
    tokens[length]?.norm === ',' &&
    MONTH_WORDS.has(tokens[length + 1]?.norm ?? '') &&
    /^\d/.test(tokens[length + 2]?.norm ?? '') &&
    DATELINE_DASHES.has(tokens[length + 3]?.norm ?? '')
  )
    return true;
  for (let i = length; i < Math.min(tokens.length, length + 6); i++) {
    if (tokens[i]?.norm === '(')
      return tokens.slice(i, i + 6).some((token) => token.norm === '-' || token.norm === ':');
  }
  return false;
}

export function findPlaceMentions(tokens: Token[], dicts: Dictionaries): PlaceMention[] {
  const words = tokens.map((token) => token.norm);
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.capitalized) continue;
    const match = dicts.places.longestAt(words, i);
    const place = match?.values[0];
    if (!match || !place) continue;
    // "Washington state", "New York state": the region named after the city, not the city.
    // ("the Niger River", "the Jordan Valley": a river or a region named after the country.)
    if (
      ((place.kind === 'capital' || place.kind === 'city') &&
        REGION_WORDS.has(words[i + match.length] ?? '')) ||
      (place.kind === 'country' && RIVER_WORDS.has(words[i + match.length] ?? ''))
    ) {
      i += match.length - 1;
      continue;
    }
    let at = words[i - 1] === 'the' ? i - 2 : i - 1;
    // "in northern Burkina Faso", "in southern Syria": a direction between the locative and the place.
    if (
      /^(?:north|south|east|west|central)(?:ern)?$|^(?:north|south)-?(?:east|west)(?:ern)?$/.test(
        words[at] ?? '',
      )
    )
      at -= 1;
    const before = words[at] ?? '';
    // "southwest of Baghdad", "the outskirts of Kyiv" say where as much as "in Baghdad" does.
    const whereOf = before === 'of' && DIRECTIONS.test(words[at - 1] ?? '');
    const dateline = isDateline(tokens, words, i, match.length, place, dicts);
    const locative = LOCATIVE.has(before) || whereOf || dateline;
    const bureau = !locative && isBureauDateline(tokens, i, match.length);
    mentions.push({ place, at: i, locative, bureau, dateline: dateline || bureau });
    i += match.length - 1;
  }
  return mentions;
}

export function toLocation(place: PlaceEntry): LocationRef {
  return { name: place.name, country: place.country, lat: place.lat, lon: place.lon };
}

/** Meetings, visits and consultations happen in someone's capital; statements and praise happen wherever the speaker is. */
const MEETING_ROOTS = new Set(['04']);

const CLAUSE_BREAKS = new Set([',', ';', ':']);

export function placeEvent(
  mentions: PlaceMention[],
  tokens: Token[],
  head: number,
  root: string,
  participants: (ActorRef | null)[],
  documentPlaces: ReadonlySet<PlaceEntry>,
  dicts: Dictionaries,
): LocationRef | null {
  const locatives = mentions.filter((mention) => mention.locative);
  // "Hezbollah fired rockets on Sunday, retaliating for a killing in Beirut": a place after the
  // verb is the act's only within its clause; past a comma it belongs to what follows.
  let clauseEnd = head + 1;
  while (clauseEnd < tokens.length && !CLAUSE_BREAKS.has(tokens[clauseEnd]?.norm ?? '')) clauseEnd++;
  const after = locatives.find((mention) => mention.at > head && mention.at < clauseEnd);
  const chosen = after ?? locatives.filter((mention) => mention.at < head).at(-1);
  if (chosen) return toLocation(chosen.place);
  if (!MEETING_ROOTS.has(root)) return null;
  for (const actor of participants) {
    const capital = actor?.country ? dicts.capitals.get(actor.country) : undefined;
    if (capital && documentPlaces.has(capital)) return toLocation(capital);
  }
  return null;
}
