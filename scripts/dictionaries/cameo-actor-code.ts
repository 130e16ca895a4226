import type { DatedRole } from '../../lambdas/core/dictionaries/types';
import type { RawRole } from './tabari-actors';

/**
 * Codes CAMEO uses for states that are not (or no longer) ISO 3166 countries, so that e.g.
 * `USRUKR` (Ukraine inside the USSR) and `YUGSRB` read as country codes, not sectors.
 */
export const HISTORICAL_COUNTRY_CODES = [
  'CSK',
  'DDR',
  'FRY',
  'KRJ',
  'KSV',
  'SCG',
  'SRP',
  'SUN',
  'TMP',
  'USR',
  'YUG',
] as const;

/** Prefixes of codes for actors that belong to no single country. */
const TRANSNATIONAL_TYPES = new Set(['IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO']);

/** Religion codes sit between the type and the group in codes like `IMGMUSISI`; skip them (Phoenix spells Muslim MUS, GDELT MOS). */
const RELIGION_CODES = new Set(
  'MUS ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO'.split(
    ' ',
  ),
);

function triples(code: string): string[] {
  return code.match(/.{1,3}/g) ?? [];
}

/**
 * Reads a CAMEO actor code as the event record wants it: `EGYGOVMIL` -> EGY / GOV (code `EGYGOV`:
 * the record carries one sector), `GBRVGB` -> the territory VGB, `IGOUNO` -> org UNO, and a bare
 * organisation code (`UNO`, `NATO`) -> that org. `countries` holds every code that names a state.
 */
export function toDatedRole(raw: RawRole, countries: ReadonlySet<string>): DatedRole {
  const parts = triples(raw.code);
  const dates = { ...(raw.from ? { from: raw.from } : {}), ...(raw.to ? { to: raw.to } : {}) };
  const [first = '', ...rest] = parts;
  if (countries.has(first) && raw.code.length % 3 === 0) {
    let country = first;
    let sectors = rest;
    if (sectors[0] && countries.has(sectors[0])) {
      country = sectors[0];
      sectors = sectors.slice(1);
    }
    const role = sectors[0] ?? null;
    return { code: country + (role ?? ''), country, role, org: null, ...dates };
  }
  if (TRANSNATIONAL_TYPES.has(first) && raw.code.length % 3 === 0) {
    const org = rest.find((part) => !RELIGION_CODES.has(part)) ?? null;
    return { code: org ?? first, country: null, role: first, org, ...dates };
  }
  return { code: raw.code, country: null, role: 'IGO', org: raw.code, ...dates };
}
