import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const REF = '2016-12-03';

describe('figuresStage: restatements in parentheses', () => {
  const restated = (text: string) => {
    const { figures } = runFigures(text, REF);
    return figures.map((f) => [
      text.slice(f.span.start, f.span.end),
      f.restates === null ? null : figures.findIndex((x) => x.id === f.restates),
    ]);
  };

  it.each([
    [
      'a restatement in other units',
      'Troops control 20 square kilometres (nearly eight square miles) of the total 45 square kilometres.',
      [
        ['20 square kilometres', null],
        ['nearly eight square miles', 0],
        ['45 square kilometres', null],
      ],
    ],
    [
      'a restatement in the same units, about the same size',
      'Some 2,000 people (about 2,100 by other counts) fled.',
      [
        ['Some 2,000 people', null],
        ['about 2,100', 0],
      ],
    ],
    [
      'negative: a different number in parentheses',
      'Troops control 20 square kilometres (30 square kilometres by other counts).',
      [
        ['20 square kilometres', null],
        ['30 square kilometres', null],
      ],
    ],
    [
      'negative: a part in parentheses',
      'Five people (three of them children) were killed.',
      [
        ['Five people', null],
        ['three of them', null],
      ],
    ],
    [
      'negative: the same size, not in parentheses',
      'Troops control 20 square kilometres, nearly eight square miles.',
      [
        ['20 square kilometres', null],
        ['nearly eight square miles', null],
      ],
    ],
  ])('restates: %s', (_, sentence, expected) => {
    expect(restated(sentence)).toEqual(expected);
  });
});
