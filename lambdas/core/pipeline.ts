/**
 * The per-document context and the steps that code sentences. Each sentence goes actors -> actions ->
 * events -> dates -> places; the order inside a sentence matters because each step reads the spans
 * the previous one found.
 */
import type { Dictionaries } from './dictionaries';
import type { PlaceEntry } from './dictionaries/types';
import { eventId } from './event-id';
import { assembleEvents } from './steps/assemble-events';
import type { ActionMatch } from './steps/find-actions';
import { findActions } from './steps/find-actions';
import { findActors, newMemory } from './steps/find-actors';
import { findPlaceMentions, placeEvent } from './steps/find-places';
import { findDates, type ResolvedDate } from './steps/resolve-dates';
import type { Sentence } from './steps/split-sentences';
import { type Token, tokenizeWithOffsets } from './text/tokens';
import type { ActionRef, CodeOptions, EventRecord, TraceEntry } from './types';

export interface Context {
  text: string;
  options: CodeOptions;
  dicts: Dictionaries;
  coder: string;
  published: string;
  body: string;
  sentences: Sentence[];
  documentPlaces: Set<PlaceEntry>;
  events: EventRecord[];
  warnings: string[];
  trace: TraceEntry[];
}

function trace(context: Context, entry: TraceEntry): void {
  if (context.options.explain) context.trace.push(entry);
}

export function findDocumentPlaces(context: Context): void {
  for (const sentence of context.sentences) {
    for (const mention of findPlaceMentions(tokenizeWithOffsets(sentence.text), context.dicts)) {
      context.documentPlaces.add(mention.place);
    }
  }
}

/** Statements, appeals, criticism and threats are dated when they were made, not by the dates they mention. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '05', '10', '11', '12', '13']);
const RANGE_OPENERS = /\b(?:since|until|till|before|by)\s+(?:the\s+)?$/i;

function dateFor(
  code: string,
  action: ActionMatch,
  tokens: Token[],
  dates: ResolvedDate[],
  sentence: string,
): ResolvedDate | null {
  if (code === '036' || (action.modality === 'future' && code === '033')) return null;
  const actionStart = tokens[action.start]?.start ?? 0;
  const actionEnd = tokens[action.end - 1]?.end ?? actionStart;
  const usable = dates.filter(
    (date) => !RANGE_OPENERS.test(sentence.slice(Math.max(0, date.start - 12), date.start)),
  );
  const distance = (date: ResolvedDate) =>
    date.end <= actionStart ? actionStart - date.end : date.start >= actionEnd ? date.start - actionEnd : 0;
  const sorted = [...usable].sort((a, b) => distance(a) - distance(b));
  const nearest = sorted[0];
  if (!nearest) return null;
  if (VERBAL_ROOTS.has(code.slice(0, 2))) {
    // "condemned on Sunday" or "On Sunday, X condemned": the time belongs to the statement; a date
    // further on usually belongs to what is being talked about.
    const before = nearest.end <= actionStart;
    const rightAfter = nearest.start >= actionEnd && nearest.start - actionEnd <= 4;
    return before || rightAfter ? nearest : null;
  }
  return nearest;
}

function actionRef(context: Context, code: string, text: string): ActionRef | null {
  const entry = context.dicts.cameo.get(code);
  if (!entry) return null;
  return {
    text,
    code: entry.code,
    root: entry.root,
    label: entry.label,
    quadClass: entry.quadClass,
    goldstein: entry.goldstein,
    plover: entry.plover,
  };
}

export function codeSentences(context: Context): void {
  const memory = newMemory();
  for (const sentence of context.sentences) {
    const tokens = tokenizeWithOffsets(sentence.text);
    const phrases = findActors(sentence.text, tokens, context.dicts, memory, context.published);
    const actions = findActions(sentence.text, tokens, context.dicts);
    if (actions.length === 0 || phrases.length === 0) continue;
    const { dyads, dropped } = assembleEvents(actions, phrases, tokens);
    for (const drop of dropped) {
      trace(context, {
        sentence: sentence.index,
        step: 'assemble',
        rule: `${drop.action.pattern.rule.code}:"${drop.action.pattern.source}"`,
        outcome: 'dropped',
        detail: drop.reason,
      });
    }
    if (dyads.length === 0) continue;
    const dates = findDates(sentence.text, context.published);
    const places = findPlaceMentions(tokens, context.dicts);
    for (const dyad of dyads) {
      const actionStart = tokens[dyad.action.start]?.start ?? 0;
      const actionEnd = tokens[dyad.action.end - 1]?.end ?? actionStart;
      const action = actionRef(context, dyad.code, sentence.text.slice(actionStart, actionEnd));
      if (!action) {
        trace(context, {
          sentence: sentence.index,
          step: 'assemble',
          rule: dyad.rule,
          outcome: 'dropped',
          detail: `unknown CAMEO code ${dyad.code}`,
        });
        continue;
      }
      const date = dateFor(dyad.code, dyad.action, tokens, dates, sentence.text);
      const record: Omit<EventRecord, 'id'> = {
        doc: context.options.doc,
        sentence: sentence.index,
        text: sentence.text,
        date: date?.date ?? context.published,
        dateBasis: date?.basis ?? 'document',
        datePrecision: date?.precision ?? 'day',
        source: dyad.source,
        target: dyad.target,
        action,
        location: placeEvent(
          places,
          dyad.action.head,
          action.root,
          [dyad.source, dyad.target],
          context.documentPlaces,
          context.dicts,
        ),
        coder: context.coder,
      };
      context.events.push({ id: eventId(record), ...record });
      memory.speaker ??= dyad.source.role === 'GOV' ? dyad.source : null;
      trace(context, {
        sentence: sentence.index,
        step: 'assemble',
        rule: dyad.rule,
        outcome: 'produced',
        detail: `${dyad.source.code} -> ${action.code} -> ${dyad.target?.code ?? '(none)'} on ${record.date} (${record.dateBasis}${date ? `: "${date.text}"` : ''})`,
      });
    }
  }
}

export function dedupe(context: Context): void {
  const seen = new Set<string>();
  context.events = context.events.filter((event) => {
    if (seen.has(event.id)) return false;
    seen.add(event.id);
    return true;
  });
}
