/**
 * A generated corpus for the bench: articles built from sentence shapes like the seeds' (a leader
 * meets a leader, a ministry condemns a strike, police disperse protesters...) with slots filled
 * from lists, plus the noise real pages carry (HTML, captions, "Most Popular" lists, curly quotes,
 * non-breaking spaces). Generated from a seeded PRNG so every run codes the same text; nothing is
 * copied from seeds/ or ../shared.
 */

import { seededRandom as prng } from '../infra/local/seeded-random';

export { prng };

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** People and bodies with the titles news gives them; the coder's dictionaries know these forms. */
const LEADERS = [
  'Russian President Vladimir Putin',
  'Turkish President Recep Tayyip Erdogan',
  "Egypt's President Abdel Fattah Al-Sisi",
  'US Secretary of State Antony Blinken',
  'Russian Foreign Minister Sergey Lavrov',
  'Israeli Prime Minister Benjamin Netanyahu',
  'French President Emmanuel Macron',
  'German Chancellor Olaf Scholz',
  'Ukrainian President Volodymyr Zelensky',
  'Chinese President Xi Jinping',
  'Indian Prime Minister Narendra Modi',
  'Iranian Foreign Minister Hossein Amir-Abdollahian',
  'Japanese Prime Minister Fumio Kishida',
  'UN Secretary-General Antonio Guterres',
  'Saudi Crown Prince Mohammed bin Salman',
  'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani',
] as const;

const STATES = [
  'Egypt',
  'Turkey',
  'Russia',
  'Ukraine',
  'Israel',
  'Iran',
  'China',
  'Japan',
  'the Philippines',
  'France',
  'Germany',
  'India',
  'Qatar',
  'Saudi Arabia',
  'Georgia',
  'Lebanon',
] as const;

const FORCES = [
  'Israeli forces',
  'Russian troops',
  'Ukrainian forces',
  'Turkish warplanes',
  'Iranian forces',
];
const TARGETS = ['Hezbollah', 'Hamas', 'Kurdish militants', 'rebel positions', 'Ukrainian cities'];
const PLACES = ['Cairo', 'Ankara', 'Moscow', 'Kyiv', 'Paris', 'Berlin', 'Tokyo', 'Doha', 'Riyadh', 'Tbilisi'];
const WHEN = ['on Tuesday', 'on Monday', 'yesterday', 'on Saturday', 'last week', 'on March 3', '', ''];
const TOPICS = [
  'the war in Gaza',
  'grain exports through the Black Sea',
  'a ceasefire in Lebanon',
  'energy supplies',
  'maritime security',
  'the release of detained journalists',
  'trade and investment',
];
const SPEAKERS = ['officials said', 'the foreign ministry said', 'diplomats said', 'a spokesman said', ''];

/** Event sentence shapes: each returns one sentence with its slots filled. */
const EVENT_SHAPES: ((r: Random) => string)[] = [
  (r) =>
    `${pick(r, LEADERS)} met with ${pick(r, LEADERS)} in ${pick(r, PLACES)} ${pick(r, WHEN)} to discuss ${pick(r, TOPICS)}.`,
  (r) =>
    `${pick(r, LEADERS)} spoke by phone with ${pick(r, LEADERS)} ${pick(r, WHEN)} about ${pick(r, TOPICS)}, ${pick(r, SPEAKERS)}.`,
  (r) => `${pick(r, STATES)} condemned ${pick(r, STATES)} ${pick(r, WHEN)} over ${pick(r, TOPICS)}.`,
  (r) => `${pick(r, LEADERS)} called on ${pick(r, STATES)} to agree to ${pick(r, TOPICS)}.`,
  (r) => `${pick(r, STATES)} imposed sanctions on ${pick(r, STATES)} ${pick(r, WHEN)}, ${pick(r, SPEAKERS)}.`,
  (r) => `${pick(r, FORCES)} launched airstrikes on ${pick(r, TARGETS)} ${pick(r, WHEN)}.`,
  (r) => `${pick(r, LEADERS)} visited ${pick(r, STATES)} ${pick(r, WHEN)} for talks on ${pick(r, TOPICS)}.`,
  (r) =>
    `${pick(r, STATES)} and ${pick(r, STATES)} signed an agreement on ${pick(r, TOPICS)} ${pick(r, WHEN)}.`,
  (r) => `${pick(r, LEADERS)} accused ${pick(r, STATES)} of blocking ${pick(r, TOPICS)}.`,
  (r) =>
    `Thousands of demonstrators protested in ${pick(r, PLACES)} ${pick(r, WHEN)} against ${pick(r, TOPICS)}.`,
  (r) => `Police used tear gas to disperse protesters in ${pick(r, PLACES)} ${pick(r, WHEN)}.`,
  (r) => `${pick(r, LEADERS)} praised ${pick(r, LEADERS)} for his role in ${pick(r, TOPICS)}.`,
];

/** Context sentences with no coded event: every real article has more of these than events. */
const PROSE_SHAPES: ((r: Random) => string)[] = [
  (r) =>
    `The talks on ${pick(r, TOPICS)} lasted more than ${2 + Math.floor(r() * 5)} hours, ${pick(r, SPEAKERS) || 'officials said'}.`,
  (r) => `Analysts said the outcome of ${pick(r, TOPICS)} would depend on the coming weeks.`,
  (r) =>
    `The meeting in ${pick(r, PLACES)} was the ${pick(r, ['first', 'second', 'third'])} of its kind this year.`,
  (r) =>
    `Markets in ${pick(r, PLACES)} closed ${pick(r, ['higher', 'lower', 'flat'])} after the announcement.`,
  () => `No date was set for the next round, and the statement gave few details.`,
  (r) =>
    `\u201cWe expect progress on ${pick(r, TOPICS)},\u201d one senior official said on condition of anonymity.`,
];

const FURNITURE = ['Most Popular', 'Share this article', 'Photo: Reuters', 'Advertisement', 'Read more'];

export interface Article {
  key: string;
  text: string;
}

function paragraph(random: Random): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const shapes = random() < 0.35 ? EVENT_SHAPES : PROSE_SHAPES;
    sentences.push(
      pick(
        random,
        shapes,
      )(random)
        .replace(/ {2,}/g, ' ')
        .replace(/ ([.,])/g, '$1'),
    );
  }
  return sentences.join(' ');
}

function isoDay(random: Random): string {
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 730) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * One article of about `targetBytes` (default: 1-2.5 KB like a wire story). One in four is HTML
 * with entities and page furniture, as scraped pages are.
 */
export function generateArticle(index: number, targetBytes?: number): Article {
  const random = prng(index * 7919 + 17);
  const html = random() < 0.25;
  const target = targetBytes ?? 1000 + Math.floor(random() * 1500);
  const parts: string[] = [];
  let size = 0;
  while (size < target) {
    const p = paragraph(random);
    const rendered = html ? `<p>${p.replace(/ /g, (s) => (random() < 0.02 ? '&nbsp;' : s))}</p>` : p;
    parts.push(rendered);
    size += rendered.length + 2;
    if (random() < 0.1) {
      const noise = pick(random, FURNITURE);
      parts.push(html ? `<div class="widget">${noise}</div>` : noise);
    }
  }
  const body = html ? `<article>\n${parts.join('\n')}\n</article>` : parts.join('\n\n');
  return { key: `bench/${String(index).padStart(6, '0')}.txt`, text: ` date ${isoDay(random)} ${body}` };
}

export function generateCorpus(count: number, offset = 0): Article[] {
  return Array.from({ length: count }, (_, i) => generateArticle(offset + i));
}
