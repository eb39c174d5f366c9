import { describe, expect, it } from 'vitest';
import { isCountryName } from './country-names.js';

describe('isCountryName', () => {
  it.each([
    ['mali', true],
    ['ivory coast', true],
    ['syrian arab republic', true],
    ['united kingdom', true],
    // negatives: a town, a region, a demonym, any case but lower
    ['aleppo', false],
    ['west africa', false],
    ['malian', false],
    ['Mali', false],
  ])('%s → %s', (key, expected) => expect(isCountryName(key)).toBe(expected));
});
