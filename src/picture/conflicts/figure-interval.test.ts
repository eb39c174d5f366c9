import { describe, expect, it } from 'vitest';
import type { PictureFigure } from '../../model/picture.js';
import { figureInterval, formatFigureValue, intervalsOverlap } from './figure-interval.js';

const fig = (value: number | null, low: number | null, high: number | null, approximate = false) =>
  ({ value, low, high, approximate }) as PictureFigure;

describe('figureInterval / formatFigureValue', () => {
  it.each([
    [fig(310, null, null, true), [279, 341], '≈310'],
    [fig(20, null, null), [20, 20], '20'],
    [fig(0.4444, null, null), [0.4444, 0.4444], '≈0.44'],
    [fig(0.6, null, null, true), [0.54, 0.66], '≈0.6'],
    [fig(null, 69, null), [69, Infinity], '≥69'],
    [fig(null, null, 100), [-Infinity, 100], '≤100'],
    [fig(null, 20, 30), [20, 30], '20–30'],
  ])('%j', (f, interval, text) => {
    const [lo, hi] = figureInterval(f);
    expect(lo).toBeCloseTo(interval[0]!, 10);
    expect(hi).toBeCloseTo(interval[1]!, 10);
    expect(formatFigureValue(f)).toBe(text);
  });

  it.each([
    [[1, 2], [2, 3], true],
    [[1, 2], [2.5, 3], false],
    [[69, Infinity], [279, 341], true],
  ] as const)('%j overlaps %j: %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
  });
});
