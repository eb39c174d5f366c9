import { describe, expect, it } from 'vitest';
import { bestByMean, highestHolding, meanOver, type SweepRow, setMean } from './stories-choose.js';

const rows: SweepRow[] = [
  { threshold: 0.07, f1: { ecb: [1, 1], meantime: [1, 1], news: [0.6, 0.7] } },
  { threshold: 0.08, f1: { ecb: [1, 0.98], meantime: [0.98, 0.94], news: [0.7, 0.8] } },
  { threshold: 0.09, f1: { ecb: [1, 0.9], meantime: [0.9, 0.9], news: [0.8, 0.88] } },
];

describe('setMean / meanOver', () => {
  it.each([
    [0, 'ecb', 1],
    [1, 'meantime', 0.96],
    [2, 'news', 0.84],
    [0, 'absent', 0],
  ])('row %i, set %s: %f', (i, set, expected) => {
    expect(setMean(rows[i]!, set)).toBeCloseTo(expected, 10);
  });
  it('averages the sets equally, whatever their number of perturbations', () => {
    expect(meanOver(rows[1]!, ['ecb', 'news'])).toBeCloseTo((0.99 + 0.75) / 2, 10);
    expect(meanOver(rows[1]!, [])).toBe(0);
  });
});

describe('bestByMean', () => {
  it.each([
    [['ecb', 'meantime', 'news'], 0.08],
    [['news'], 0.09],
    [['ecb'], 0.07],
  ])('over %j picks %f', (sets, threshold) => {
    expect(bestByMean(rows, sets)?.threshold).toBe(threshold);
  });
  it('takes the lower threshold on a tie, and null for no rows', () => {
    const tie = [rows[1]!, { ...rows[0]!, f1: rows[1]!.f1 }];
    expect(bestByMean(tie, ['ecb'])?.threshold).toBe(0.07);
    expect(bestByMean([], ['ecb'])).toBeNull();
  });
});

describe('highestHolding', () => {
  it.each([
    [0.95, 0.08],
    [0.9, 0.09],
    [0.97, 0.07],
    [1.01, null],
  ])('recall sets ecb + meantime at bar %f: %s', (bar, threshold) => {
    expect(highestHolding(rows, ['ecb', 'meantime'], bar)?.threshold ?? null).toBe(threshold);
  });
  it('a recall set no row scores never holds', () => {
    expect(highestHolding(rows, ['absent'], 0.5)).toBeNull();
  });
});
