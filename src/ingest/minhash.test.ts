import { describe, expect, it } from 'vitest';
import { estimateJaccard, minhash, SIGNATURE_LENGTH } from './minhash.js';

const words = (n: number, prefix = 'w'): string =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('minhash', () => {
  it('is deterministic, 64 unsigned 32-bit values', () => {
    const a = minhash('The army advanced into eastern Aleppo on Saturday.');
    expect(a).toEqual(minhash('The army advanced into eastern Aleppo on Saturday.'));
    expect(a).toHaveLength(SIGNATURE_LENGTH);
    expect(a.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
  });

  it.each([
    [
      'case and punctuation do not matter',
      'The army, advanced! Into Aleppo.',
      'the army advanced into aleppo',
      1,
    ],
    ['identical texts', words(200), words(200), 1],
    ['disjoint texts', words(200, 'a'), words(200, 'b'), 0],
    ['no words at all', '…', '—', 1],
  ])('%s', (_name, a, b, expected) => {
    expect(estimateJaccard(minhash(a), minhash(b))).toBe(expected);
  });

  it.each([
    // true Jaccard of the 5-shingle sets: shared / (all distinct)
    [400, 200, 196 / (396 + 396 - 196)],
    [400, 360, 356 / (396 + 396 - 356)],
  ])('estimates the Jaccard of %i-word texts sharing a %i-word run within 0.15', (n, shared, truth) => {
    const common = words(shared, 'c');
    const a = `${common} ${words(n - shared, 'a')}`;
    const b = `${common} ${words(n - shared, 'b')}`;
    expect(Math.abs(estimateJaccard(minhash(a), minhash(b)) - truth)).toBeLessThan(0.15);
  });

  it.each([
    [[1, 2, 3, 4], [1, 2, 3, 4], 1],
    [[1, 2, 3, 4], [1, 2, 0, 0], 0.5],
    [[1, 2], [1, 2, 3, 4], 0.5],
    [[], [], 0],
  ])('estimateJaccard(%j, %j) = %d', (a, b, expected) => {
    expect(estimateJaccard(a, b)).toBe(expected);
  });
});
