import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import actors from '../../lambdas/core/data/actors.json' with { type: 'json' };
import agents from '../../lambdas/core/data/agents.json' with { type: 'json' };
import cameo from '../../lambdas/core/data/cameo.json' with { type: 'json' };
import countries from '../../lambdas/core/data/countries.json' with { type: 'json' };
import places from '../../lambdas/core/data/places.json' with { type: 'json' };
import type {
  ActorEntry,
  AgentEntry,
  CameoCode,
  CountryEntry,
  PlaceEntry,
} from '../../lambdas/core/dictionaries/types';
import { nameTokens } from '../../lambdas/core/text/tokens';

const actorList = actors as ActorEntry[];
const byName = (name: string) => actorList.filter((a) => a.names.includes(name));
const roleOn = (name: string, date: string) =>
  byName(name)
    .flatMap((a) => a.roles)
    .filter((r) => (r.from ?? '0000') <= date && date <= (r.to ?? '9999'));

describe('the generated actors', () => {
  it('gives Al-Sisi the Egyptian government role from June 2014', () => {
    const sisi = byName('sisi');
    expect(sisi).toHaveLength(1);
    expect(sisi[0]?.roles).toContainEqual(expect.objectContaining({ code: 'EGYGOV', from: '2014-06-08' }));
    expect(roleOn('abdel fattah al-sisi', '2024-02-07').map((r) => r.code)).toEqual(['EGYGOV']);
  });

  it('gives Blinken the US government role from 26 January 2021 to 20 January 2025', () => {
    expect(byName('blinken')[0]?.roles).toEqual([
      { code: 'USAGOV', country: 'USA', role: 'GOV', org: null, from: '2021-01-26', to: '2025-01-20' },
    ]);
  });

  it.each([
    ['houthis', 'YEMREB', 'YEM', 'REB', null],
    ['hamas', 'PSEREB', 'PSE', 'REB', null],
    ['united nations', 'UNO', null, 'IGO', 'UNO'],
    ['nato', 'NATO', null, 'IGO', 'NATO'],
    ['the pentagon', 'USAMIL', 'USA', 'MIL', null],
  ])('codes %s as %s', (name, code, country, role, org) => {
    expect(roleOn(name, '2024-01-01')).toEqual([expect.objectContaining({ code, country, role, org })]);
  });

  it.each([
    ['kassym-jomart tokayev', '2024-10-02', 'KAZGOV'],
    ['sadyr japarov', '2023-06-01', 'KGZGOV'],
    ['irakli kobakhidze', '2025-01-10', 'GEOGOV'],
    ['salome zourabichvili', '2025-01-10', 'GEOOPP'],
    ['sheikh hasina', '2024-09-01', undefined],
    ['hun manet', '2024-01-01', 'KHMGOV'],
  ])('knows %s, a leader of the years Phoenix predates, on %s as %s', (name, date, code) => {
    expect(roleOn(name, date).map((role) => role.code)[0]).toBe(code);
  });

  it('keeps "Palestinian" the country and "Fatah" the party (Phoenix lists FATAH among Palestine\'s aliases)', () => {
    expect(byName('palestinian').map((a) => a.roles.map((r) => r.code))).toEqual([['PSE']]);
    expect(byName('fatah').map((a) => a.name)).toEqual(['Fatah']);
  });

  it('turns the Taliban from rebels into the Afghan government in August 2021', () => {
    expect(roleOn('taliban', '2020-01-01').map((r) => r.code)).toEqual(['AFGREB']);
    expect(roleOn('taliban', '2022-01-01').map((r) => r.code)).toEqual(['AFGGOV']);
  });

  it('normalises every surface form', () => {
    for (const a of actorList) for (const n of a.names) expect(n).toBe(n.toLowerCase().trim());
  });
});

