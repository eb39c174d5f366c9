import { describe, expect, it } from 'vitest';
import { insertSorted, lowerBound, removeSorted } from './sorted-array.js';

const byNumber = (a: number, b: number): number => a - b;

describe('lowerBound', () => {
  it.each([
    { xs: [], x: 3, at: 0 },
    { xs: [1, 3, 5], x: 0, at: 0 },
    { xs: [1, 3, 5], x: 3, at: 1 },
    { xs: [1, 3, 3, 5], x: 3, at: 1 },
    { xs: [1, 3, 5], x: 4, at: 2 },
    { xs: [1, 3, 5], x: 9, at: 3 },
  ])('$x in $xs', ({ xs, x, at }) => {
    expect(lowerBound(xs, x, byNumber)).toBe(at);
  });
});

describe('insertSorted / removeSorted', () => {
  it('puts an element after those equal to it, and takes out that very element', () => {
    const byKey = (a: { k: number }, b: { k: number }): number => a.k - b.k;
    const [a, b, c] = [{ k: 1 }, { k: 2 }, { k: 2 }];
    const xs = [a, b];
    insertSorted(xs, c, byKey);
    expect(xs).toEqual([a, b, c]);
    expect(xs[2]).toBe(c);
    expect(removeSorted(xs, b, byKey)).toBe(true);
    expect(xs).toEqual([a, c]);
    expect(xs[1]).toBe(c);
  });

  it('removes nothing that is not there (an equal element is not the same one)', () => {
    const xs = [{ k: 1 }, { k: 2 }];
    expect(removeSorted(xs, { k: 2 }, (p, q) => p.k - q.k)).toBe(false);
    expect(xs).toHaveLength(2);
  });

  it.each([
    { xs: [], x: 1, out: [1] },
    { xs: [2, 4], x: 1, out: [1, 2, 4] },
    { xs: [2, 4], x: 3, out: [2, 3, 4] },
    { xs: [2, 4], x: 5, out: [2, 4, 5] },
  ])('inserts $x into $xs', ({ xs, x, out }) => {
    const list = [...xs];
    insertSorted(list, x, byNumber);
    expect(list).toEqual(out);
  });
});
