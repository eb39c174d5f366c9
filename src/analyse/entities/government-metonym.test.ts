import { describe, expect, it } from 'vitest';
import { governedCountry, governmentKey } from './government-metonym.js';

describe('governedCountry', () => {
  it.each([
    ['damascus', 'SY'],
    ['moscow', 'RU'],
    ['london', 'GB'],
    ['washington', 'US'],
    ['russia', 'RU'],
    ['u.s.', 'US'],
    // Negatives: cities that are not capitals, and unknown names.
    ['aleppo', null],
    ['sheikh maqsoud', null],
    ['observatory', null],
  ])('%s → %s', (name, code) => expect(governedCountry(name)).toBe(code));
});

describe('governmentKey', () => {
  it.each([
    ['SY', 'syrian government'],
    ['US', 'american government'],
    ['AQ', null],
  ])('%s → %s', (code, key) => expect(governmentKey(code)).toBe(key));
});
