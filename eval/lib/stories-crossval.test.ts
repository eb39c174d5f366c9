import { describe, expect, it } from 'vitest';
import { choosePointwise, type GridPoint, type TopicRule } from './stories-choose.js';
import { crossValidate, foldsOf, restrictRow, summarise } from './stories-crossval.js';

const RULE: TopicRule = { recallSets: ['ecb', 'mt'], bar: 0.95, objective: 'news' };

describe('restrictRow', () => {
  it('keeps the perturbations at the given indices of every set', () => {
    const row = { threshold: 0.1, f1: { ecb: [1, 0.9, 0.8], news: [0.5, 0.6, 0.7] } };
    expect(restrictRow(row, [0, 2])).toEqual({ threshold: 0.1, f1: { ecb: [1, 0.8], news: [0.5, 0.7] } });
  });
});

describe('foldsOf', () => {
  const folds = foldsOf(RULE, 'ecb', 2);
  it('leaves out each recall set, each half of the halved recall set and of the objective, each perturbation', () => {
    expect(folds.map((f) => f.name)).toEqual([
      'without ecb',
      'without mt',
      'ecb half A -> B',
      'ecb half B -> A',
      'news half A -> B',
      'news half B -> A',
      'perturbation 0 held out',
      'perturbation 1 held out',
    ]);
  });
  it.each([
    [0, ['mt'], 'news', ['ecb'], undefined],
    [2, ['ecbA', 'mt'], 'news', ['ecbB'], undefined],
    [5, ['ecb', 'mt'], 'newsB', ['newsA'], undefined],
    [7, ['ecb', 'mt'], 'news', ['ecb', 'mt', 'news'], [0]],
  ])('fold %i chooses on %j / %s, checks %j', (k, recall, objective, checks, train) => {
    const f = folds[k]!;
    expect(f.rule.recallSets).toEqual(recall);
    expect(f.rule.objective).toBe(objective);
    expect(f.checks.map((c) => c.set)).toEqual(checks);
    expect(f.train).toEqual(train);
  });
});

/** Thresholds 0.1 to 0.13: ecb holds up to 0.12, mt only at 0.11 and 0.12 on perturbation 0, at all on 1. */
const points: GridPoint[] = [0.1, 0.11, 0.12, 0.13].map((t) => ({
  weight: 0,
  repeats: 2,
  bonus: 0,
  row: {
    threshold: t,
    f1: {
      ecb: [t <= 0.12 ? 1 : 0.9, t <= 0.12 ? 1 : 0.9],
      mt: [t === 0.11 || t === 0.12 ? 0.96 : 0.85, 1],
      news: [t * 5, t * 5],
    },
  },
}));

describe('crossValidate / summarise', () => {
  const results = crossValidate(points, foldsOf(RULE, 'ecb', 2), choosePointwise);
  const at = (name: string) => results.find((r) => r.fold.name === name)!;
  it.each([
    // without ecb, mt holds to 0.12 only; without mt, ecb to 0.12
    ['without ecb', 0.12, { ecb: 1 }],
    ['without mt', 0.12, { mt: 0.98 }],
    // on perturbation 1 alone mt holds everywhere, but ecb not at 0.13
    ['perturbation 0 held out', 0.12, { ecb: 1, mt: 0.96, news: 0.6 }],
    ['perturbation 1 held out', 0.12, { ecb: 1, mt: 1, news: 0.6 }],
  ])('%s chooses %f, held out %j', (name, threshold, held) => {
    expect(at(name).choice?.point.row.threshold).toBe(threshold);
    for (const [s, v] of Object.entries(held)) expect(at(name).held[s]).toBeCloseTo(v, 10);
  });
  it('a fold whose sets never hold chooses nothing (ecbA is unscored)', () => {
    expect(at('ecb half A -> B').choice).toBeNull();
    expect(Number.isNaN(at('ecb half A -> B').held.ecbB!)).toBe(true);
  });
  it('counts held-out recall checks below the bar and folds with no choice', () => {
    const s = summarise(results, RULE.bar);
    expect(s.noChoice).toBe(2);
    expect(s.misses).toBe(0);
    expect(s.checks).toBe(6);
    expect(s.recallMean).toBeCloseTo((1 + 0.98 + 1 + 0.96 + 1 + 1) / 6, 10);
  });
});
