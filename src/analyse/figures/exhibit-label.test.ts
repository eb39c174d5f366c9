import { describe, expect, it } from 'vitest';
import { isExhibitLabel } from './exhibit-label.js';

describe('isExhibitLabel', () => {
  it.each([
    ['Figure', 'See (Figure).', 5, 11, true],
    ['Table 3', 'See Table 3.', 4, 11, true],
    ['Chart 2', 'In Chart 2 it shows.', 3, 10, true],
    ['negative: a town', 'In Tabletop it rained.', 3, 11, false],
    ['negative: a person', 'Ann Figure spoke.', 0, 10, false],
  ])('%s', (_, text, start, end, want) => {
    expect(isExhibitLabel({ start, end }, text)).toBe(want);
  });
});
