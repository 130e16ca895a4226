/**
 * Who an actor is, for scoring: its country, or its organisation when it is an international one.
 * Sector roles are deliberately ignored: the gold sets disagree with each other on them (PETRARCH's
 * GOVMIL vs our MIL) and the question the scores answer is "did the coder find the right dyad".
 */

export interface Entity {
  country: string | null;
  org: string | null;
  role: string | null;
}

/**
 * One spelling for an organisation that labellers and coders write differently: CAMEO's and GDELT's
 * codes and the common abbreviations ("AU", "AFU"; "EU", "EUR", "EEC").
 */
const ORG_SPELLINGS = new Map(
  [
    ['AU', 'AU'],
    ['AFU', 'AU'],
    ['AFRAU', 'AU'],
    // The Organisation of African Unity, which the AU succeeded in 2002, and whose code some write.
    ['OAU', 'AU'],
    ['EU', 'EUR'],
    ['EEC', 'EUR'],
    ['EUN', 'EUR'],
    ['SADC', 'SAD'],
    ['ASEAN', 'ASN'],
    // GDELT's code for the Group of Seven.
    ['GOS', 'G7'],
    ['UN', 'UNO'],
    ['ECOWAS', 'WAS'],
    ['IGAD', 'IAD'],
    ['OSCE', 'SCE'],
    ['OSC', 'SCE'],
    // The common abbreviations of UN agencies and others that CAMEO codes differently.
    ['IAEA', 'IAE'],
    ['UNHCR', 'HCR'],
    ['UNICEF', 'KID'],
    ['ICRC', 'IRC'],
    ['OHCHR', 'HCH'],
    ['OPEC', 'OPC'],
    // CAMEO's code for NATO, which the coder writes as its name.
    ['NAT', 'NATO'],
  ].map(([spelling, code]) => [spelling as string, code as string]),
);

/**
 * The ISO 3166-1 codes that CAMEO writes otherwise: the gold sets' guide asks for ISO, the event
 * record carries CAMEO's code where the two differ (DESIGN.md; scripts/dictionaries/countries.ts).
 */
const COUNTRY_SPELLINGS = new Map([
  ['XKX', 'KSV'],
  ['TLS', 'TMP'],
]);

/**
 * A comparable key. An actor with neither country nor org ("brutal extremists", "host countries")
 * is keyed by its role so that an unknown rebel group still matches an unknown rebel group but not
 * an unknown government.
 */
export function entityKey(actor: Entity | null): string | null {
  if (actor === null) return null;
  if (actor.org) {
    const org = actor.org.toUpperCase();
    return ORG_SPELLINGS.get(org) ?? org;
  }
  if (actor.country) {
    const country = actor.country.toUpperCase();
    return COUNTRY_SPELLINGS.get(country) ?? country;
  }
  return `~${(actor.role ?? '').toUpperCase()}`;
}

export function sameEntity(a: Entity | null, b: Entity | null): boolean {
  return entityKey(a) === entityKey(b);
}

// Three-letter CAMEO sector and attribute codes that can follow IGO before the organisation itself
// (IGOCOPITP is Interpol: IGO + COP + ITP).
const ROLE_CODES = new Set([
  'GOV',
  'MIL',
  'REB',
  'OPP',
  'LEG',
  'JUD',
  'COP',
  'BUS',
  'MED',
  'NGO',
  'CVL',
  'REF',
  'IGO',
  'SPY',
  'PTY',
  'ELI',
  'EDU',
  'HLH',
  'LAB',
  'AGR',
  'CRM',
  'UAF',
  'MOD',
  'RAD',
  'HRI',
  'PPL',
  'ENV',
  'DEV',
]);

/**
 * Reads a PETRARCH-style actor code: `USAGOV` -> country USA; `IGOEUREEC` -> org EUR;
 * `IGOUNOMIL` -> org UNO; `---REB` -> unknown country, role REB; `---` or '' -> unknown actor.
 */
export function entityFromCameoCode(code: string): Entity {
  const upper = code.trim().toUpperCase();
  const chunks = upper.match(/.{1,3}/g) ?? [];
  const head = chunks[0] ?? '';
  const rest = chunks.slice(1);
  if (head === 'IGO') {
    const org = rest.find((chunk) => !ROLE_CODES.has(chunk)) ?? 'IGO';
    return { country: null, org, role: 'IGO' };
  }
  const role = rest.find((chunk) => ROLE_CODES.has(chunk)) ?? null;
  if (head === '---' || head === '') return { country: null, org: null, role };
  return { country: head, org: null, role };
}
