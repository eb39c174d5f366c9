import { describe, expect, it } from 'vitest';
import { stemOf } from './stem-of.js';

describe('stemOf', () => {
  it.each([
    ['vowed', 'vow'],
    ['says', 'say'],
    ['warning', 'warn'],
    ['denies', 'deni'],
    ['claims', 'claim'],
    // negatives: too short once cut, or no suffix to cut
    ['is', 'is'],
    ['bed', 'bed'],
    ['sing', 'sing'],
    ['told', 'told'],
  ])('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });
});
