import { describe, expect, it } from 'vitest';
import { contentWords, wordJaccard } from './content-words.js';

describe('contentWords', () => {
  it.each([
    ['The army said it seized the district.', ['army', 'seized', 'district']],
    ["Assad's forces took al-Sakhour", ['assad', 'forces', 'took', 'al-sakhour']],
    ['It is in the 45 of us', []],
  ])('%s', (text, expected) => {
    expect(contentWords(text)).toEqual(expected);
  });
});

describe('wordJaccard', () => {
  it.each([
    [['a', 'b'], ['b', 'c'], 1 / 3],
    [['a'], ['a'], 1],
    [['a'], ['b'], 0],
    [[], [], 0],
  ])('%j ~ %j', (a, b, expected) => {
    expect(wordJaccard(new Set(a), new Set(b))).toBeCloseTo(expected, 10);
  });
});
