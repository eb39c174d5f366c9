import { describe, expect, it } from 'vitest';
import { SpanScorer } from './span-scorer.js';

describe('SpanScorer', () => {
  it.each([
    // exact span and type only
    [['B-PER', 'I-PER', 'O'], ['B-PER', 'I-PER', 'O'], 1, 1],
    [['B-PER', 'I-PER', 'O'], ['B-PER', 'O', 'O'], 0, 0],
    [['B-PER', 'I-PER', 'O'], ['B-ORG', 'I-ORG', 'O'], 0, 0],
    [['B-LOC', 'O', 'B-LOC'], ['B-LOC', 'O', 'O'], 1, 0.5],
    [['O', 'O'], ['B-MISC', 'O'], 0, 0],
  ])('%j vs %j: P %s R %s', (gold, pred, p, r) => {
    const s = new SpanScorer();
    s.add(gold, pred);
    expect([s.result().p, s.result().r]).toEqual([p, r]);
  });

  it('ignores types outside the scored set on both sides', () => {
    const s = new SpanScorer();
    s.add(['B-MISC', 'B-PER'], ['B-MISC', 'B-PER'], ['PER']);
    expect(s.counts.get('ALL')).toEqual({ tp: 1, pred: 1, gold: 1 });
  });
});
