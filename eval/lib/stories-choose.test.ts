import { describe, expect, it } from 'vitest';
import {
  bestByMean,
  choosePointwise,
  chooseRobust,
  type GridPoint,
  holdsAt,
  meanOver,
  neighbourhoods,
  type SweepRow,
  setMean,
  type TopicRule,
} from './stories-choose.js';

const rows: SweepRow[] = [
  { threshold: 0.07, f1: { ecb: [1, 1], meantime: [1, 1], news: [0.6, 0.7] } },
  { threshold: 0.08, f1: { ecb: [1, 0.98], meantime: [0.98, 0.94], news: [0.7, 0.8] } },
  { threshold: 0.09, f1: { ecb: [1, 0.9], meantime: [0.9, 0.9], news: [0.8, 0.88] } },
];

describe('setMean / meanOver', () => {
  it.each([
    [0, 'ecb', 1],
    [1, 'meantime', 0.96],
    [2, 'news', 0.84],
    [0, 'absent', 0],
  ])('row %i, set %s: %f', (i, set, expected) => {
    expect(setMean(rows[i]!, set)).toBeCloseTo(expected, 10);
  });
  it('averages the sets equally, whatever their number of perturbations', () => {
    expect(meanOver(rows[1]!, ['ecb', 'news'])).toBeCloseTo((0.99 + 0.75) / 2, 10);
    expect(meanOver(rows[1]!, [])).toBe(0);
  });
});

describe('bestByMean', () => {
  it.each([
    [['ecb', 'meantime', 'news'], 0.08],
    [['news'], 0.09],
    [['ecb'], 0.07],
  ])('over %j picks %f', (sets, threshold) => {
    expect(bestByMean(rows, sets)?.threshold).toBe(threshold);
  });
  it('takes the lower threshold on a tie, and null for no rows', () => {
    const tie = [rows[1]!, { ...rows[0]!, f1: rows[1]!.f1 }];
    expect(bestByMean(tie, ['ecb'])?.threshold).toBe(0.07);
    expect(bestByMean([], ['ecb'])).toBeNull();
  });
});

/** A grid point whose recall set scores `recall` and objective set `news` (one perturbation each). */
const pt = (
  weight: number,
  repeats: number,
  bonus: number,
  threshold: number,
  recall: number,
  news: number,
) => ({
  weight,
  repeats,
  bonus,
  row: { threshold, f1: { ecb: [recall], news: [news] } },
});
const name = (p: GridPoint | undefined) =>
  p === undefined ? null : `${p.weight}/${p.repeats}/${p.bonus}/${p.row.threshold}`;
const RULE: TopicRule = { recallSets: ['ecb'], bar: 0.95, objective: 'news' };

/** weights 0, 0.1; bonus 0 (one point for both repeats), 0.05 under 2× and 3×; thresholds 0.1, 0.11. */
const small: GridPoint[] = [0, 0.1].flatMap((w) =>
  [0.1, 0.11].flatMap((t) => [pt(w, 2, 0, t, 1, 0.5), pt(w, 2, 0.05, t, 1, 0.5), pt(w, 3, 0.05, t, 1, 0.5)]),
);

describe('neighbourhoods', () => {
  const around = neighbourhoods(small);
  const of = (key: string) => around.get(small.find((p) => name(p) === key)!)!;
  it.each([
    // from no bonus, the first bonus under both repeats; nothing below weight 0 or bonus 0 is missed
    ['0/2/0/0.1', ['0/2/0/0.1', '0.1/2/0/0.1', '0/2/0.05/0.1', '0/3/0.05/0.1', '0/2/0/0.11'], false],
    ['0/2/0/0.11', ['0/2/0/0.11', '0.1/2/0/0.11', '0/2/0.05/0.11', '0/3/0.05/0.11', '0/2/0/0.1'], false],
    // a bonus-0 neighbour is shared by both repeats
    ['0/3/0.05/0.11', ['0/3/0.05/0.11', '0/2/0/0.11', '0.1/3/0.05/0.11', '0/3/0.05/0.1'], false],
  ])('%s borders %j (complete: %s)', (key, expected, complete) => {
    expect(of(key).neighbours.map(name).sort()).toEqual([...expected].sort());
    expect(of(key).complete).toBe(complete);
  });
  it('a point with every neighbour present (or only 0 below it) is complete', () => {
    const grid = [0, 0.1].flatMap((w) => [0.1, 0.11, 0.12].map((t) => pt(w, 2, 0, t, 1, 0.5)));
    const wide = [
      ...grid,
      ...grid.map((p) => ({ ...p, bonus: 0.05 })),
      ...grid.map((p) => ({ ...p, weight: 0.2 })),
    ];
    const complete = [...neighbourhoods(wide)].filter(([, n]) => n.complete).map(([p]) => name(p));
    expect(complete).toEqual(['0/2/0/0.11', '0.1/2/0/0.11']);
  });
  it.each([
    // from no signature, the first signature weight under every terms (a signature-0 point has no terms)
    ['0/-/0.1', ['0/-/0.1', '0.05/10/0.1', '0.05/20/0.1', '0/-/0.11']],
    // a signature point keeps its terms: no signature below it, the next weight above, no other terms
    ['0.05/20/0.1', ['0.05/20/0.1', '0/-/0.1', '0.1/20/0.1', '0.05/20/0.11']],
    ['0.1/10/0.11', ['0.1/10/0.11', '0.05/10/0.11', '0.1/10/0.1']],
  ])('with story signatures, %s borders %j', (key, expected) => {
    // centroid weight 0, 2×, bonus 0; signature weights 0, 0.05, 0.1 over 10 and 20 terms; thresholds 0.1, 0.11
    const signed: GridPoint[] = [0.1, 0.11].flatMap((t) => [
      pt(0, 2, 0, t, 1, 0.5),
      ...[0.05, 0.1].flatMap((g) =>
        [10, 20].map((k) => ({ ...pt(0, 2, 0, t, 1, 0.5), signatureWeight: g, signatureTerms: k })),
      ),
    ]);
    const key3 = (p: GridPoint) =>
      `${p.signatureWeight ?? 0}/${p.signatureWeight ? p.signatureTerms : '-'}/${p.row.threshold}`;
    const around = neighbourhoods(signed);
    const point = signed.find((p) => key3(p) === key)!;
    expect(around.get(point)!.neighbours.map(key3).sort()).toEqual([...expected].sort());
  });
});

