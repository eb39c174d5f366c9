import { describe, expect, it } from 'vitest';
import { gazetteerEntry } from '../../geo/lookup-place.js';
import { fallbackPoint } from './fallback-point.js';

const ALEPPO = gazetteerEntry('geonames:170063');
const NORTH_WEST = gazetteerEntry('admin1:ZA.10');

describe('fallbackPoint', () => {
  it.each([
    [true, ALEPPO, NORTH_WEST, 'ZA', 'context:in-main-town', 'city', 36.2],
    [false, ALEPPO, NORTH_WEST, 'ZA', 'context:near-main-town', 'region', 36.2],
    [false, null, NORTH_WEST, 'ZA', 'context:in-main-region', 'region', -26.7],
    [true, null, null, 'SY', 'context:in-focus-country', 'country', 35],
  ] as const)('%s, %#', (inTown, town, region, focus, rule, precision, lat) => {
    const got = fallbackPoint(inTown, town, region, focus);
    expect([
      got?.rule,
      got?.geo.precision,
      got?.geo.gazetteerId,
      Math.round((got?.geo.lat ?? 0) * 10) / 10,
    ]).toEqual([rule, precision, null, lat]);
  });

  it('gives nothing without a town, region or country', () => {
    expect(fallbackPoint(false, null, null, null)).toBeNull();
  });
});
