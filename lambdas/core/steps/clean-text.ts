import { decodeHTML } from 'entities';

/**
 * Turns an article body (plain text or HTML) into clean lines of prose. Every line of the result is
 * a hard sentence boundary, as paragraphs are in the input format.
 */

/** Tags that end a line of prose. */
const BLOCK_TAGS = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav aside blockquote figure figcaption pre hr dt dd dl main'.split(
    ' ',
  ),
);
/** Elements whose content is never prose. */
const DROP_ELEMENTS = new Set(
  'script style noscript template svg iframe nav aside figcaption button form'.split(' '),
);
const TAG_NAME = /^\/?([a-zA-Z][a-zA-Z0-9]*)/;

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

/**
 * HTML to text in one left-to-right pass. Every search moves forward from where the last one ended,
 * so hostile markup (tags that never close, a script with no end) costs linear time.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let at = 0;
  let nextClose = -1; // the next '>' at or after `at`, found once and reused
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out.push(html.slice(at));
      break;
    }
    out.push(html.slice(at, open));
    if (lower.startsWith('<!--', open)) {
      const end = lower.indexOf('-->', open + 4);
      at = end < 0 ? html.length : end + 3;
      out.push(' ');
      continue;
    }
    const name = TAG_NAME.exec(html.slice(open + 1, open + 40))?.[1]?.toLowerCase();
    if (!name) {
      out.push('<');
      at = open + 1;
      continue;
    }
    if (nextClose < open) nextClose = html.indexOf('>', open);
    if (nextClose < 0) break; // an unterminated tag runs to the end: nothing after it is prose
    const closing = html[open + 1] === '/';
    if (!closing && DROP_ELEMENTS.has(name)) {
      const end = lower.indexOf(`</${name}`, nextClose);
      const endClose = end < 0 ? -1 : html.indexOf('>', end);
      at = endClose < 0 ? html.length : endClose + 1;
      out.push('\n');
      continue;
    }
    out.push(BLOCK_TAGS.has(name) ? '\n' : ' ');
    at = nextClose + 1;
  }
  return decodeHTML(out.join(''));
}

const LOOKS_LIKE_HTML =
  /<\/?(?:p|div|br|span|a|b|i|em|strong|li|h[1-6]|html|body|article|section|table)\b[^<>]{0,200}>|&(?:nbsp|amp|quot|#\d+);/i;

export function normalizeTypography(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ') // non-breaking and odd-width spaces
    .replace(/[\u200b-\u200d\ufeff]/g, '') // zero-width characters
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u2026/g, '...');
}

const TWO_LETTERS = /\p{L}{2}/u;
/**
 * What cleanText turns into one space: a run of blanks. A lone space is left as it is (the same
 * text), so a line is not rebuilt at every word boundary.
 */
const BLANKS = /[ \t\f\v]{2,}|[\t\f\v]/g;
const LINE_BREAK = /\r?\n|\r/;

/** A line worth keeping: it has letters and is not furniture. */
function isProse(line: string): boolean {
  return TWO_LETTERS.test(line) && !isBoilerplate(line);
}

export function cleanText(body: string): string[] {
  const text = LOOKS_LIKE_HTML.test(body) ? htmlToText(body) : body;
  return normalizeTypography(text)
    .split(LINE_BREAK)
    .map((line) => line.replace(BLANKS, ' ').trim())
    .filter(isProse);
}
