import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { countryFocus } from './country-focus.js';

const place = (country: string, precision: GazetteerEntry['precision'] = 'city'): GazetteerEntry => ({
  id: `${precision}:${country}`,
  name: country,
  lat: 0,
  lon: 0,
  country,
  featureCode: precision === 'country' ? 'PCLI' : 'PPL',
  population: 0,
  precision,
});

describe('countryFocus', () => {
  it('counts unambiguous mentions, a country named twice', () => {
    expect(countryFocus([[place('US')], [place('FR', 'country')]])).toBe('FR');
    expect(countryFocus([[place('US')], [place('US'), place('FR')], [place('FR')]])).toBeNull();
  });
});
