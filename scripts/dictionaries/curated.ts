import type { CuratedActor } from '../../lambdas/core/dictionaries/curated-actors';
import type { ActorEntry } from '../../lambdas/core/dictionaries/types';
import { normalizeName } from '../../lambdas/core/text/normalize';
import { sortRoles } from './actor-roles';
import { toDatedRole } from './cameo-actor-code';

/** Curated records in the generated shape: names normalised, codes read like Phoenix codes. */
export function curatedToEntries(curated: CuratedActor[], countries: ReadonlySet<string>): ActorEntry[] {
  return curated.map((c) => ({
    name: c.name,
    names: [...new Set([c.name, ...c.aliases].map(normalizeName))],
    roles: sortRoles(
      c.roles.map((role) => {
        if (role.country === undefined && role.role === undefined && role.org === undefined) {
          return toDatedRole(role, countries);
        }
        return {
          code: role.code,
          country: role.country ?? null,
          role: role.role ?? null,
          org: role.org ?? null,
          ...(role.from ? { from: role.from } : {}),
          ...(role.to ? { to: role.to } : {}),
        };
      }),
    ),
    source: 'curated' as const,
  }));
}
