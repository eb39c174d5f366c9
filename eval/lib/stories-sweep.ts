/**
 * The topic grid eval/stories-tune.ts chooses from: every (centroid weight, subject repeats, subject bonus)
 * swept over the topic thresholds in one merge sequence each (group-stories.ts topicLevels), every perturbation
 * of every dev set scored by topic B-cubed; and each set's two halves of its gold topics (alternate topics in
 * sorted order, scored on the same grouping) under `${set}A` / `${set}B`, for cross-validation.
 */
import { topicLevels } from '../../src/link/stories/group-stories.js';
import { bcubed, type Prf } from '../stories-metrics.js';
import type { GridPoint, SweepRow } from './stories-choose.js';
import type { Labelled } from './stories-corpora.js';

export interface TopicGrid {
  readonly weights: readonly number[];
  readonly repeats: readonly number[];
  readonly bonuses: readonly number[];
  readonly thresholds: readonly number[];
}

export interface GridScores {
  readonly points: GridPoint[];
  /** Topic B-cubed P/R/F1 of each set's full (first) perturbation, by point. */
  readonly full: Map<GridPoint, Record<string, Prf>>;
}

/** The half (0 or 1) each gold topic of `items` is in: alternate topics in sorted order. */
export const topicHalves = (items: readonly Labelled[]): Map<string, number> =>
  new Map([...new Set(items.map((x) => x.topic))].sort().map((t, k) => [t, k % 2]));

/** B-cubed of the items whose gold topic is in `half` (all items for null). */
const scoreOf = (
  gold: readonly string[],
  pred: readonly string[],
  halves: readonly number[],
  half: number | null,
) => {
  const keep = gold.map((_, i) => i).filter((i) => half === null || halves[i] === half);
  return bcubed(
    keep.map((i) => gold[i]!),
    keep.map((i) => pred[i]!),
  );
};

/**
 * Scores every point of `grid` on the perturbed sets (stories at `storyThreshold`). With no bonus, subjects
 * play no part: one sweep, under the first repeats. `log` is given each sweep's rows as it finishes.
 */
export const topicGrid = (
  perturbed: Readonly<Record<string, readonly { name: string; items: Labelled[] }[]>>,
  grid: TopicGrid,
  storyThreshold: number,
  log: (weight: number, repeats: number, bonus: number, rows: SweepRow[]) => void = () => {},
): GridScores => {
  const halves = Object.fromEntries(
    Object.entries(perturbed).map(([s, ps]) => [s, topicHalves(ps[0]!.items)]),
  );
  const points: GridPoint[] = [];
  const full = new Map<GridPoint, Record<string, Prf>>();
  for (const weight of grid.weights)
    for (const repeats of grid.repeats)
      for (const bonus of repeats === grid.repeats[0] ? grid.bonuses : grid.bonuses.filter((b) => b > 0)) {
        /** scores[set][perturbation][threshold][part]: part 0 the whole set, 1 and 2 its halves. */
        const scores = Object.fromEntries(
          Object.entries(perturbed).map(([s, ps]) => [
            s,
            ps.map(({ items }) => {
              const gold = items.map((x) => x.topic);
              const half = gold.map((t) => halves[s]!.get(t)!);
              return topicLevels(
                items.map((x) => x.doc),
                grid.thresholds,
                { storyThreshold, subjectBonus: bonus, subjectRepeats: repeats, centroidWeight: weight },
              ).map((groups) => {
                const label = new Map<string, string>();
                groups.forEach((g, k) => {
                  for (const d of g) label.set(d.report.id, `p${k}`);
                });
                const pred = items.map((x) => label.get(x.doc.report.id)!);
                return [null, 0, 1].map((h) => scoreOf(gold, pred, half, h));
              });
            }),
          ]),
        );
        const rows: SweepRow[] = [];
        grid.thresholds.forEach((threshold, t) => {
          const f1: Record<string, number[]> = {};
          for (const [s, perP] of Object.entries(scores)) {
            f1[s] = perP.map((p) => p[t]![0]!.f1);
            f1[`${s}A`] = perP.map((p) => p[t]![1]!.f1);
            f1[`${s}B`] = perP.map((p) => p[t]![2]!.f1);
          }
          const row: SweepRow = { threshold, f1 };
          rows.push(row);
          const point = { weight, repeats, bonus, row };
          points.push(point);
          full.set(
            point,
            Object.fromEntries(Object.entries(scores).map(([s, perP]) => [s, perP[0]![t]![0]!])),
          );
        });
        log(weight, repeats, bonus, rows);
      }
  return { points, full };
};
