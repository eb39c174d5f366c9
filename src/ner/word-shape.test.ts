import { describe, expect, it } from 'vitest';
import { wordShape } from './word-shape.js';

describe('wordShape', () => {
  it.each([
    ['McDonald', 'XxXxx'],
    ['Aleppo', 'Xxx'],
    ['1996-08-22', 'dd-dd-dd'],
    ['U.S.', 'X.X.'],
    ['NATO', 'XX'],
    ['said', 'xx'],
    ['Ürümqi', 'Xxx'],
    ['', ''],
  ])('%s → %s', (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });
});
