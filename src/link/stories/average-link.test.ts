import { describe, expect, it } from 'vitest';
import { averageLink, averageLinkLevels } from './average-link.js';

/** A symmetric similarity from a lower-triangle table (row k: similarity of item k to items 0..k-1). */
const table = (rows: number[][]) => (a: number, b: number) => (a > b ? rows[a]![b]! : rows[b]![a]!);

describe('averageLink', () => {
  it.each([
    // 0~1 0.9 merge first; {0,1}~2 averages (0.2+0.3)/2 = 0.25 < 0.5; 3 joins 2 (0.8)
    [
      'merges the most similar pair first',
      [[0], [1], [2], [3]],
      [[], [0.9], [0.2, 0.3], [0.1, 0.1, 0.8]],
      [
        [0, 1],
        [2, 3],
      ],
    ],
    // {0,1} ~ {2}: (0.6 + 0.5) / 2 = 0.55 ≥ 0.5 → one group
    ['merges groups on their average', [[0, 1], [2]], [[], [0.9], [0.6, 0.5]], [[0, 1, 2]]],
    // same groups, (0.6 + 0.3) / 2 = 0.45 → apart, whatever single link would say
    ['one close pair is not enough', [[0, 1], [2]], [[], [0.9], [0.6, 0.3]], [[0, 1], [2]]],
    ['keeps given groups even when their members are dissimilar', [[0, 1]], [[], [0]], [[0, 1]]],
    [
      'orders groups by first item, members sorted',
      [
        [3, 1],
        [2, 0],
      ],
      [[], [0], [0], [0, 0, 0]],
      [
        [0, 2],
        [1, 3],
      ],
    ],
    ['nothing → nothing', [], [], []],
  ])('%s', (_, groups, rows, expected) => {
    expect(averageLink(groups, table(rows), 0.5)).toEqual(expected);
  });

  it('gives the same groups whatever the order of the input groups', () => {
    const sim = table([[], [0.9], [0.2, 0.3], [0.1, 0.1, 0.8]]);
    expect(averageLink([[3], [1], [2], [0]], sim, 0.5)).toEqual(averageLink([[0], [1], [2], [3]], sim, 0.5));
  });

  // {0,1} ~ {2}: average link (0.2 + 0.2) / 2 = 0.2; text cosines 0.8 (0~1), 0.5 (0~2, 1~2): centroid norms² 2 + 1.6
  // = 3.6 and 1, cross 1.0, cosine 1 / √3.6 = 0.527; blended at 0.5: 0.364
  it.each([
    ['plain average link keeps them apart', 0, 0.3, [[0, 1], [2]]],
    ['the centroid blend joins them', 0.5, 0.3, [[0, 1, 2]]],
    ['but not above the blended score', 0.5, 0.37, [[0, 1], [2]]],
  ])('%s', (_, weight, threshold, expected) => {
    const sim = table([[], [0.9], [0.2, 0.2]]);
    const text = table([[], [0.8], [0.5, 0.5]]);
    expect(averageLink([[0, 1], [2]], sim, threshold, { text, weight })).toEqual(expected);
  });

  it('gives at each of several thresholds what averageLink gives at it', () => {
    const sim = table([[], [0.9], [0.2, 0.3], [0.1, 0.1, 0.8]]);
    const groups = [[0], [1], [2], [3]];
    const thresholds = [0.5, 0.95, 0.1, 0.85];
    expect(averageLinkLevels(groups, sim, thresholds)).toEqual(
      thresholds.map((t) => averageLink(groups, sim, t)),
    );
    expect(averageLinkLevels(groups, sim, [0.95, 0.1])).toEqual([[[0], [1], [2], [3]], [[0, 1, 2, 3]]]);
  });
});
