import { describe, expect, it } from 'vitest';
import { cosine, packedDot, packVectors, tfIdfVectors } from './tf-idf.js';

const docs = [
  ['quake', 'struck', 'coast', 'quake'],
  ['quake', 'coast', 'rescuers'],
  ['football', 'final'],
  [],
];

describe('tfIdfVectors', () => {
  it('weighs with sublinear tf and smoothed idf, normalised', () => {
    const [a] = tfIdfVectors(docs);
    // quake: (1 + ln 2)(ln(5/3) + 1); struck: ln(5/2) + 1; coast: ln(5/3) + 1
    const q = (1 + Math.log(2)) * (Math.log(5 / 3) + 1);
    const s = Math.log(5 / 2) + 1;
    const c = Math.log(5 / 3) + 1;
    const len = Math.hypot(q, s, c);
    expect(a!.get('quake')).toBeCloseTo(q / len, 12);
    expect(a!.get('struck')).toBeCloseTo(s / len, 12);
    expect(a!.get('coast')).toBeCloseTo(c / len, 12);
  });
});

describe('packedDot', () => {
  const vectors = tfIdfVectors(docs);
  const packed = packVectors(vectors);
  it('numbers terms in order of first use', () => {
    expect(packed.terms).toBe(6);
    expect([...packed.ids[0]!]).toEqual([0, 1, 2]);
    expect([...packed.ids[1]!]).toEqual([0, 2, 3]);
    expect([...packed.ids[3]!]).toEqual([]);
  });
  it.each([
    [0, 1],
    [1, 0],
    [0, 2],
    [0, 0],
    [2, 3],
    [1, 1],
  ])('dot(%i, %i) equals the cosine of the vectors', (i, j) => {
    const dot = packedDot(packed);
    expect(dot(i, j)).toBeCloseTo(cosine(vectors[i]!, vectors[j]!), 12);
  });
  it('stays exact when the spread vector changes back and forth', () => {
    const dot = packedDot(packed);
    const pairs: [number, number][] = [
      [0, 1],
      [2, 1],
      [0, 2],
      [1, 0],
      [0, 1],
    ];
    for (const [i, j] of pairs) expect(dot(i, j)).toBeCloseTo(cosine(vectors[i]!, vectors[j]!), 12);
    expect(dot(0, 2)).toBe(0);
    expect(dot(0, 1)).toBeGreaterThan(0.2);
  });
});
