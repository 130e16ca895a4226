import type { CameoCode } from '../../lambdas/core/dictionaries/types';
import { parseCsvRecords } from './csv';

export type CodebookRow = Omit<CameoCode, 'plover'>;

/**
 * The CAMEO event codebook, using GDELT's QuadClass and Goldstein columns. GDELT's table has no
 * Goldstein score for two codes (106, 1213); for those the ICEWS table's score is used, so the
 * value still comes from a published table rather than a guess.
 */
export function parseCodebook(csv: string): CodebookRow[] {
  return parseCsvRecords(csv).map((rec) => {
    const code = required(rec, 'code');
    const quadClass = Number(required(rec, 'quadclass_gdelt'));
    const goldstein = Number(rec.goldstein_gdelt?.trim() || required(rec, 'goldstein_icews'));
    if (!Number.isFinite(quadClass) || !Number.isFinite(goldstein)) {
      throw new Error(`codebook: non-numeric QuadClass/Goldstein for ${code}`);
    }
    return { code, root: required(rec, 'root'), label: required(rec, 'name'), quadClass, goldstein };
  });
}

function required(rec: Record<string, string>, key: string): string {
  const value = rec[key]?.trim();
  if (!value) throw new Error(`codebook: missing ${key} in ${JSON.stringify(rec)}`);
  return value;
}

/** CAMEO code -> PLOVER category, from lines like `040: CONSULT, ,  # Consult`. */
export function parsePlover(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(\d{2,4})\s*:\s*([A-Z_]+)/.exec(line);
    if (match?.[1] && match[2]) map.set(match[1], match[2]);
  }
  return map;
}

/**
 * The table gives a category for most codes but not all; a child code inherits its parent's
 * (strip the last digit), then its root's, so no code is left without one that CAMEO implies.
 */
export function ploverFor(code: string, plover: Map<string, string>): string | null {
  for (let key = code; key.length >= 2; key = key.slice(0, -1)) {
    const hit = plover.get(key);
    if (hit) return hit;
  }
  return null;
}

export function buildCameo(csv: string, ploverText: string): CameoCode[] {
  const plover = parsePlover(ploverText);
  return parseCodebook(csv)
    .map((row) => ({ ...row, plover: ploverFor(row.code, plover) }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
