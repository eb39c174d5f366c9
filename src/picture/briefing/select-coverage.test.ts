import { describe, expect, it } from 'vitest';
import { selectCoverage } from './select-coverage.js';

const item = (terms: string[], bonus = 0) => ({ terms, words: terms.length, bonus });
const w = (entries: [string, number][]) => new Map(entries);

describe('selectCoverage', () => {
  it.each([
    [
      'takes the heaviest per words^0.6 first, then what adds new terms; a repeat adds nothing',
      [item(['army', 'aleppo', 'control']), item(['army', 'aleppo', 'control']), item(['civilians', 'fled'])],
      w([
        ['army', 3],
        ['aleppo', 3],
        ['control', 2],
        ['civilians', 2],
        ['fled', 2],
      ]),
      100,
      5,
      [0, 2],
    ],
    [
      'a bonus (lede) can win over coverage',
      [item(['army', 'aleppo']), item(['weather'], 5)],
      w([
        ['army', 3],
        ['aleppo', 3],
      ]),
      100,
      5,
      [1, 0],
    ],
    [
      'stops at the word budget',
      [item(['a', 'b']), item(['c', 'd'])],
      w([
        ['a', 2],
        ['b', 2],
        ['c', 1],
        ['d', 1],
      ]),
      2,
      5,
      [0],
    ],
    [
      'stops at the sentence cap',
      [item(['a']), item(['c'])],
      w([
        ['a', 2],
        ['c', 1],
      ]),
      100,
      1,
      [0],
    ],
    [
      'length pays words^0.6: four terms of 1 (4 / 4^0.6 ≈ 1.74) lose to one of 1.9 (√ would give 2 and win)',
      [item(['a', 'b', 'c', 'd']), item(['e'])],
      w([
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 1],
        ['e', 1.9],
      ]),
      100,
      5,
      [1, 0],
    ],
    ['nothing weighs anything → nothing', [item(['x'])], w([]), 100, 5, []],
  ])('%s', (_, items, weights, budget, max, expected) => {
    expect(selectCoverage(items, weights, budget, max)).toEqual(expected);
  });
});

describe('selectCoverage: novelty', () => {
  it('a lede saying what a chosen one said loses its bonus to a sentence adding something', () => {
    // A: 4/2^0.6 + 2 × 1.001 ≈ 4.64 first; then B covers nothing new (1.9 × 0.001), C adds z (0.5 + 0.5 × 1.001)
    const items = [item(['x', 'y'], 2), item(['x', 'y'], 1.9), item(['z'], 0.5)];
    const weights = w([
      ['x', 2],
      ['y', 2],
      ['z', 0.5],
    ]);
    expect(selectCoverage(items, weights, 100, 5)).toEqual([0, 2, 1]);
    expect(selectCoverage(items, weights, 100, 2)).toEqual([0, 2]);
  });
});

describe('selectCoverage: redundancy', () => {
  it('never takes a sentence the callback calls redundant', () => {
    const items = [item(['a', 'b'], 1), item(['a', 'b', 'c'], 1), item(['d'], 0.5)];
    const weights = w([
      ['a', 2],
      ['b', 2],
      ['c', 2],
      ['d', 2],
    ]);
    expect(selectCoverage(items, weights, 100, 5, (i, chosen) => i === 0 && chosen.includes(1))).toEqual([
      1, 2,
    ]);
  });
});
