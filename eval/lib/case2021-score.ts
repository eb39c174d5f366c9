/** Per-label P/R/F1 with macro and support-weighted averages (as the CASE-2021 task 2 scorer reports). */
export interface LabelScores {
  readonly perLabel: ReadonlyMap<string, { p: number; r: number; f1: number; support: number }>;
  readonly macroF1: number;
  readonly weightedF1: number;
  readonly accuracy: number;
}

export const scoreLabels = (gold: readonly string[], pred: readonly string[]): LabelScores => {
  const labels = [...new Set(gold)].sort();
  const perLabel = new Map<string, { p: number; r: number; f1: number; support: number }>();
  for (const l of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === l && g === l) tp++;
      else if (pred[i] === l) fp++;
      else if (g === l) fn++;
    });
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    perLabel.set(l, { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn });
  }
  const all = [...perLabel.values()];
  const total = gold.length || 1;
  return {
    perLabel,
    macroF1: all.reduce((s, x) => s + x.f1, 0) / (all.length || 1),
    weightedF1: all.reduce((s, x) => s + x.f1 * x.support, 0) / total,
    accuracy: gold.filter((g, i) => g === pred[i]).length / total,
  };
};

/** A confusion table, one line per gold label that has errors: "GOLD (n): PRED×k, …". */
export const confusionLines = (gold: readonly string[], pred: readonly string[]): string[] => {
  const rows = new Map<string, Map<string, number>>();
  gold.forEach((g, i) => {
    const row = rows.get(g) ?? new Map<string, number>();
    row.set(pred[i]!, (row.get(pred[i]!) ?? 0) + 1);
    rows.set(g, row);
  });
  return [...rows]
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([g, row]) => [...row.keys()].some((p) => p !== g))
    .map(([g, row]) => {
      const n = [...row.values()].reduce((s, x) => s + x, 0);
      const cells = [...row].sort((a, b) => b[1] - a[1]).map(([p, k]) => `${p === g ? 'ok' : p}×${k}`);
      return `${g} (${n}): ${cells.join(', ')}`;
    });
};
