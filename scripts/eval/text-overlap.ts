/**
 * Compares a coder's sentence with a gold evidence phrase. The coder cleans text (HTML entities,
 * curly quotes, non-breaking spaces) and the gold evidence is verbatim, so both are folded to the
 * same plain form before a containment test.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when either text contains the other (a coder sentence may be longer or shorter than gold's). */
export function overlaps(a: string, b: string): boolean {
  const left = foldText(a);
  const right = foldText(b);
  if (left === '' || right === '') return false;
  return left.includes(right) || right.includes(left);
}
