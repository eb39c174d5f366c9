import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { resolveMarked } from './test-resolve.js';
import { townBefore } from './town-before.js';

const town = (id: string, precision: GazetteerEntry['precision'] = 'city'): GazetteerEntry => ({
  id,
  name: id,
  lat: 0,
  lon: 0,
  country: 'FR',
  featureCode: precision === 'city' ? 'PPL' : 'PCLI',
  population: 1000,
  precision,
});

/** The id townBefore finds for the last [bracketed] name, the others placed at `entries` (null: unplaced). */
const before = (marked: string, entries: readonly (GazetteerEntry | null)[], embedded: boolean[] = []) => {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith('[')) spans.push({ start: text.length, end: text.length + part.length - 2 });
    text += part.startsWith('[') ? part.slice(1, -1) : part;
  }
  const chosen = [...entries, null];
  return townBefore(text, spans, chosen, embedded, spans.length - 1)?.id ?? null;
};

describe('townBefore', () => {
  it.each([
    // The nearest town before the street in its sentence.
    ['Shots in [Lyon] and [Paris] near the [Champs-Elysees].', [town('lyon'), town('paris')], [], 'paris'],
    ['On [Paris]’ iconic [Champs-Elysees] boulevard.', [town('paris')], [], 'paris'],
    // Not across a sentence or clause, not beyond 100 characters, not a country, not a name inside a longer one.
    ['Shots in [Paris]. Police closed the [Champs-Elysees].', [town('paris')], [], null],
    ['Shots in [Paris]; police closed the [Champs-Elysees].', [town('paris')], [], null],
    [`Shots in [Paris] ${'and more '.repeat(11)}on the [Champs-Elysees].`, [town('paris')], [], null],
    ['Shots in [France] on the [Champs-Elysees].', [town('iso:FR', 'country')], [], null],
    ['At the [Paris Academy] on the [Champs-Elysees].', [town('paris')], [true], null],
    ['On the [Champs-Elysees] in the morning.', [], [], null],
  ])('%s → %s', (marked, entries, embedded, expected) => {
    expect(before(marked, entries, embedded)).toBe(expected);
  });
});

describe('resolvePlaces: a street in the town its sentence names before it', () => {
  it.each([
    [
      'Police in [Lyon] met. A gunman fired on police on [Paris]’ iconic [Champs-Elysees] boulevard. [Lyon] again.',
      'context:in-town-before',
    ],
    // In another sentence, the document's main town (Lyon, named twice) places it.
    [
      'Police in [Lyon] met. A gunman fired in [Paris]. Police closed the [Champs-Elysees] boulevard. [Lyon] again.',
      'context:in-main-town',
    ],
  ])('%s', (marked, rule) => {
    expect(resolveMarked(marked).map((m) => [m.name, m.placed, m.rule])).toEqual([
      ['Lyon', 'geonames:2996944', 'gazetteer:context'],
      ['Paris', 'geonames:2988507', 'gazetteer:context'],
      ['Champs-Elysees', '~city', rule],
      ['Lyon', 'geonames:2996944', 'gazetteer:context'],
    ]);
  });
});
