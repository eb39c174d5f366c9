/** Clustering scores over items labelled by gold and predicted cluster ids: B-cubed P/R/F1 and ARI. */

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

const groups = (labels: readonly string[]): Map<string, number[]> => {
  const g = new Map<string, number[]>();
  labels.forEach((l, i) => {
    g.set(l, [...(g.get(l) ?? []), i]);
  });
  return g;
};

/** B-cubed (Bagga & Baldwin 1998): per-item precision and recall of its predicted vs gold cluster, averaged. */
export const bcubed = (gold: readonly string[], pred: readonly string[]): Prf => {
  const n = gold.length;
  if (n === 0) return { p: 0, r: 0, f1: 0 };
  const key = (i: number) => `${gold[i]}\u0000${pred[i]}`;
  const both = groups(gold.map((_, i) => key(i)));
  const g = groups(gold);
  const q = groups(pred);
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i += 1) {
    const shared = both.get(key(i))!.length;
    p += shared / q.get(pred[i]!)!.length;
    r += shared / g.get(gold[i]!)!.length;
  }
  return { p: p / n, r: r / n, f1: f1(p / n, r / n) };
};

const choose2 = (x: number): number => (x * (x - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie 1985). 1 for identical partitions, ~0 for chance. */
export const adjustedRand = (gold: readonly string[], pred: readonly string[]): number => {
  const n = gold.length;
  const cells = groups(gold.map((g, i) => `${g}\u0000${pred[i]}`));
  const index = [...cells.values()].reduce((s, c) => s + choose2(c.length), 0);
  const a = [...groups(gold).values()].reduce((s, c) => s + choose2(c.length), 0);
  const b = [...groups(pred).values()].reduce((s, c) => s + choose2(c.length), 0);
  const expected = (a * b) / choose2(n);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
};
