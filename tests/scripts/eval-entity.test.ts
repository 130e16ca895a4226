import { describe, expect, it } from 'vitest';
import { entityFromCameoCode, entityKey } from '../../scripts/eval/entity';

describe('reading PETRARCH actor codes', () => {
  it.each([
    ['USA', { country: 'USA', org: null, role: null }],
    ['USAGOV', { country: 'USA', org: null, role: 'GOV' }],
    ['IRQGOVMIL', { country: 'IRQ', org: null, role: 'GOV' }],
    ['PSEGZA', { country: 'PSE', org: null, role: null }],
    ['IGOEUREEC', { country: null, org: 'EUR', role: 'IGO' }],
    ['IGOUNOMIL', { country: null, org: 'UNO', role: 'IGO' }],
    ['IGOCOPITP', { country: null, org: 'ITP', role: 'IGO' }],
    ['---REB', { country: null, org: null, role: 'REB' }],
    ['---', { country: null, org: null, role: null }],
  ])('reads %s', (code, expected) => {
    expect(entityFromCameoCode(code)).toEqual(expected);
  });

  it.each([
    ['a country actor by its country', 'SYRREB', 'SYR'],
    ['an organisation by its org', 'IGOUNOMIL', 'UNO'],
    ['an unknown actor by its role', '---MIL', '~MIL'],
  ])('keys %s', (_name, code, key) => {
    expect(entityKey(entityFromCameoCode(code))).toBe(key);
  });

  it.each([
    ['AFU', 'AU'],
    ['OAU', 'AU'],
    ['EU', 'EUR'],
    ['SADC', 'SAD'],
    ['asean', 'ASN'],
    ['OSCE', 'SCE'],
    ['IAEA', 'IAE'],
    ['UNHCR', 'HCR'],
    ['NAT', 'NATO'],
  ])('keys the organisation written %s as %s, however a labeller spells it', (org, code) => {
    expect(entityKey({ country: null, org, role: 'IGO' })).toBe(
      entityKey({ country: null, org: code, role: 'IGO' }),
    );
  });

  it.each([
    ['XKX', 'KSV'],
    ['TLS', 'TMP'],
  ])("keys the country written %s (ISO) as CAMEO's %s, which the event record carries", (iso, cameo) => {
    expect(entityKey({ country: iso, org: null, role: 'GOV' })).toBe(
      entityKey({ country: cameo, org: null, role: 'GOV' }),
    );
  });
});
