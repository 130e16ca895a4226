/** Small numeric helpers shared by the measurements. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at] ?? Number.NaN;
}

/** value / baseline, kept as a plain number so results.json can be re-checked by hand. */
export function ratio(value: number, baseline: number): number {
  return baseline === 0 ? Number.POSITIVE_INFINITY : value / baseline;
}

export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * A ratio as the table shows it: two decimals, or three where two would hide which side of its
 * limit it is on (5.003 against "<= 5" would read as 5 and fail).
 */
export function shownRatio(value: number, limit: number): number {
  const shown = round(value, 2);
  return shown <= limit === value <= limit ? shown : round(value, 3);
}

/** Least-squares slope and intercept of y over x, and how well a line fits (r²). */
export function linearFit(points: { x: number; y: number }[]): {
  slope: number;
  intercept: number;
  r2: number;
} {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: sxx === 0 || syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

/** PutObject fan-out and document loads use the store's own bounded map. */
export { mapLimit } from '../lambdas/store/map-limit';
