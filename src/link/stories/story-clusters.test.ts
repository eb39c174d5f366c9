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
    // counted as a report, the copy would make {0,2}~{1} average (0 + 1) / 2 = 0.5 and merge the two stories
    [
      'a copy counts as its original: its text pulls no story in',
      [[], [0], [1, 1]],
      [null, null, 0],
      [[0, 2], [1]],
    ],
    [
      'a copy of a copy follows the first original',
      [[], [0], [0, 0], [0, 0, 0]],
      [null, null, 0, 2],
      [[0, 2, 3], [1]],
    ],
    ['nothing → nothing', [], [], []],
  ])('%s', (_, rows, homes, expected) => {
    expect(run(rows, homes)).toEqual(expected);
  });
});

describe('storyClusters: splits', () => {
  /** Lower-triangle rows; rowOf gives the full symmetric row of a report over those added so far. */
  const withSplit = (rows: number[][], splitBelow: number | null) => {
    const sim = (a: number, b: number) => (a === b ? 0 : a > b ? rows[a]![b]! : rows[b]![a]!);
    let added = 0;
    const c = storyClusters(
      0.5,
      splitBelow === null
        ? null
        : { rowOf: (i) => Array.from({ length: added }, (_, j) => sim(i, j)), splitBelow },
    );
    const after: number[][][] = [];
    rows.forEach((row, i) => {
      added = i + 1;
      c.add(i, row, null);
      after.push(c.stories());
    });
    return { stories: c.stories(), after, storyOf: c.storyOf };
  };
  // 0 and 1 meet at 0.6; 2 is close to 1 only (0.55, apart from {0,1} on average); 3, 4, 5 are close to 0
  // (0.9) and not to 1, so 1 comes to fit its story at 0.7 / 4 = 0.175 < 0.2 once 5 arrives.
  const rows = [[], [0.6], [0, 0.55], [0.9, 0.1, 0], [0.9, 0, 0, 0.9], [0.9, 0, 0, 0.9, 0.9]];

  it('without splitting, the early pair stays together', () => {
    expect(withSplit(rows, null).stories).toEqual([[0, 1, 3, 4, 5], [2]]);
  });

  it('a story whose member no longer fits splits, and the part that left merges where it fits', () => {
    const run = withSplit(rows, 0.2);
    expect(run.after[4]).toEqual([[0, 1, 3, 4], [2]]); // 1 still fits at 0.7 / 3 ≈ 0.233
    expect(run.stories).toEqual([
      [0, 3, 4, 5],
      [1, 2],
    ]);
    expect(run.storyOf(1)).toBe(1);
    expect(run.storyOf(5)).toBe(0);
  });

  it('a story that holds together when re-clustered stays whole', () => {
    // every pair at 0.6 but 0~3 (0.55): 0 fits at 1.75 / 3 ≈ 0.583 < 0.59, so the story re-clusters; average
    // link over the four joins them all again ({0,1}, then 2 at 0.6, then 3 at 1.75 / 3 ≥ 0.5)
    const holds = [[], [0.6], [0.6, 0.6], [0.55, 0.6, 0.6]];
    expect(withSplit(holds, 0.59).stories).toEqual([[0, 1, 2, 3]]);
  });
});
