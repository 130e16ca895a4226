/**
 * One normal form for names, shared by the dictionary build script and the actor matcher, so a
 * dictionary surface form and a phrase in a sentence compare equal when a reader would say they do.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // strip accents: "Erdoğan" -> "erdogan"
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/**
 * Splits normalised text into match tokens: words (letters, digits, inner apostrophes/hyphens/dots)
 * and drops other punctuation. "al-sisi's" stays one token; the matcher handles the possessive.
 */
export function tokenize(normalized: string): string[] {
  return normalized.match(/[a-z0-9]+(?:['.-][a-z0-9]+)*\.?/g) ?? [];
}
