import { describe, expect, it } from 'vitest';
import { resized, spliced } from './spliced.js';

describe('spliced', () => {
  it.each([
    { xs: [1, 2, 3, 4], from: 2, tail: [9], out: [1, 2, 9] },
    { xs: [1, 2, 3, 4], from: 2, tail: [7, 8, 9], out: [1, 2, 7, 8, 9] },
    { xs: [1, 2, 3, 4], from: 1, tail: [7, 8, 9], out: [1, 7, 8, 9] },
    { xs: [1, 2], from: 2, tail: [7, 8], out: [1, 2, 7, 8] },
    { xs: [1, 2], from: 5, tail: [7], out: [1, 2, 7] },
    { xs: [1, 2, 3], from: 0, tail: [], out: [] },
    { xs: [1, 2, 3], from: 3, tail: [], out: [1, 2, 3] },
    { xs: [], from: 0, tail: [5, 6], out: [5, 6] },
  ])('$xs from $from with $tail', ({ xs, from, tail, out }) => {
    const got = spliced(xs, from, tail);
    expect(got).toEqual(out);
    expect(got).not.toBe(xs);
  });

  it('leaves its input as it was', () => {
    const xs = [1, 2, 3];
    spliced(xs, 1, [8, 9, 10]);
    expect(xs).toEqual([1, 2, 3]);
  });
});

describe('resized', () => {
  it.each([
    { xs: [1, 2, 3], length: 2, out: [1, 2] },
    { xs: [1, 2, 3], length: 3, out: [1, 2, 3] },
    { xs: [1, 2, 3], length: 0, out: [] },
  ])('$xs to $length', ({ xs, length, out }) => {
    expect(resized(xs, length)).toEqual(out);
  });

  it('pads with holes to be filled, leaving its input as it was', () => {
    const xs = [1, 2];
    const got = resized(xs, 4);
    expect(got.length).toBe(4);
    expect(got.slice(0, 2)).toEqual([1, 2]);
    expect(2 in got).toBe(false);
    got[2] = 3;
    expect(xs).toEqual([1, 2]);
  });
});
