import { describe, expect, it } from 'vitest';
import { storyClusters } from './story-clusters.js';

/** Adds reports with the given similarity rows (row k: similarity of report k to reports 0..k-1). */
const run = (rows: number[][], homes: (number | null)[] = [], threshold = 0.5) => {
  const c = storyClusters(threshold);
  rows.forEach((row, i) => {
    c.add(i, row, homes[i] ?? null);
  });
  return c.stories();
};

describe('storyClusters', () => {
  it.each([
    ['joins the story it is most similar to on average', [[], [0.9], [0.1, 0.2]], [], [[0, 1], [2]]],
    ['starts a story below the threshold', [[], [0.4]], [], [[0], [1]]],
    // 0 and 1 apart (0.3); report 2 joins 0 (0.9), then {0,2}~{1} averages (0.3+0.8)/2 = 0.55 → merge
    ['merges stories a new report brings together', [[], [0.3], [0.9, 0.8]], [], [[0, 1, 2]]],
    // same rows, but {0,2}~{1} averages (0.3+0.6)/2 = 0.45 → stays apart
    ['keeps stories apart when the average stays below', [[], [0.3], [0.9, 0.6]], [], [[0, 2], [1]]],
    ['a copy joins its original whatever the text says', [[], [0]], [null, 0], [[0, 1]]],
    ['nothing → nothing', [], [], []],
  ])('%s', (_, rows, homes, expected) => {
    expect(run(rows, homes)).toEqual(expected);
  });
});
