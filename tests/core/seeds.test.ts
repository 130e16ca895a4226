import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../lambdas/core';
import type { ActorRef, EventRecord } from '../../lambdas/core/types';
import { seedExpectations, seedNonEvents } from '../fixtures/seed-expectations';

const seedDir = join(import.meta.dirname, '../../seeds');
const coded = new Map<string, EventRecord[]>();

function eventsOf(file: string): EventRecord[] {
  let events = coded.get(file);
  if (!events) {
    events = codeDocument(readFileSync(join(seedDir, file), 'utf8'), { doc: file }).events;
    coded.set(file, events);
  }
  return events;
}

/** A bare country code in an expectation matches any actor of that country. */
function actorMatches(actor: ActorRef | null, expected: string | null): boolean {
  if (expected === null || actor === null) return actor === expected;
  return expected.length === 3 && !actor.org ? actor.country === expected : actor.code === expected;
}

describe('the seed articles', () => {
  it.each(
    seedExpectations.map(
      (e) => [`${e.file}: ${e.source} -> ${e.target} root ${e.root} on ${e.date}`, e] as const,
    ),
  )('yields the main event %s', (_name, expected) => {
    const found = eventsOf(expected.file).filter(
      (event) =>
        event.action.root === expected.root &&
        actorMatches(event.source, expected.source) &&
        actorMatches(event.target, expected.target),
    );
    expect(
      found.map((event) => `${event.source.code}>${event.action.code}>${event.target?.code}`),
    ).not.toEqual([]);
    expect(found.map((event) => event.date)).toContain(expected.date);
  });

  it.each(seedNonEvents.map((e) => [`${e.file}: "${e.evidence}" (${e.reason})`, e] as const))(
    'does not code the non-event %s',
    (_name, nonEvent) => {
      const wrong = eventsOf(nonEvent.file).filter(
        (event) => event.text.includes(nonEvent.evidence) && event.action.root === nonEvent.root,
      );
      expect(wrong).toEqual([]);
    },
  );

  it('places the meeting in the seed article in Cairo, with the sentence it came from', () => {
    const meeting = eventsOf('000_a10ac565b067f4e4.txt').find((event) => event.action.root === '04');
    expect(meeting).toMatchObject({
      source: { code: 'EGYGOV', name: 'Abdel Fattah el-Sisi' },
      target: { code: 'USAGOV', name: 'Antony Blinken' },
      date: '2024-02-06',
      dateBasis: 'relative',
      location: { name: 'Cairo', country: 'EGY' },
    });
    expect(meeting?.text).toMatch(
      /^Egypt's President Abdel Fattah Al-Sisi met with US Secretary of State Antony Blinken/,
    );
  });
});
