/**
 * How eval/stories-tune.ts picks thresholds from a sweep. Each row holds, per dev set, the F1 of every
 * perturbation of it (full, first sentences, random shares), so a threshold is judged by how it holds up, not
 * by one sample's peak.
 */

export interface SweepRow {
  readonly threshold: number;
  /** Per dev set: the B-cubed F1 of each perturbation. */
  readonly f1: Readonly<Record<string, readonly number[]>>;
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((t, x) => t + x, 0) / xs.length;

/** The mean F1 of one set over its perturbations. */
export const setMean = (row: SweepRow, set: string): number => mean(row.f1[set] ?? []);

/** The mean over the given sets of each set's mean F1 over its perturbations. */
export const meanOver = (row: SweepRow, sets: readonly string[]): number =>
  mean(sets.map((s) => setMean(row, s)));

/** The row with the best meanOver `sets` (the lower threshold on a tie), or null for no rows. */
export const bestByMean = (rows: readonly SweepRow[], sets: readonly string[]): SweepRow | null =>
  [...rows]
    .sort((a, b) => a.threshold - b.threshold)
    .reduce<SweepRow | null>(
      (best, r) => (best === null || meanOver(r, sets) > meanOver(best, sets) ? r : best),
      null,
    );

/**
 * The highest threshold at which every recall set keeps its mean F1 at or above `bar`: merging is then as
 * strict (precise) as the sets that must stay whole allow. Null when no threshold holds.
 */
export const highestHolding = (
  rows: readonly SweepRow[],
  recallSets: readonly string[],
  bar: number,
): SweepRow | null =>
  [...rows]
    .sort((a, b) => b.threshold - a.threshold)
    .find((r) => recallSets.every((s) => setMean(r, s) >= bar)) ?? null;
