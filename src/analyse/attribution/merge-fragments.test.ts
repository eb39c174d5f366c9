import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { mergeFragments } from './merge-fragments.js';

describe('mergeFragments', () => {
  it.each([
    [
      'a lower-case segment joins the one before',
      'Rep. Jo Moore (D-Wis.) said Friday. Then it rained.',
      [0, 24, 36],
      [
        [0, 35],
        [36, 51],
      ],
    ],
    [
      'negative: capitalised sentences stay apart',
      'It rained. Then it stopped.',
      [0, 11],
      [
        [0, 10],
        [11, 27],
      ],
    ],
  ] as const)('%s', (_name, text, starts, expected) => {
    const ends = [...starts.slice(1).map((s) => s - 1), text.length];
    const sentences = starts.map((s, i) => ({ span: span(s, ends[i]!) }));
    const got = mergeFragments(text, sentences).map((s) => [s.span.start, s.span.end]);
    expect(got).toEqual(expected.map((e) => [...e]));
  });
});
