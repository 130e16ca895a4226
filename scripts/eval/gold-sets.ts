/**
 * Reads the gold sets in ../shared into scorer inputs. Each loader returns the document text in the
 * project's input format, so the coder sees exactly what a user would upload.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Entity, entityFromCameoCode } from './entity';
import { type GoldEvent, type NonEvent, rootOf } from './score';

export interface GoldDocument {
  doc: string;
  text: string;
  published: string;
  gold: GoldEvent[];
  nonEvents: NonEvent[];
}

export class GoldSetMissing extends Error {}

export const DEV_DIR = join('gold', 'dev');
export const PETR2_GOLD = join('gold', 'petr2_gsr_validation.jsonl');

function readJsonLines(path: string): unknown[] {
  if (!existsSync(path)) throw new GoldSetMissing(`gold file not found: ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

type Json = Record<string, unknown>;

function asObject(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where}: expected an object`);
  }
  return value as Json;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function devEntity(value: unknown, where: string): Entity {
  const actor = asObject(value, where);
  return { country: str(actor.country), org: str(actor.org), role: str(actor.role) };
}

function devActor(value: unknown, where: string): Entity | null {
  return value === null || value === undefined ? null : devEntity(value, where);
}

/** ../shared's dev set (see loadDevLayout). */
export function loadDevSet(sharedDir: string): GoldDocument[] {
  return loadDevLayout(join(sharedDir, DEV_DIR));
}

/**
 * A set in the dev layout: documents in `dir`/docs/NNN.txt, gold in `dir`/gold.jsonl (fields as
 * described in dev/GUIDE.md). The dev set is one; a set a reviewer labels by the same guide is another.
 */
export function loadDevLayout(dir: string): GoldDocument[] {
  const docsDir = join(dir, 'docs');
  return readJsonLines(join(dir, 'gold.jsonl')).map((line, i) => {
    const record = asObject(line, `dev gold line ${i + 1}`);
    const doc = str(record.doc);
    if (doc === null) throw new Error(`dev gold line ${i + 1}: no doc`);
    const docPath = join(docsDir, doc);
    if (!existsSync(docPath)) throw new GoldSetMissing(`dev document not found: ${docPath}`);
    const gold: GoldEvent[] = array(record.events).map((value, e) => {
      const where = `${doc} event ${e}`;
      const event = asObject(value, where);
      const code = str(event.code) ?? '';
      return {
        source: devEntity(event.source, `${where} source`),
        target: devActor(event.target, `${where} target`),
        code,
        root: str(event.root) ?? rootOf(code),
        must: event.must === true,
        date: str(event.date),
        sentence: num(event.sentence),
        evidence: str(event.evidence),
      };
    });
    const nonEvents: NonEvent[] = array(record.non_events).map((value, n) => {
      const where = `${doc} non_event ${n}`;
      const nonEvent = asObject(value, where);
      return {
        sentence: num(nonEvent.sentence),
        evidence: str(nonEvent.evidence),
        codeIfEvent: str(nonEvent.code_if_event) ?? '',
        reason: str(nonEvent.reason) ?? '',
        // Absent keys mean "actors not stated"; keep them undefined so the scorer does not compare.
        ...('source' in nonEvent ? { source: devActor(nonEvent.source, `${where} source`) } : {}),
        ...('target' in nonEvent ? { target: devActor(nonEvent.target, `${where} target`) } : {}),
      };
    });
    return {
      doc,
      text: readFileSync(docPath, 'utf8'),
      published: str(record.published) ?? '',
      gold,
      nonEvents,
    };
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One record's publication date. A record with a malformed date (one reads "121108") would make the
 * coder reject the document; petr2 is not scored on dates, so the AFP story id's YYMMDD stands in.
 */
function petr2Date(record: Json): string {
  const date = str(record.date) ?? '';
  if (ISO_DATE.test(date)) return date;
  const fromId = /^AFP(\d{2})(\d{2})(\d{2})/.exec(str(record.id) ?? '');
  if (fromId) return `20${fromId[1]}-${fromId[2]}-${fromId[3]}`;
  return '2000-01-01';
}

/**
 * petr2: only the real wire sentences (`realness` "real-news ..."); the synthetic ones test
 * PETRARCH's grammar rather than news. Each sentence is its own document.
 */
export function loadPetr2Set(sharedDir: string): GoldDocument[] {
  return readJsonLines(join(sharedDir, PETR2_GOLD))
    .map((line, i) => asObject(line, `petr2 line ${i + 1}`))
    .filter((record) => (str(record.realness) ?? '').startsWith('real-news'))
    .map((record, i) => {
      const doc = str(record.id) ?? `petr2-${i}`;
      const published = petr2Date(record);
      const gold: GoldEvent[] = array(record.events).map((value, e) => {
        const event = asObject(value, `${doc} event ${e}`);
        const code = str(event.code) ?? '';
        const target = str(event.target);
        return {
          source: entityFromCameoCode(str(event.source) ?? ''),
          target: target === null || target === '' ? null : entityFromCameoCode(target),
          code,
          root: rootOf(code),
          must: true,
          date: null,
          sentence: 0,
          // The whole document is the one sentence; carried so --explain can show what was missed.
          evidence: str(record.text),
        };
      });
      return {
        doc,
        text: ` date ${published} ${str(record.text) ?? ''}`,
        published,
        gold,
        nonEvents: [],
      };
    });
}
