import { describe, expect, it } from 'vitest';
import { bilouAllowed, bilouToBio, bioToBilou, LABELS } from './ner-labels.js';

describe('BIO ↔ BILOU', () => {
  it.each([
    [
      ['B-PER', 'I-PER', 'O'],
      ['B-PER', 'L-PER', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ],
    [['B-LOC'], ['U-LOC'], ['B-LOC']],
    [
      ['B-ORG', 'I-ORG', 'I-ORG'],
      ['B-ORG', 'I-ORG', 'L-ORG'],
      ['B-ORG', 'I-ORG', 'I-ORG'],
    ],
    [
      ['B-PER', 'B-PER'],
      ['U-PER', 'U-PER'],
      ['B-PER', 'B-PER'],
    ],
    // IOB1-style I- after O or another type opens a span; back in BIO it is written B-.
    [
      ['O', 'I-MISC', 'I-LOC'],
      ['O', 'U-MISC', 'U-LOC'],
      ['O', 'B-MISC', 'B-LOC'],
    ],
    [
      ['O', 'O'],
      ['O', 'O'],
      ['O', 'O'],
    ],
  ])('%j → %j → %j', (bio, bilou, back) => {
    expect(bioToBilou(bio)).toEqual(bilou);
    expect(bilouToBio(bilou)).toEqual(back);
  });

  it('has O and four positions for each of the four types', () => {
    expect(LABELS).toHaveLength(17);
    expect(LABELS[0]).toBe('O');
  });
});

describe('bilouAllowed', () => {
  it.each([
    [null, 'B-PER', true],
    [null, 'I-PER', false],
    [null, 'L-PER', false],
    ['B-PER', 'I-PER', true],
    ['B-PER', 'L-PER', true],
    ['B-PER', 'L-ORG', false],
    ['B-PER', 'O', false],
    ['I-LOC', 'U-LOC', false],
    ['L-LOC', 'B-LOC', true],
    ['U-MISC', 'O', true],
    ['O', 'L-ORG', false],
    ['B-ORG', null, false],
    ['L-ORG', null, true],
  ] as const)('%s → %s: %s', (prev, next, ok) => {
    expect(bilouAllowed(prev, next)).toBe(ok);
  });
});
