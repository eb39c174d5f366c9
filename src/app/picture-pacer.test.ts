import { describe, expect, it } from 'vitest';
import { picturePacer } from './picture-pacer.js';

describe('picturePacer', () => {
  // Each row: [ms since start, reports added then, due?] — stored() is called whenever due.
  it.each<[string, number, readonly (readonly [number, number, boolean])[]]>([
    [
      'stores once the interval has passed since the last store, only after additions',
      30_000,
      [
        [1_000, 16, false],
        [29_999, 16, false],
        [30_000, 16, true],
        [45_000, 16, false],
        [60_000, 0, true],
        [61_000, 3, false],
        [90_000, 0, true],
        [200_000, 0, false],
      ],
    ],
    [
      'negative: nothing added, never due',
      1_000,
      [
        [5_000, 0, false],
        [10_000, 0, false],
      ],
    ],
    [
      '0: after every batch that added a report',
      0,
      [
        [0, 1, true],
        [0, 0, false],
        [1, 2, true],
      ],
    ],
  ])('%s', (_, every, steps) => {
    let t = 0;
    const pacer = picturePacer(every, () => t);
    for (const [at, count, want] of steps) {
      t = at;
      pacer.added(count);
      expect([at, pacer.due()]).toEqual([at, want]);
      if (want) pacer.stored();
    }
  });
});