describe('the generated countries', () => {
  const list = countries as CountryEntry[];
  it.each([
    ['egyptian', 'EGY'],
    ['american', 'USA'],
    ['palestinians', 'PSE'],
    ['emirati', 'ARE'],
  ])('reads %s as %s', (name, code) => {
    expect(list.filter((c) => c.names.includes(name)).map((c) => c.code)).toEqual([code]);
  });

  it.each([
    ['the kremlin', 'RUS'],
    ['the white house', 'USA'],
    ['cairo', 'EGY'],
  ])('reads the seat %s as %s', (seat, code) => {
    expect(list.filter((c) => c.seats.includes(seat)).map((c) => c.code)).toEqual([code]);
  });

  it('gives every actor a state of the countries file, or one that no longer exists (Republika Srpska is Bosnian)', () => {
    const states = new Set((countries as CountryEntry[]).map((country) => country.code));
    const historical = new Set(['DDR', 'SUN']);
    const elsewhere = actorList
      .flatMap((actor) => actor.roles)
      .filter((role) => role.country && !states.has(role.country) && !historical.has(role.country));
    expect(elsewhere).toEqual([]);
    expect(roleOn('republika srpska', '2025-03-01').map((role) => role.code)).toEqual(['BIH', 'BIH']);
  });

  it('reads "Congo" as the DR Congo, as wire services do, and "senate" as no one country\'s', () => {
    const congo = (countries as CountryEntry[]).filter((country) => country.names.includes('congo'));
    expect(congo.map((country) => country.code)).toEqual(['COD']);
    expect(byName('congo')).toEqual([]);
    expect(byName('senate')).toEqual([]);
    expect(byName('us senate').map((actor) => actor.roles[0]?.code)).toEqual(['USALEG']);
  });

  it('does not treat gaza as a country name', () => {
    expect(list.some((c) => c.names.includes('gaza'))).toBe(false);
  });
});

describe('the generated CAMEO table', () => {
  const list = cameo as CameoCode[];
  it('has all 312 codes and all 20 roots', () => {
    expect(list).toHaveLength(312);
    const roots = new Set(list.map((c) => c.root));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('gives 040 its root, QuadClass and PLOVER category', () => {
    expect(list.find((c) => c.code === '040')).toMatchObject({ root: '04', quadClass: 1, plover: 'CONSULT' });
  });
});

describe('the generated agents and places', () => {
  it('maps troops to MIL and prosecutors to JUD', () => {
    const list = agents as AgentEntry[];
    expect(list.find((a) => a.names.includes('troops'))?.role).toBe('MIL');
    expect(list.find((a) => a.names.includes('prosecutors'))?.role).toBe('JUD');
  });

  it('has no bare "deputy" (a sheriff\'s deputy in Phoenix), reads "deputies" as members of parliament and "deputy secretary" as government', () => {
    const list = agents as AgentEntry[];
    expect(list.filter((a) => a.names.includes('deputy'))).toEqual([]);
    expect(list.filter((a) => a.names.includes('deputies')).map((a) => a.role)).toEqual(['LEG']);
    expect(list.find((a) => a.names.includes('deputy secretary'))?.role).toBe('GOV');
  });

  it('places Cairo in Egypt', () => {
    const cairo = (places as PlaceEntry[]).find((p) => p.names.includes('cairo'));
    expect(cairo?.country).toBe('EGY');
    expect(cairo?.lat).toBeCloseTo(30.04, 1);
  });
});

describe('the stored names', () => {
  // The coder splits them on spaces at cold start (dictionaries/index.ts) instead of tokenizing them.
  it.each([
    ['actors', (actors as ActorEntry[]).flatMap((a) => a.names)],
    ['countries', (countries as CountryEntry[]).flatMap((c) => [...c.names, ...c.seats])],
    ['agents', (agents as AgentEntry[]).flatMap((a) => a.names)],
    ['places', (places as PlaceEntry[]).flatMap((p) => p.names)],
  ])('are the %s names as the coder tokenizes them, joined by single spaces', (_kind, names) => {
    expect(names.length).toBeGreaterThan(0);
    const unlike = names.filter((name) => name === '' || nameTokens(name).join(' ') !== name);
    expect(unlike).toEqual([]);
  });
});

describe('the size budgets', () => {
  const size = (file: string) => statSync(resolve(import.meta.dirname, '../../lambdas/core/data', file)).size;
  it.each([
    ['actors.json', 900 * 1024],
    ['places.json', 400 * 1024],
    ['excluded.json', 200 * 1024],
  ])('keeps %s within %d bytes', (file, budget) => {
    expect(size(file)).toBeLessThanOrEqual(budget);
  });
});
