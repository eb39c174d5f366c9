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
  it('box: leaves out the outermost 1 % of the towns of a region of more than 50', () => {
    // 100 towns between 30° and 31° N, 118° and 119° E; one misfiled at 111° E.
    const grid: [number, number, number][] = Array.from({ length: 100 }, (_, i) => [
      30 + (i % 10) / 9,
      118 + Math.floor(i / 10) / 9,
      1,
    ]);
    expect(regionPoint(extentOf([...grid, [30.5, 111, 1]]), 'box')).toEqual([30.5, 118.5]);
    // Fewer towns: the box is the whole box.
    expect(regionPoint(extentOf([...grid.slice(0, 40), [30.5, 111, 1]]), 'box')[1]).toBeCloseTo(114.67, 2);
  });
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
