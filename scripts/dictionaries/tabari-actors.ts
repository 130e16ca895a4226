import { normalizeName } from '../../lambdas/core/text/normalize';

/** A role as written in the TABARI file: a raw CAMEO code with optional inclusive bounds. */
export interface RawRole {
  code: string;
  from?: string;
  to?: string;
}

export interface RawActor {
  /** The entry line's name, normalised. */
  name: string;
  /** Every surface form (the name first), normalised, deduplicated. */
  names: string[];
  roles: RawRole[];
  /** Problems the parser worked around, for the build summary. */
  warnings: string[];
}

/**
 * TABARI dates are YYMMDD (two-digit years 00-30 are 20xx) or YYYYMMDD. The file has a few typos
 * (7 or 10 digits); a 10-digit value that is a stray "19" before a valid YYYYMMDD is repaired,
 * anything else returns null so the caller can leave that bound open and say so.
 */
export function parseTabariDate(raw: string): string | null {
  let digits = raw.trim();
  if (digits.length === 10 && digits.startsWith('19')) digits = digits.slice(2);
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** `[EGYGOV 140608-160101]`, `[EGYGOV >140608]`, `[EGYGOV <140608]`, `[EGYGOV]` */
export function parseRoleSpec(spec: string): { role: RawRole | null; warning?: string } {
  const match = /^\s*([A-Z]{3,})\s*(.*?)\s*$/.exec(spec);
  if (!match?.[1]) return { role: null, warning: `unreadable role [${spec}]` };
  const role: RawRole = { code: match[1] };
  const dates = (match[2] ?? '').replace(/\s+/g, '');
  if (dates === '') return { role };
  const bound = (raw: string): string | undefined => parseTabariDate(raw) ?? undefined;
  let warning: string | undefined;
  const bad = (raw: string) => {
    warning = `bad date ${raw} in [${spec}], bound left open`;
  };
  if (dates.startsWith('>')) {
    role.from = bound(dates.slice(1));
    if (!role.from) bad(dates);
  } else if (dates.startsWith('<')) {
    role.to = bound(dates.slice(1));
    if (!role.to) bad(dates);
  } else if (dates.includes('-')) {
    const [a = '', b = ''] = dates.split('-');
    role.from = bound(a);
    role.to = bound(b);
    if (!role.from) bad(a);
    if (!role.to) bad(b);
  } else {
    // A lone date with no operator: read as "from", the usual meaning in the file.
    role.from = bound(dates);
    if (!role.from) bad(dates);
  }
  if (role.from === undefined) delete role.from;
  if (role.to === undefined) delete role.to;
  return warning ? { role, warning } : { role };
}

/** A surface form in TABARI spelling: underscores for spaces, a trailing `_` for a word boundary. */
export function tabariName(raw: string): string {
  return normalizeName(raw.replace(/_+$/, '').replace(/_/g, ' '));
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash === -1 ? line : line.slice(0, hash);
}

/**
 * Reads a TABARI .actors file. An unindented line starts an entry (its name, optionally followed
 * by roles on the same line); `+ALIAS` lines add surface forms; indented `[CODE dates]` lines add
 * dated roles.
 */
export function parseActorFile(text: string): RawActor[] {
  const actors: RawActor[] = [];
  let current: RawActor | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine);
    if (line.trim() === '') continue;
    const roleSpecs = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
    const head = line.replace(/\[[^\]]*\]/g, '').trim();
    const indented = /^\s/.test(line);
    if (!indented && head.startsWith('+')) {
      const alias = tabariName(head.slice(1));
      if (current && alias && !current.names.includes(alias)) current.names.push(alias);
    } else if (!indented && head !== '') {
      const name = tabariName(head);
      current = { name, names: [name], roles: [], warnings: [] };
      actors.push(current);
    }
    for (const spec of roleSpecs) {
      if (!current) continue;
      const { role, warning } = parseRoleSpec(spec);
      if (role) current.roles.push(role);
      if (warning) current.warnings.push(warning);
    }
  }
  return actors;
}
