import { describe, expect, it } from 'vitest';
import { wordsValue } from './quantity-core.js';
import { runFigures } from './run-figures.js';

/** Every figure of `text` as [span, value or bounds, unit]. */
const figures = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [
    text.slice(f.span.start, f.span.end),
    f.value ?? [f.low, f.high],
    f.unit,
  ]);

describe('figuresStage: lakh (100,000) and crore (10,000,000) are scale words', () => {
  it.each([
    ['lakh after digits', 'Floods displaced 2.5 lakh people.', [['2.5 lakh people', 250000, 'people']]],
    ['crore after rupees', 'The state set aside Rs 3 crore for relief.', [['Rs 3 crore', 3e7, 'other']]],
    ['lakh crore multiplies', 'The budget is ₹1.5 lakh crore.', [['₹1.5 lakh crore', 1.5e12, 'other']]],
    ['a plural scale after digits', 'They raised 5 crores.', [['5 crores', 5e7, 'count']]],
    ['lakh before a currency word', 'He paid 4 lakh rupees.', [['4 lakh rupees', 400000, 'other']]],
    [
      'in number words',
      'He was fined two lakh fifty thousand rupees.',
      [['two lakh fifty thousand rupees', 250000, 'other']],
    ],
    ['vague lakhs', 'Lakhs of people were stranded.', [['Lakhs of people', [200000, 999999], 'people']]],
    ['vague crores', 'Crores of rupees were lost.', [['Crores of rupees', [2e7, 99999999], 'other']]],
    [
      'negative: a word that starts like a scale',
      'The 5 lakhmi stalls opened.',
      [['5 lakhmi stalls', 5, 'count']],
    ],
    ['negative: a name that starts like a scale', 'Mr Lakhani and Ms Crorey spoke.', []],
  ])('%s', (_, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('wordsValue: a scale word right after another multiplies it', () => {
  it.each([
    ['two lakh crore', 2e12],
    ['five thousand million', 5e9],
    ['one crore twenty lakh', 1.2e7],
    ['one million two hundred thousand', 1.2e6],
    ['a thousand', 1000],
    ['twenty-five', 25],
  ])('%s → %d', (words, want) => {
    expect(wordsValue(words)).toBe(want);
  });
});
