import { decodeHTML } from 'entities';

/**
 * Turns an article body (plain text or HTML) into clean lines of prose. Every line of the result is
 * a hard sentence boundary, as paragraphs are in the input format.
 */

const BLOCK_TAGS =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|pre|hr|dt|dd|dl|main)\b[^>]*>/gi;
// Elements whose content is never prose. Bounded character classes keep the scan linear.
const DROP_ELEMENTS =
  /<(script|style|noscript|template|svg|iframe|nav|aside|figcaption|button|form)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const ANY_TAG = /<\/?[a-zA-Z][^<>]{0,2000}>/g;

/** Lines that are page furniture, not article text: navigation, widgets, captions, datelines. */
const BOILERPLATE: RegExp[] = [
  /^(?:most (?:popular|read|viewed)|related (?:articles|stories|content)|read more|see also|trending|recommended)\b/i,
  /^(?:share|share this|share on|tweet|email|print|follow us|subscribe|sign up|log ?in|advertisement|skip to (?:main )?content)\b.{0,60}$/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|copy link)(?:\s*[|·•,/]\s*\w+){1,}$/i,
  /^(?:home|news|world|politics|business|sport|sports|opinion|video|menu)(?:\s*[|·•>/»]\s*[\w ]{1,20}){2,}$/i,
  /^(?:photo|image|file photo|picture|caption|credit)s?\s*[:(]/i,
  /^\(?(?:photo|image)s?\s+(?:by|credit|courtesy)\b/i,
  /^\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i,
  /^(?:published|updated|posted|last updated)\s*:?\s*.{0,60}\d{4}.{0,20}$/i,
  /^(?:copyright|©|all rights reserved)\b/i,
  /^(?:tags?|topics?|filed under)\s*:/i,
];

export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(line));
}

export function htmlToText(html: string): string {
  return decodeHTML(
    html.replace(COMMENTS, ' ').replace(DROP_ELEMENTS, '\n').replace(BLOCK_TAGS, '\n').replace(ANY_TAG, ' '),
  );
}

const LOOKS_LIKE_HTML =
  /<\/?(?:p|div|br|span|a|b|i|em|strong|li|h[1-6]|html|body|article|section|table)\b[^>]*>|&(?:nbsp|amp|quot|#\d+);/i;

export function normalizeTypography(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ') // non-breaking and odd-width spaces
    .replace(/[\u200b-\u200d\ufeff]/g, '') // zero-width characters
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u2026/g, '...');
}

/** A line worth keeping: it has letters and is not furniture. */
function isProse(line: string): boolean {
  return /\p{L}{2}/u.test(line) && !isBoilerplate(line);
}

export function cleanText(body: string): string[] {
  const text = LOOKS_LIKE_HTML.test(body) ? htmlToText(body) : body;
  return normalizeTypography(text)
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter(isProse);
}
