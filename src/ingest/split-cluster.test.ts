import { describe, expect, it } from 'vitest';
import { isCluster, splitCluster } from './split-cluster.js';

describe('splitCluster', () => {
  it.each([
    [
      'LongBench passages',
      'Passage 1:\nFirst report. NEWLINE_CHAR NEWLINE_CHAR More.\nPassage 2:\nSecond report.\n',
      [
        { n: 1, raw: 'First report. NEWLINE_CHAR NEWLINE_CHAR More.\n' },
        { n: 2, raw: 'Second report.\n' },
      ],
    ],
    [
      'Multi-News separators',
      'First report. ||||| Second report. |||||',
      [
        { n: 1, raw: 'First report.' },
        { n: 2, raw: 'Second report.' },
      ],
    ],
    [
      'empty passages are left out, numbers kept',
      'Passage 1:\n NEWLINE_CHAR \nPassage 2:\nOnly this.',
      [{ n: 2, raw: 'Only this.' }],
    ],
  ])('%s', (_name, context, passages) => {
    expect(splitCluster(context)).toEqual(passages);
  });

  it.each([
    ['Passage 1:\nx', true],
    ['a ||||| b', true],
    // negatives: the words inline, a single bar
    ['See Passage 1: the text', false],
    ['a | b', false],
  ])('isCluster(%j) = %s', (context, expected) => {
    expect(isCluster(context)).toBe(expected);
  });
});
