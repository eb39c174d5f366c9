import { describe, expect, it } from 'vitest';
import { cosine, IDF_BACKGROUND, packedDot, packVectors, tfIdfVectors } from './tf-idf.js';

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

describe('tfIdfVectors with a background', () => {
  // two reports of one story sharing "quake" and "coast": over two reports alone the shared words get the lowest
  // idf (1 against 1.405: cosine 2 / (2 + 1.405²)); a background of pseudo-documents that use none of them
  // weighs shared and own words more alike (at most 2 / 3, plain tf)
  const story = [
    ['quake', 'coast', 'struck'],
    ['quake', 'coast', 'rescuers'],
  ];
  it.each([
    [0, 0.5031],
    [5, 0.5795],
    [30, 0.6148],
  ])('background %i: the two reports meet at %f', (background, expected) => {
    const [a, b] = tfIdfVectors(story, background);
    expect(cosine(a!, b!)).toBeCloseTo(expected, 4);
  });

  it('adds the background to N: idf ln((1 + 2 + 30) / (1 + df)) + 1', () => {
    const [a] = tfIdfVectors(story, 30);
    const shared = Math.log(33 / 3) + 1;
    const own = Math.log(33 / 2) + 1;
    expect(a!.get('struck')).toBeCloseTo(own / Math.hypot(shared, shared, own), 12);
  });

  it('is 30 for story clustering', () => {
    expect(IDF_BACKGROUND).toBe(30);
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
