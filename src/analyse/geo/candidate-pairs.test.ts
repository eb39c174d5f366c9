import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { candidatePairs, MAX_PAIR_CANDIDATES } from './candidate-pairs.js';

const town = (id: string, lat: number, lon: number, region?: string): GazetteerEntry => ({
  id,
  name: id,
  lat,
  lon,
  country: 'US',
  featureCode: 'PPL',
  population: 1000,
  precision: 'city',
  ...(region === undefined ? {} : { region }),
});
const state: GazetteerEntry = {
  ...town('admin1:US.TN', 35.8, -86.4),
  featureCode: 'ADM1',
  precision: 'region',
};

describe('candidatePairs', () => {
  // Name 0: two towns called Paris; name 1: a county near one of them; name 2: the state.
  const parisTn = town('paris-tn', 36.3, -88.33, 'admin1:US.TN');
  const parisTx = town('paris-tx', 33.66, -95.56, 'admin1:US.TX');
  const county = { ...town('henry-tn', 36.33, -88.29), featureCode: 'ADM2' };
  const pairs = candidatePairs(
    [[parisTn, parisTx], [county], [state], [parisTn, parisTx]],
    [0, 1, 2, 0],
    100,
  );

  it('measures to the nearest candidate of another name, Infinity when none is near', () => {
    expect(pairs.nearestOtherKm(parisTn, 0)).toBeLessThan(10);
    expect(pairs.nearestOtherKm(parisTx, 0)).toBe(Number.POSITIVE_INFINITY);
    // The same name's own candidates do not count.
    expect(pairs.nearestOtherKm(county, 1)).toBeLessThan(10);
    expect(pairs.nearestOtherKm(parisTn, 1)).toBeLessThan(10);
  });

  it('sees a region named by another name', () => {
    expect([
      pairs.regionNamed(parisTn, 0),
      pairs.regionNamed(parisTx, 0),
      pairs.regionNamed(parisTn, 2),
    ]).toEqual([true, false, false]);
  });

  it('ignores the candidates of a name with more than MAX_PAIR_CANDIDATES local ones', () => {
    // Name 1 ("Washington") has a town near Paris, Tennessee among too many others; name 2 has it alone.
    const near = town('near-tn', 36.31, -88.3);
    const many = [near, ...Array.from({ length: MAX_PAIR_CANDIDATES }, (_, i) => town(`w${i}`, 10 + i, 10))];
    const vague = candidatePairs([[parisTn], many], [0, 1], 100);
    const few = candidatePairs([[parisTn], many.slice(0, MAX_PAIR_CANDIDATES)], [0, 1], 100);
    expect(vague.nearestOtherKm(parisTn, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(few.nearestOtherKm(parisTn, 0)).toBeLessThan(10);
  });
});
