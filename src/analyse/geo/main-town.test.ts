import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { lookupPlace } from '../../geo/lookup-place.js';
import { mainTown } from './choose-places.js';

/** The gazetteer's largest town of a name, in a country. */
const town = (name: string, country: string): GazetteerEntry =>
  lookupPlace(name)
    .filter((e) => e.precision === 'city' && e.country === country)
    .sort((a, b) => b.population - a.population)[0]!;

describe('mainTown', () => {
  it.each([
    [
      'a suburb and its city named once each: the city',
      [
        ['Elkins Park', 'US'],
        ['Philadelphia', 'US'],
      ],
      'Philadelphia',
    ],
    [
      'the suburb named more often than its city: the suburb',
      [
        ['Elkins Park', 'US'],
        ['Philadelphia', 'US'],
        ['Elkins Park', 'US'],
      ],
      'Elkins Park',
    ],
    [
      'negative: far-apart towns tied: the first named',
      [
        ['Pittsburgh', 'US'],
        ['Philadelphia', 'US'],
      ],
      'Pittsburgh',
    ],
    [
      'more places near one town win over a tie-break',
      [
        ['Pittsburgh', 'US'],
        ['Philadelphia', 'US'],
        ['Camden', 'US'],
      ],
      'Philadelphia',
    ],
  ] as const)('%s', (_, names, want) => {
    expect(mainTown(names.map(([n, c]) => town(n, c)))?.name).toBe(want);
  });
  it('negative: no town, no main town', () => expect(mainTown([null])).toBeNull());
});
