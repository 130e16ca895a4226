/** A proportion, or null when its denominator is zero (nothing to measure is not the same as 0%). */
export type Ratio = number | null;

export function ratio(numerator: number, denominator: number): Ratio {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Harmonic mean; 0 as soon as either side is 0, so a coder that predicts nothing against a non-empty
 * gold set scores 0 rather than "n/a".
 */
export function f1(precision: Ratio, recall: Ratio): Ratio {
  if (precision === 0 || recall === 0) return 0;
  if (precision === null || recall === null) return null;
  return (2 * precision * recall) / (precision + recall);
}
