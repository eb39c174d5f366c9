import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

/** Every figure of `text` as [span, value or bounds, unit, measure]. */
const money = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [
    text.slice(f.span.start, f.span.end),
    f.value ?? [f.low, f.high],
    f.unit,
    f.measure,
  ]);

describe('figuresStage: money in any currency is money, not a count', () => {
  it.each([
    [
      'yuan after the number',
      'China pledged 50 billion yuan to the fund.',
      [['50 billion yuan', 5e10, 'other', 'other']],
    ],
    ['roubles', 'The fine was 300,000 roubles.', [['300,000 roubles', 300000, 'other', 'other']]],
    ['rupees', 'He paid 5 million rupees in bail.', [['5 million rupees', 5e6, 'other', 'other']]],
    [
      'Canadian dollars',
      'It cost 10 million Canadian dollars.',
      [['10 million Canadian dollars', 1e7, 'other', 'other']],
    ],
    [
      'Egyptian pounds',
      'The fee is 8,000 Egyptian pounds.',
      [['8,000 Egyptian pounds', 8000, 'other', 'other']],
    ],
    [
      'pounds after a scale word',
      'The club paid 20 million pounds.',
      [['20 million pounds', 2e7, 'other', 'other']],
    ],
    ['CA$ with a space', 'Ottawa offered CA$ 2 billion.', [['CA$ 2 billion', 2e9, 'other', 'other']]],
    [
      'C$, A$ and HK$',
      'They gave C$2 billion, A$3 million and HK$ 4 million.',
      [
        ['C$2 billion', 2e9, 'other', 'other'],
        ['A$3 million', 3e6, 'other', 'other'],
        ['HK$ 4 million', 4e6, 'other', 'other'],
      ],
    ],
    ['USD$ is US dollars', 'Exports reached USD$ 23 billion.', [['USD$ 23 billion', 2.3e10, 'usd', 'other']]],
    [
      'pounds and euros by sign, short scales',
      'The club paid £30 million and €15m.',
      [
        ['£30 million', 3e7, 'other', 'other'],
        ['€15m', 1.5e7, 'other', 'other'],
      ],
    ],
    ['Rs as written', 'The shop charged Rs 400 for it.', [['Rs 400', 400, 'other', 'other']]],
    [
      'vague millions of dollars',
      'They raised millions of dollars.',
      [['millions of dollars', [2e6, 9999999], 'usd', 'other']],
    ],
    ['negative: pounds of weight', 'The baby weighed 3.8 pounds.', [['3.8 pounds', 3.8, 'count', 'other']]],
    ['negative: letters glued to digits in a name', 'Shares of RS2 Software rose.', []],
    [
      'negative: a mark in another case is a word',
      'We try 5 approaches.',
      [['5 approaches', 5, 'count', 'other']],
    ],
  ])('%s', (_, text, want) => {
    expect(money(text)).toEqual(want);
  });
});

describe('figuresStage: a bare millions amount in a sentence of money is money', () => {
  it.each([
    [
      'on top of the four billion',
      'The bank, helping those in need, adds $2 billion on top of the four billion.',
      [
        ['$2 billion', 2e9, 'usd', 'other'],
        ['four billion', 4e9, 'usd', 'other'],
      ],
    ],
    [
      'before a dollar restatement it is another currency',
      'Aides took 5 billion ($5.8 billion) from the fund.',
      [
        ['5 billion', 5e9, 'other', 'other'],
        ['$5.8 billion', 5.8e9, 'usd', 'other'],
      ],
    ],
    [
      'negative: people counted beside money',
      'A $2 billion plan will help 3 million people in need.',
      [
        ['$2 billion', 2e9, 'usd', 'other'],
        ['3 million people', 3e6, 'people', 'affected'],
      ],
    ],
    [
      'negative: no money in the sentence',
      'The city of 2 million is to the east.',
      [['2 million', 2e6, 'count', 'other']],
    ],
    [
      'negative: a plain count beside money',
      'It paid $300 for 4 tickets.',
      [
        ['$300', 300, 'usd', 'other'],
        ['4 tickets', 4, 'count', 'other'],
      ],
    ],
  ])('%s', (_, text, want) => {
    expect(money(text)).toEqual(want);
  });
});
