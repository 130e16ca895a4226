import type { AgentEntry } from '../../lambdas/core/dictionaries/types';
import { normalizeName } from '../../lambdas/core/text/normalize';

/** Regular English plural of one word, as PETRARCH generated them: +s, +es, consonant+y -> ies. */
export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function agentName(raw: string): string {
  return normalizeName(raw.replace(/_+$/, '').replace(/_/g, ' '));
}

/**
 * Reads the Phoenix agents file: `!MACRO! = A, B` defines substitutions; `WORDS {PLURALS} [~SEC]`
 * gives a role word (an explicit `{...}` replaces the generated plural, `{}` means none). Only the
 * first sector of a combined code (`~GOVMIL`) is kept, as the event record carries one.
 */
export function parseAgentFile(text: string): AgentEntry[] {
  const macros = new Map<string, string[]>();
  const byRole = new Map<string, Set<string>>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro?.[1] && macro[2]) {
      macros.set(
        macro[1],
        macro[2].split(',').map((s) => s.trim()),
      );
      continue;
    }
    const code = /\[\s*~?([A-Z]{3})[A-Z]*~?\s*[\]}]/.exec(line);
    if (!code?.[1]) continue;
    const head = line.slice(0, code.index).trim();
    const braces = /\{([^}]*)\}/.exec(head);
    const phrase = head.replace(/\{[^}]*\}/, '').trim();
    if (phrase === '') continue;
    const forms = expandMacros(phrase, macros).map(agentName);
    const plurals = braces
      ? (braces[1]
          ?.split(',')
          .map((s) => agentName(s))
          .filter((s) => s !== '') ?? [])
      : forms.map((f) => f.replace(/(\S+)$/, (w) => pluralize(w)));
    const names = byRole.get(code[1]) ?? new Set<string>();
    for (const n of [...forms, ...plurals]) if (n !== '') names.add(n);
    byRole.set(code[1], names);
  }
  return [...byRole].map(([role, names]) => ({ role, names: [...names].sort() }));
}

/** `!MINIST! FOR_DEFENCE` -> ["minister for defence", "ministers for defence", ...] */
function expandMacros(phrase: string, macros: Map<string, string[]>): string[] {
  const match = /![A-Z]+!/.exec(phrase);
  if (!match) return [phrase.replace(/\s+/g, '_')];
  const options = macros.get(match[0]) ?? [];
  const before = phrase.slice(0, match.index);
  const after = phrase.slice(match.index + match[0].length);
  return options.flatMap((opt) => expandMacros(`${before}${opt}${after}`, macros));
}

/** Merges agent lists, one entry per role, names deduplicated and sorted. */
export function mergeAgents(...lists: AgentEntry[][]): AgentEntry[] {
  const byRole = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const entry of list) {
      const names = byRole.get(entry.role) ?? new Set<string>();
      for (const n of entry.names) names.add(normalizeName(n));
      byRole.set(entry.role, names);
    }
  }
  return [...byRole]
    .map(([role, names]) => ({ role, names: [...names].sort() }))
    .sort((a, b) => a.role.localeCompare(b.role));
}

/** Adds the regular plural of the last word to each curated name (PETRARCH's rule). */
export function withPlurals(entries: AgentEntry[]): AgentEntry[] {
  return entries.map((e) => ({
    role: e.role,
    names: [
      ...new Set(
        e.names.flatMap((n) => (n.endsWith('s') ? [n] : [n, n.replace(/(\S+)$/, (w) => pluralize(w))])),
      ),
    ],
  }));
}

/** The agent lists without `names` (normalized), whatever role they were listed under. */
export function withoutNames(entries: AgentEntry[], names: string[]): AgentEntry[] {
  const dropped = new Set(names.map((n) => normalizeName(n)));
  return entries.map((e) => ({ role: e.role, names: e.names.filter((n) => !dropped.has(normalizeName(n))) }));
}
