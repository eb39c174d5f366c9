import { describe, expect, it } from 'vitest';
import { quoteMarks } from './quote-marks.js';

const marks = (text: string) =>
  quoteMarks(text).map((m) => [m.at, m.at + m.length, m.kind, m.closes, m.opens]);

describe('quoteMarks', () => {
  it.each([
    [
      '"We ran," she said.',
      [
        [0, 1, 'either', false, true],
        [8, 9, 'either', true, false],
      ],
    ],
    [
      'She said, “We ran.”',
      [
        [10, 11, 'opening', false, true],
        [18, 19, 'closing', true, false],
      ],
    ],
    [
      "''We ran,'' she said.",
      [
        [0, 2, 'either', false, true],
        [9, 11, 'either', true, false],
      ],
    ],
    [
      '‘‘We ran.’’',
      [
        [0, 2, 'opening', false, true],
        [9, 11, 'closing', true, false],
      ],
    ],
    [
      '(“We ran.”)',
      [
        [1, 2, 'opening', false, true],
        [9, 10, 'closing', true, false],
      ],
    ],
    // neither: inches, glued on both sides, loose between spaces; after a dash it opens
    ['The pipe, 6" wide.', [[11, 12, 'either', false, false]]],
    [
      'We "ran" fast.',
      [
        [3, 4, 'either', false, true],
        [7, 8, 'either', true, false],
      ],
    ],
    ['We ran"fast.', [[6, 7, 'either', false, false]]],
    ['We ran " fast.', [[7, 8, 'either', false, false]]],
    ['We ran —"fast.', [[8, 9, 'either', false, true]]],
    ['No marks, only an apostrophe’s tail.', []],
  ] as const)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
