/**
 * The topic grid eval/stories-tune.ts chooses from: every (centroid weight, subject repeats, subject bonus,
 * lead-family share, lead-family bonus, signature terms, signature weight) swept over the topic thresholds in
 * one merge sequence each (group-stories.ts topicLevels), every perturbation
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
  /** Lead-family bonuses (0: none) and shares; absent: no family bonus. */
  readonly familyBonuses?: readonly number[];
  readonly familyShares?: readonly number[];
  /** Story-signature weights (0: none) and terms; absent: no signature. */
  readonly signatureWeights?: readonly number[];
  readonly signatureTerms?: readonly number[];
  readonly thresholds: readonly number[];
}

const THRESHOLDS = [0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.19, 0.2];
const BONUSES = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35];
/**
 * `--plain`: no signature. Each axis reaches one step past where the bar holds, so every candidate has its
 * neighbours.
 */
export const TOPIC_GRID: TopicGrid = {
  weights: [0, 0.1, 0.2, 0.3, 0.4],
  repeats: [2, 3],
  bonuses: BONUSES,
  thresholds: THRESHOLDS,
};
/** `--families`: the lead-family bonus too (weights 0 and 0.1 only, where the bar holds; about 7 minutes). */
export const FAMILY_GRID: TopicGrid = {
  ...TOPIC_GRID,
  weights: [0, 0.1],
  familyBonuses: [0, 0.03, 0.06, 0.09],
  familyShares: [0.5, 0.67],
};

/**
 * The tuner's default grid: the story-signature weight too (story-signature.ts; centroid weights 0 to 0.2, so a
 * weight-0.1 setting has both its neighbours; about 22 minutes).
 */
export const SIGNATURE_GRID: TopicGrid = {
  ...TOPIC_GRID,
  weights: [0, 0.1, 0.2],
  signatureWeights: [0, 0.05, 0.1, 0.15, 0.2, 0.25],
  signatureTerms: [20],
};

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

/** The (family bonus, share) pairs of a grid: no family bonus once, under the first share. */
const familyPairs = (grid: TopicGrid): { familyBonus: number; familyShare: number }[] => {
  const shares = grid.familyShares ?? [0];
  return (grid.familyBonuses ?? [0]).flatMap((familyBonus) =>
    (familyBonus === 0 ? shares.slice(0, 1) : shares).map((familyShare) => ({ familyBonus, familyShare })),
  );
};

/** The (signature weight, terms) pairs of a grid: no signature once, under the first terms. */
const signaturePairs = (grid: TopicGrid): { signatureWeight: number; signatureTerms: number }[] => {
  const terms = grid.signatureTerms ?? [0];
  return (grid.signatureWeights ?? [0]).flatMap((signatureWeight) =>
    (signatureWeight === 0 ? terms.slice(0, 1) : terms).map((signatureTerms) => ({
      signatureWeight,
      signatureTerms,
    })),
  );
};

/**
 * Scores every point of `grid` on the perturbed sets (stories at `storyThreshold`). With no bonus, subjects
 * play no part: one sweep, under the first repeats (so with no family bonus, under the first share). `log` is
 * given each sweep's rows as it finishes.
 */
export const topicGrid = (
  perturbed: Readonly<Record<string, readonly { name: string; items: Labelled[] }[]>>,
  grid: TopicGrid,
  storyThreshold: number,
  log: (
    weight: number,
    repeats: number,
    bonus: number,
    family: { familyBonus: number; familyShare: number; signatureWeight: number; signatureTerms: number },
    rows: SweepRow[],
  ) => void = () => {},
): GridScores => {
  const halves = Object.fromEntries(
    Object.entries(perturbed).map(([s, ps]) => [s, topicHalves(ps[0]!.items)]),
  );
  const points: GridPoint[] = [];
  const full = new Map<GridPoint, Record<string, Prf>>();
  for (const weight of grid.weights)
    for (const repeats of grid.repeats)
      for (const bonus of repeats === grid.repeats[0] ? grid.bonuses : grid.bonuses.filter((b) => b > 0))
        for (const family of familyPairs(grid).flatMap((f) =>
          signaturePairs(grid).map((g) => ({ ...f, ...g })),
        )) {
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
                  {
                    storyThreshold,
                    subjectBonus: bonus,
                    subjectRepeats: repeats,
                    centroidWeight: weight,
                    ...family,
                  },
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
            const point = { weight, repeats, bonus, ...family, row };
            points.push(point);
            full.set(
              point,
              Object.fromEntries(Object.entries(scores).map(([s, perP]) => [s, perP[0]![t]![0]!])),
            );
          });
          log(weight, repeats, bonus, family, rows);
        }
  return { points, full };
};
