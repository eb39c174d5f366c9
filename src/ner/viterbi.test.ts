import { describe, expect, it } from 'vitest';
import { LABELS, labelIndex } from './ner-labels.js';
import { viterbi } from './viterbi.js';

const L = LABELS.length;
const decode = (prefs: readonly Record<string, number>[]): string[] => {
  const scores = new Float64Array(prefs.length * L);
  prefs.forEach((p, i) => {
    for (const [label, s] of Object.entries(p)) scores[i * L + (labelIndex.get(label) as number)] = s;
  });
  return Array.from(viterbi(scores, prefs.length, new Float64Array((L + 1) * L)), (y) => LABELS[y] as string);
};

describe('viterbi', () => {
  it.each<[Record<string, number>[], string[]]>([
    // Best well-formed sequence, not the best label per token.
    [[{ 'I-PER': 5, 'U-PER': 1 }], ['U-PER']],
    [
      [{ 'B-LOC': 3 }, { 'L-ORG': 2, 'L-LOC': 1 }],
      ['B-LOC', 'L-LOC'],
    ],
    // A span cannot be left open at the end of the sentence.
    [
      [{ 'B-ORG': 1 }, { 'I-ORG': 1 }],
      ['B-ORG', 'L-ORG'],
    ],
    [
      [{ 'B-ORG': 1 }, { 'I-ORG': 3 }],
      ['B-ORG', 'L-ORG'],
    ],
    [
      [{ 'B-ORG': 3 }, { 'I-ORG': 3 }, { 'L-ORG': 3 }],
      ['B-ORG', 'I-ORG', 'L-ORG'],
    ],
    [
      [{}, {}],
      ['O', 'O'],
    ],
    [[], []],
  ])('%j → %j', (prefs, labels) => {
    expect(decode(prefs)).toEqual(labels);
  });
});
