import { describe, expect, it } from 'vitest';
import { bioSpans } from './bio-spans.js';

describe('bioSpans (conlleval convention)', () => {
  it.each([
    [
      ['B-PER', 'I-PER', 'O', 'B-LOC'],
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
      ],
    ],
    [
      ['B-ORG', 'B-ORG'],
      [
        { start: 0, end: 1, type: 'ORG' },
        { start: 1, end: 2, type: 'ORG' },
      ],
    ],
    [['O', 'I-MISC', 'I-MISC'], [{ start: 1, end: 3, type: 'MISC' }]],
    [
      ['B-PER', 'I-LOC'],
      [
        { start: 0, end: 1, type: 'PER' },
        { start: 1, end: 2, type: 'LOC' },
      ],
    ],
    [['O', 'O'], []],
    [[], []],
  ])('%j', (tags, spans) => {
    expect(bioSpans(tags)).toEqual(spans);
  });
});
