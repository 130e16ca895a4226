import type { ActorEntry, ExcludedEntry } from '../../lambdas/core/dictionaries/types';
import { sortRoles, trimEliteRoles } from './actor-roles';
import { toDatedRole } from './cameo-actor-code';
import type { RawActor } from './tabari-actors';

/** "ABDEL_FATTAH_EL_SISI" reads better in a record as "Abdel Fattah El Sisi". */
export function displayName(normalized: string): string {
  return normalized.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Why an entry is left out; the first rule that applies names it. */
export interface ExclusionRules {
  /** Codes of countries that do not exist (TABARI's test country Kinakuta). */
  fictionalCountries: ReadonlySet<string>;
  /** Roles that ended before this date cannot code news this project reads. */
  endedBefore: string;
  /** One-word names that are ordinary English words and would fire on common text. */
  commonWords: ReadonlySet<string>;
  /** One-word aliases naming an institution every country has ("senate"). */
  institutionWords: ReadonlySet<string>;
  /**
   * Secondary sectors of junior portfolios (`GOVAGR`: minister of agriculture ...). A person whose
   * only current roles are these, and who has no short form, rarely acts in international news;
   * dropping them is what keeps the bundle small.
   */
  minorPortfolios: ReadonlySet<string>;
  /** Aliases listed under an entry they do not name, with why (a person among an institution's names). */
  misplacedAliases?: ReadonlyMap<string, string>;
}

export interface ConvertResult {
  kept: ActorEntry[];
  excluded: ExcludedEntry[];
  /** Aliases removed from entries that were otherwise kept. */
  droppedAliases: ExcludedEntry[];
}

function isMinorPortfolio(code: string, rules: ExclusionRules): boolean {
  return code.endsWith('ELI') || (code.length === 9 && rules.minorPortfolios.has(code.slice(3)));
}

export function convertPhoenixActors(
  raw: RawActor[],
  countries: ReadonlySet<string>,
  rules: ExclusionRules,
): ConvertResult {
  const kept: ActorEntry[] = [];
  const excluded: ExcludedEntry[] = [];
  const droppedAliases: ExcludedEntry[] = [];
  for (const actor of raw) {
    const label = `${actor.name} [${actor.roles.map((r) => r.code).join(' ')}]`;
    const exclude = (reason: string) => excluded.push({ entry: label, reason });
    if (actor.roles.length === 0) {
      exclude('no role');
      continue;
    }
    if (actor.roles.some((r) => rules.fictionalCountries.has(r.code.slice(0, 3)))) {
      exclude('fictional country from the TABARI test suite');
      continue;
    }
    const roles = sortRoles(trimEliteRoles(actor.roles.map((r) => toDatedRole(r, countries))));
    const current = roles.filter((r) => (r.to ?? '9999-12-31') >= rules.endedBefore);
    if (current.length === 0) {
      exclude(`all roles ended before ${rules.endedBefore}`);
      continue;
    }
    const isPerson = current.every((r) => r.role !== null || r.org !== null);
    const hasShortForm = actor.names.length > 1;
    const rawCurrent = actor.roles.filter((r) => (r.to ?? '9999-12-31') >= rules.endedBefore);
    if (isPerson && !hasShortForm && rawCurrent.every((r) => isMinorPortfolio(r.code, rules))) {
      exclude('junior-portfolio minister (or elite) only, with no short form');
      continue;
    }
    if (isPerson && !hasShortForm && current.every((r) => r.role === 'ELI')) {
      exclude('elite role only, with no short form');
      continue;
    }
    const names = actor.names.filter((n) => {
      const misplaced = rules.misplacedAliases?.get(n);
      if (misplaced) {
        droppedAliases.push({ entry: `${n} (alias of ${actor.name})`, reason: misplaced });
        return false;
      }
      if (n.includes(' ')) return true;
      const reason = rules.commonWords.has(n)
        ? 'one-word name that is a common word'
        : rules.institutionWords.has(n)
          ? 'an institution every country has: the agents dictionary reads it as a role'
          : null;
      if (!reason) return true;
      droppedAliases.push({ entry: `${n} (alias of ${actor.name})`, reason });
      return false;
    });
    if (names.length === 0) {
      exclude('one-word name that is a common word');
      continue;
    }
    kept.push({ name: displayName(actor.name), names, roles: current, source: 'phoenix' });
  }
  return { kept, excluded, droppedAliases };
}
