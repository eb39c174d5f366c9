import { describe, expect, it } from 'vitest';
import { trimClaimant } from './trim-claimant.js';

/** The source is the whole text between the marks; the row gives the words kept. */
const kept = (text: string): string => {
  const s = trimClaimant(`>${text}<`, { start: 1, end: text.length + 1 });
  return `>${text}<`.slice(s.start, s.end);
};

describe('trimClaimant', () => {
  it.each([
    ['November a spokesperson for the bakery', 'a spokesperson for the bakery'],
    ['November 4, a spokesperson for the bakery', 'a spokesperson for the bakery'],
    ['Tuesday Dana Pell', 'Dana Pell'],
    ['yesterday the ministry', 'the ministry'],
    [') the ministry', 'the ministry'],
    ['), the port authority', 'the port authority'],
    ['64%)', '64%'],
    ['the mayor,', 'the mayor'],
    [')', ''],
    // negative rows: kept whole
    ['May Hollis', 'May Hollis'],
    ['August Reyes, a grocer', 'August Reyes, a grocer'],
    ['the union (UFW)', 'the union (UFW)'],
    ['the U.N.', 'the U.N.'],
    ['Monday', 'Monday'],
    ['"the ministry', '"the ministry'],
  ])('%s → %s', (source, expected) => {
    expect(kept(source)).toBe(expected);
  });

  it('keeps offsets into the report', () => {
    expect(trimClaimant('xx November a guard', { start: 3, end: 19 })).toEqual({ start: 12, end: 19 });
  });
});
