/**
 * The coder: article text in, CAMEO event records out. Pure and deterministic.
 *
 * Like chrono-node, it is one ordered pipeline of small steps over a shared context that carries the
 * reference date (the publication date), the dictionaries and an optional trace.
 */

import { dictionaries } from './dictionaries';
import { contentHash } from './event-id';
import {
  type Context,
  codeSentences,
  dedupe,
  dropHeadlineRepeats,
  dropRetoldSignings,
  findDocumentPlaces,
} from './pipeline';
import { cleanText } from './steps/clean-text';
import { readHeader } from './steps/read-header';
import { splitSentences } from './steps/split-sentences';
import type { CodedDocument, CodeOptions } from './types';

export { decodeArticle } from './decode';
export { contentHash, eventId } from './event-id';
export * from './types';

export const CODER_VERSION = 'eventwire-0.1.0';

type Step = (context: Context) => void;

/** The order matters; each comment says why a step comes where it does. */
const PIPELINE: Step[] = [
  // First, because every event date is resolved against the publication date it reads.
  (context) => {
    const header = readHeader(context.text, context.options.fallbackDate, context.options.fallbackDateIs);
    context.published = header.published;
    context.body = header.body;
    context.warnings.push(...header.warnings);
  },
  // HTML and page furniture go before splitting, so tags and captions never glue sentences together.
  (context) => {
    context.sentences = splitSentences(cleanText(context.body));
  },
  // Whole-document scan before coding: a meeting can be placed in a capital named later in the text.
  findDocumentPlaces,
  // Sentences in reading order, so surnames and pronouns resolve to people named earlier.
  codeSentences,
  // After coding the story: a headline's event is dropped only when the story tells it again.
  dropHeadlineRepeats,
  // After the headline's: a signing the story tells twice is kept where the story first tells it.
  dropRetoldSignings,
  // Last: the same dyad and code twice in one sentence is one event.
  dedupe,
];

export function codeDocument(text: string, options: CodeOptions): CodedDocument {
  const dicts = dictionaries();
  const context: Context = {
    text,
    options,
    dicts,
    coder: `${CODER_VERSION}+${dicts.version}`,
    published: '',
    body: '',
    sentences: [],
    documentPlaces: new Set(),
    contentHash: contentHash(text),
    tokens: [],
    places: [],
    homeCountry: null,
    wireStory: false,
    events: [],
    warnings: [],
    trace: [],
  };
  for (const step of PIPELINE) step(context);
  return {
    doc: options.doc,
    published: context.published,
    events: context.events,
    warnings: context.warnings,
    trace: context.trace,
  };
}
