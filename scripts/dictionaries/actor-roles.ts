import type { ActorEntry, DatedRole } from '../../lambdas/core/dictionaries/types';

const MIN_DATE = '0000-01-01';
const MAX_DATE = '9999-12-31';

function start(role: DatedRole): string {
  return role.from ?? MIN_DATE;
}

function end(role: DatedRole): string {
  return role.to ?? MAX_DATE;
}

/** ISO dates compare as strings; the bounds are inclusive. */
export function overlaps(a: DatedRole, b: DatedRole): boolean {
  return start(a) <= end(b) && start(b) <= end(a);
}

function shiftDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function withBounds(role: DatedRole, from: string, to: string): DatedRole {
  const { from: _f, to: _t, ...rest } = role;
  return { ...rest, ...(from !== MIN_DATE ? { from } : {}), ...(to !== MAX_DATE ? { to } : {}) };
}

/** The parts of `role`'s period that no role in `cover` touches. */
export function subtractPeriods(role: DatedRole, cover: DatedRole[]): DatedRole[] {
  let pieces: [string, string][] = [[start(role), end(role)]];
  for (const c of cover) {
    const next: [string, string][] = [];
    for (const [from, to] of pieces) {
      if (start(c) > to || end(c) < from) {
        next.push([from, to]);
        continue;
      }
      if (start(c) > from) next.push([from, shiftDay(start(c), -1)]);
      if (end(c) < to) next.push([shiftDay(end(c), 1), to]);
    }
    pieces = next;
  }
  return pieces.map(([from, to]) => withBounds(role, from, to));
}

/**
 * CountryInfo gives most leaders an open-ended "elite" role beside their offices, meaning "when not
 * in office". Kept whole it would compete with the office for the same dates, so elite roles keep
 * only the time no other role covers.
 */
export function trimEliteRoles(roles: DatedRole[]): DatedRole[] {
  const offices = roles.filter((r) => r.role !== 'ELI');
  const elite = roles.filter((r) => r.role === 'ELI').flatMap((r) => subtractPeriods(r, offices));
  return dedupeRoles([...offices, ...elite]);
}

function roleKey(r: DatedRole): string {
  return [r.code, r.country, r.role, r.org, r.from ?? '', r.to ?? ''].join('|');
}

export function dedupeRoles(roles: DatedRole[]): DatedRole[] {
  const seen = new Map<string, DatedRole>();
  for (const r of roles) if (!seen.has(roleKey(r))) seen.set(roleKey(r), r);
  return [...seen.values()];
}

export function sortRoles(roles: DatedRole[]): DatedRole[] {
  return [...roles].sort((a, b) => start(a).localeCompare(start(b)) || roleKey(a).localeCompare(roleKey(b)));
}

/** A Phoenix entry that only names a country (role and organisation empty): "PALESTINE_ +PALESTINIAN ...". */
function namesOnlyACountry(entry: ActorEntry): boolean {
  const [only, ...rest] = entry.roles;
  return only !== undefined && rest.length === 0 && only.role === null && only.org === null && !!only.country;
}

/**
 * Folds curated entries into the Phoenix ones. A curated entry takes over each Phoenix entry that
 * shares a surface form with it (a one-word form only when no other Phoenix entry has it, so a bare
 * surname cannot pull in a namesake): names are united, and the curated roles win wherever the
 * periods overlap (Phoenix roles that overlap none of them are kept, as history the curated entry
 * omits). A Phoenix entry that only names a country is never taken over by a person or a party:
 * it only loses the forms the curated entry claims (FATAH among PALESTINE's aliases). Curated names
 * are expected already normalised.
 */
export function mergeCurated(phoenix: ActorEntry[], curated: ActorEntry[]): ActorEntry[] {
  const bySurface = new Map<string, ActorEntry[]>();
  for (const entry of phoenix) {
    for (const n of entry.names) bySurface.set(n, [...(bySurface.get(n) ?? []), entry]);
  }
  const absorbed = new Set<ActorEntry>();
  // Names a curated entry takes away from a country's alias list, which itself stays the country's.
  const claimed = new Map<ActorEntry, Set<string>>();
  const merged: ActorEntry[] = [];
  for (const cur of curated) {
    const matches = new Set<ActorEntry>();
    for (const n of cur.names) {
      const hits = bySurface.get(n) ?? [];
      if (!n.includes(' ') && hits.length !== 1) continue;
      for (const hit of hits) {
        if (absorbed.has(hit)) continue;
        // Phoenix lists FATAH among the aliases of PALESTINE: the curated Fatah takes the name
        // "fatah", and "Palestinian" stays the country instead of becoming Fatah.
        if (namesOnlyACountry(hit) && !namesOnlyACountry(cur))
          claimed.set(hit, (claimed.get(hit) ?? new Set()).add(n));
        else matches.add(hit);
      }
    }
    const names = new Set(cur.names);
    const roles = [...cur.roles];
    for (const old of matches) {
      absorbed.add(old);
      for (const n of old.names) names.add(n);
      roles.push(...old.roles.filter((r) => !cur.roles.some((c) => overlaps(c, r))));
    }
    merged.push({
      name: cur.name,
      names: [...names],
      roles: sortRoles(dedupeRoles(roles)),
      source: 'curated',
    });
  }
  const kept = phoenix
    .filter((entry) => !absorbed.has(entry))
    .map((entry) => {
      const taken = claimed.get(entry);
      return taken ? { ...entry, names: entry.names.filter((n) => !taken.has(n)) } : entry;
    });
  const emptied = kept.find((entry) => entry.names.length === 0);
  // A country with no name left would silently stop being found: the curated list is wrong.
  if (emptied) throw new Error(`curated entries claim every name of ${emptied.name}`);
  return [...kept, ...merged];
}