/**
 * weights 0, 0.1, 0.2; bonuses 0, 0.05, 0.1; thresholds 0.1 to 0.13 (2× only). The bar holds for weight ≤ 0.1
 * and threshold ≤ 0.12, and at one lone point (0.2 / 0 / 0.13) where the objective peaks (0.9); elsewhere the
 * objective is 0.3 + 2 × threshold + weight + bonus.
 */
const grid: GridPoint[] = [0, 0.1, 0.2].flatMap((w) =>
  [0, 0.05, 0.1].flatMap((b) =>
    [0.1, 0.11, 0.12, 0.13].map((t) =>
      w === 0.2 && b === 0 && t === 0.13
        ? pt(w, 2, b, t, 0.96, 0.9)
        : pt(w, 2, b, t, w <= 0.1 && t <= 0.12 ? 0.97 : 0.9, 0.3 + 2 * t + w + b),
    ),
  ),
);

describe('choosePointwise (the earlier rule)', () => {
  it('takes the lone peak where the bar holds at the point alone', () => {
    expect(name(choosePointwise(grid, RULE)?.point)).toBe('0.2/2/0/0.13');
  });
  it('null when the bar holds nowhere', () => {
    expect(choosePointwise(grid, { ...RULE, bar: 0.99 })).toBeNull();
  });
});

describe('chooseRobust', () => {
  it('takes the best worst-neighbour objective among settings whose whole neighbourhood holds', () => {
    // candidates (complete, holding around): weight 0, threshold 0.11, bonus 0 or 0.05 (0.12 borders 0.13,
    // weight 0.1 borders 0.2, bonus 0.1 and threshold 0.1 sit on the grid's edge); bonus 0.05's worst
    // neighbour is bonus 0 (0.52), bonus 0's is threshold 0.1 (0.5)
    const c = chooseRobust(grid, RULE)!;
    expect(name(c.point)).toBe('0/2/0.05/0.11');
    expect(c.score).toBeCloseTo(0.52, 10);
    expect(c.neighbours.map(name).sort()).toEqual(
      [
        '0/2/0.05/0.11',
        '0.1/2/0.05/0.11',
        '0/2/0/0.11',
        '0/2/0.1/0.11',
        '0/2/0.05/0.1',
        '0/2/0.05/0.12',
      ].sort(),
    );
  });
  it('passes over a setting whose neighbour misses the bar', () => {
    const dented = grid.map((p) =>
      name(p) === '0/2/0.1/0.11' ? { ...p, row: { ...p.row, f1: { ecb: [0.94], news: [0.6] } } } : p,
    );
    expect(chooseRobust(dented, RULE)?.point.bonus).toBe(0);
  });
  it('null when no neighbourhood holds', () => {
    expect(chooseRobust(grid, { ...RULE, bar: 0.975 })).toBeNull();
    expect(chooseRobust([], RULE)).toBeNull();
  });
});

describe('holdsAt', () => {
  it.each([
    [0.95, true],
    [0.97, true],
    [0.971, false],
  ])('bar %f: %s', (bar, expected) => {
    expect(holdsAt(grid.slice(0, 3), { ...RULE, bar })).toBe(expected);
  });
  it('a recall set no point scores never holds', () => {
    expect(holdsAt(grid.slice(0, 1), { ...RULE, recallSets: ['absent'], bar: 0.5 })).toBe(false);
  });
});
