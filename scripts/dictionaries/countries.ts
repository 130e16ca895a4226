import type { CountryEntry, ExcludedEntry } from '../../lambdas/core/dictionaries/types';
import { normalizeName } from '../../lambdas/core/text/normalize';

/** The fields of a world-countries record this build reads. */
export interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  latlng: number[];
  independent?: boolean | null;
  demonyms?: { eng?: { m: string; f: string } };
}

export interface CountryForms {
  code: string;
  names?: string[];
  seats?: string[];
}

/** Where CAMEO's country code differs from ISO 3166 (world-countries spells Kosovo "UNK"). */
export const CAMEO_COUNTRY_CODES: Record<string, string> = { UNK: 'KSV', XKX: 'KSV', TLS: 'TMP' };

export function cameoCountryCode(iso3: string): string {
  return CAMEO_COUNTRY_CODES[iso3] ?? iso3;
}

/** "Egyptian" -> "egyptians"; "French", "Chinese", "Swiss" have no plural in -s. */
function demonymForms(demonym: string): string[] {
  const d = normalizeName(demonym);
  return /(s|sh|ch|ese)$/.test(d) ? [d] : [d, `${d}s`];
}

/**
 * One entry per country: world-countries names (two-letter alt spellings skipped: they are ISO
 * codes that would fire on ordinary words such as "in" or "to"), demonyms and their plurals, plus
 * curated forms; capitals become seats unless they are listed as ambiguous.
 */
export function buildCountries(
  world: WorldCountry[],
  curated: CountryForms[],
  ambiguousCapitals: Record<string, string>,
  notNames: Record<string, string> = {},
): { countries: CountryEntry[]; excluded: ExcludedEntry[] } {
  const excluded: ExcludedEntry[] = [];
  const extra = new Map<string, CountryForms[]>();
  for (const c of curated) extra.set(c.code, [...(extra.get(c.code) ?? []), c]);
  const countries = world.map((w) => {
    const code = cameoCountryCode(w.cca3);
    const names = new Set<string>();
    for (const n of [w.name.common, w.name.official, ...w.altSpellings.filter((a) => a.length > 2)]) {
      names.add(normalizeName(n));
    }
    const eng = w.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) for (const f of demonymForms(d)) names.add(f);
    const seats = new Set<string>();
    for (const capital of w.capital) {
      const c = normalizeName(capital);
      const why = ambiguousCapitals[c];
      if (why) excluded.push({ entry: `${c} (capital of ${code})`, reason: `not a seat: ${why}` });
      else seats.add(c);
    }
    for (const forms of extra.get(code) ?? []) {
      for (const n of forms.names ?? []) names.add(normalizeName(n));
      for (const s of forms.seats ?? []) seats.add(normalizeName(s));
    }
    names.delete('');
    for (const name of names) {
      const why = notNames[name];
      if (!why) continue;
      names.delete(name);
      excluded.push({ entry: `${name} (name of ${code})`, reason: `not a name: ${why}` });
    }
    return { code, name: w.name.common, names: [...names].sort(), seats: [...seats].sort() };
  });
  return { countries: resolveSharedNames(countries, world, curated, excluded), excluded };
}

/**
 * A name several entries share ("american" is also the demonym of American Samoa) must point one
 * way. A curated form decides; otherwise an independent state keeps it over a territory; a name
 * still shared after that is dropped from all, with the reason.
 */
function resolveSharedNames(
  countries: CountryEntry[],
  world: WorldCountry[],
  curated: CountryForms[],
  excluded: ExcludedEntry[],
): CountryEntry[] {
  const owner = new Map<string, string>();
  for (const c of curated) for (const n of c.names ?? []) owner.set(normalizeName(n), c.code);
  const independent = new Set(world.filter((w) => w.independent).map((w) => cameoCountryCode(w.cca3)));
  const holders = new Map<string, CountryEntry[]>();
  for (const c of countries) for (const n of c.names) holders.set(n, [...(holders.get(n) ?? []), c]);
  for (const [name, list] of holders) {
    if (list.length < 2) continue;
    let keep = list.filter((c) => c.code === owner.get(name));
    if (keep.length === 0) keep = list.filter((c) => independent.has(c.code));
    if (keep.length !== 1) keep = [];
    for (const c of list) {
      if (keep.includes(c)) continue;
      c.names = c.names.filter((n) => n !== name);
      excluded.push({
        entry: `${name} (name of ${c.code})`,
        reason: keep[0] ? `shared name, given to ${keep[0].code}` : 'name shared by several countries',
      });
    }
  }
  return countries.sort((a, b) => a.code.localeCompare(b.code));
}
