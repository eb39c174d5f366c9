import { describe, expect, it } from 'vitest';
import { isNewsOutlet } from './news-outlet.js';

describe('isNewsOutlet', () => {
  it.each<[string, boolean]>([
    ['BBC', true],
    ['bbc news', true],
    ['Reuters', true],
    ['AP', true],
    ['Agence France-Presse', true],
    ['France 24', true],
    ['The  New York Times', true],
    ['Xinhua', true],
    ['CNNMoney', true],
    ['Mali', false],
    ['Timbuktu', false],
    ['Times Square', false],
    ['BBC Trust chairman', false],
    ['Associated Pressure Group', false],
    ['', false],
  ])('%s: %s', (name, expected) => {
    expect(isNewsOutlet(name)).toBe(expected);
  });
});
