import { describe, expect, it } from 'vitest';
import { bareAdminName } from './admin-regions.js';
import { extendRegion, type RegionExtent, regionPoint } from './region-extent.js';

const extentOf = (towns: readonly [number, number, number][]): RegionExtent => {
  const m = new Map<string, RegionExtent>();
  for (const [lat, lon, pop] of towns) extendRegion(m, 'r', lat, lon, pop);
  return m.get('r')!;
};

describe('regionPoint', () => {
  // Three towns crowded in the south-west, one far north-east.
  const e = extentOf([
    [10, 10, 100],
    [10, 11, 200],
    [11, 10, 300],
    [21, 30, 400],
  ]);
  it('sums the population', () => expect(e.population).toBe(1000));
  it('box: the middle of the bounding box', () => expect(regionPoint(e, 'box')).toEqual([15.5, 20]));
  it('mean: the towns’ mean position', () => expect(regionPoint(e, 'mean')).toEqual([13, 15.25]));
  it('falls back to the mean across the antimeridian', () => {
    const wide = extentOf([
      [0, -179, 1],
      [0, 179, 1],
      [2, 178, 1],
    ]);
    expect(regionPoint(wide, 'box')).toEqual(regionPoint(wide, 'mean'));
  });
});

describe('bareAdminName', () => {
  it.each([
    ['Laurel County', 'Laurel'],
    ['Idlib Governorate', 'Idlib'],
    ['County of Flintshire', 'Flintshire'],
    ['Rapides Parish', 'Rapides'],
    ['Aleppo', null],
    // Kept whole: news never calls Washington, D.C., "Columbia".
    ['District of Columbia', null],
  ])('%s → %s', (name, bare) => expect(bareAdminName(name)).toBe(bare));
});
