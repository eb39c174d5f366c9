import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { isObjectBreak, plainWord, possessiveAt } from './noun-phrase-words.js';

const tokens = (text: string) =>
  segmentStage.run({}, { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null })
    .tokens;

describe('noun-phrase words', () => {
  it.each([
    ['major', true],
    ['north-western', true],
    ['Gao', false],
    ['to', false],
    ['by', false],
    ['3', false],
    [',', false],
  ])('plainWord(%s) → %s', (text, expected) => {
    expect(plainWord(text, tokens(text)[0]!)).toBe(expected);
  });

  it.each([
    ['To', true],
    ['from', true],
    ['towns', false],
  ])('isObjectBreak(%s) → %s', (word, expected) => {
    expect(isObjectBreak(word)).toBe(expected);
  });

  it.each([
    ["the town's mayor", 8, true],
    ['the town’s mayor', 8, true],
    ['the towns of', 8, false],
    ['the town sits', 8, false],
  ])('possessiveAt(%j, %i) → %s', (text, end, expected) => {
    expect(possessiveAt(text, end)).toBe(expected);
  });
});
