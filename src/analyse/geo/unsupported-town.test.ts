import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { type DocumentSetting, isUnsupportedTown } from './unsupported-town.js';

const place = (country: string, lat: number, lon: number, population: number, precision = 'city') =>
  ({
    id: `${country}-${lat}`,
    name: 'X',
    lat,
    lon,
    country,
    featureCode: precision === 'city' ? 'PPL' : 'ADM1',
    population,
    precision,
  }) as GazetteerEntry;

const chicago = place('US', 41.85, -87.65, 2_700_000);
const inChicago: DocumentSetting = { candidateFocus: 'US', focus: 'US', town: chicago };

describe('isUnsupportedTown', () => {
  it.each([
    ['a French village in a Chicago story', place('FR', 48.38, 5.5, 518), inChicago, true],
    [
      'the same with no main town but a country',
      place('FR', 48.38, 5.5, 518),
      { ...inChicago, town: null },
      true,
    ],
    ['a village in the document’s country', place('US', 30, -100, 518), inChicago, false],
    [
      'a village in the country its candidates point to',
      place('FR', 48.38, 5.5, 518),
      { ...inChicago, candidateFocus: 'FR' },
      false,
    ],
    ['a foreign village near the main town', place('CA', 42.0, -87.0, 900), inChicago, false],
    ['a town of 10,000 people or more', place('FR', 48.38, 5.5, 10_000), inChicago, false],
    ['a region', place('FR', 48.38, 5.5, 518, 'region'), inChicago, false],
    [
      'a document with no country or town',
      place('FR', 48.38, 5.5, 518),
      { candidateFocus: null, focus: null, town: null },
      false,
    ],
  ])('%s → %s', (_, e, doc, expected) => expect(isUnsupportedTown(e, doc)).toBe(expected));
});
