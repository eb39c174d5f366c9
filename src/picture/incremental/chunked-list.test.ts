import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunkedList, splicedList } from './chunked-list.js';

const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);
const C = CHUNK_SIZE;

describe('chunkedList', () => {
  it.each([0, 1, C - 1, C, C + 1, 3 * C])('holds %i items as given', (n) => {
    const xs = range(n);
    const list = chunkedList(xs);
    expect(list.length).toBe(n);
    expect(list.items()).toEqual(xs);
    expect(list.at(n - 1)).toBe(n === 0 ? undefined : n - 1);
  });

  it.each([-1, 5, 6, 100])('has nothing at %i (of 5 items)', (i) => {
    expect(chunkedList(range(5)).at(i)).toBeUndefined();
  });

  it('gives the same array on every read, and does not follow the array it was made of', () => {
    const xs = [1, 2, 3];
    const list = chunkedList(xs);
    xs.push(4);
    expect(list.items()).toBe(list.items());
    expect(list.items()).toEqual([1, 2, 3]);
  });
});

describe('splicedList', () => {
  it.each([
    { n: 4, from: 2, tail: [9], out: [0, 1, 9] },
    { n: 4, from: 2, tail: [7, 8, 9], out: [0, 1, 7, 8, 9] },
    { n: 2, from: 2, tail: [7, 8], out: [0, 1, 7, 8] },
    { n: 2, from: 5, tail: [7], out: [0, 1, 7] },
    { n: 3, from: 0, tail: [], out: [] },
    { n: 3, from: 3, tail: [], out: [0, 1, 2] },
    { n: 0, from: 0, tail: [5, 6], out: [5, 6] },
  ])('$n items from $from with $tail', ({ n, from, tail, out }) => {
    expect(splicedList(chunkedList(range(n)), from, tail).items()).toEqual(out);
  });

  it.each([
    { n: 2 * C, from: C, tail: 1 },
    { n: 2 * C, from: C - 1, tail: 2 },
    { n: 2 * C + 5, from: C + 1, tail: C },
    { n: C, from: C, tail: C + 1 },
    { n: 3 * C, from: 0, tail: 3 },
  ])('across chunk boundaries: $n items from $from with $tail new', ({ n, from, tail }) => {
    const list = chunkedList(range(n));
    const next = splicedList(list, from, range(tail, -tail));
    const expected = [...range(from), ...range(tail, -tail)];
    expect(next.length).toBe(expected.length);
    expect(next.items()).toEqual(expected);
    expect(next.at(from)).toBe(tail === 0 ? undefined : -tail);
    expect(list.items()).toEqual(range(n));
  });
});

describe('ListDraft', () => {
  it('sets, truncates and pushes, leaving the list it came from as it was', () => {
    const list = chunkedList(range(3 * C));
    const d = list.edit();
    d.set(0, -1);
    d.set(C, -2);
    d.truncate(2 * C + 1);
    d.push(-3);
    d.set(2 * C + 1, -4);
    const next = d.done();
    expect(next.length).toBe(2 * C + 2);
    expect([next.at(0), next.at(1), next.at(C), next.at(2 * C), next.at(2 * C + 1)]).toEqual([
      -1,
      1,
      -2,
      2 * C,
      -4,
    ]);
    expect(list.length).toBe(3 * C);
    expect(list.items()).toEqual(range(3 * C));
  });

  it('keeps every older version as it was through a chain of edits', () => {
    const versions = [chunkedList<number>()];
    const expected: number[][] = [[]];
    for (let k = 1; k <= 6; k += 1) {
      const d = versions.at(-1)!.edit();
      const keep = Math.max(0, d.length - 3);
      d.truncate(keep);
      for (let i = 0; i < C / 2 + 7; i += 1) d.push(k * 10_000 + i);
      if (d.length > 1) d.set(1, -k);
      versions.push(d.done());
      const was = expected.at(-1)!.slice(0, keep);
      for (let i = 0; i < C / 2 + 7; i += 1) was.push(k * 10_000 + i);
      if (was.length > 1) was[1] = -k;
      expected.push(was);
    }
    expect(versions.map((v) => v.items())).toEqual(expected);
  });

  it('truncates to nothing, and not past its length', () => {
    const d = chunkedList(range(C + 3)).edit();
    d.truncate(C + 10);
    expect(d.length).toBe(C + 3);
    d.truncate(-2);
    expect(d.length).toBe(0);
    d.push(7);
    expect(d.done().items()).toEqual([7]);
  });

  it('refuses a place outside the list, and any use after done()', () => {
    const d = chunkedList(range(3)).edit();
    expect(() => d.set(3, 0)).toThrow(RangeError);
    expect(() => d.set(-1, 0)).toThrow(RangeError);
    d.done();
    expect(() => d.push(1)).toThrow('after done()');
    expect(() => d.done()).toThrow('after done()');
  });
});
