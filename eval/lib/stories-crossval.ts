/**
 * Cross-validation of a topic rule over the dev sets (eval/stories-tune.ts): the rule chooses on all but a
 * held-out part of the evidence, and the held-out part is scored at its choice, so a rule that picks settings
 * which transfer is told from one that fits the sets it saw. Folds: each recall set left out; each half of the
 * ECB+ dev topics (choose on one half, check the other); each half of the Multi-News clusters as the objective;
 * each perturbation left out (choose on the other five, check every set on it).
 */
import {
  type Choice,
  type GridPoint,
  type SweepRow,
  setMean,
  settingKey,
  type TopicRule,
} from './stories-choose.js';

export type Chooser = (points: readonly GridPoint[], rule: TopicRule) => Choice | null;

export interface Fold {
  readonly name: string;
  readonly rule: TopicRule;
  /** Sets scored at the choice, each against the bar (`recall`) or as held-out objective. */
  readonly checks: readonly { readonly set: string; readonly recall: boolean }[];
  /** Perturbations chosen on (indices; all when absent) and the one checked. */
  readonly train?: readonly number[];
  readonly test?: number;
}

export interface FoldResult {
  readonly fold: Fold;
  readonly choice: Choice | null;
  /** Each check's F1 at the choice (mean over the checked perturbations). */
  readonly held: Readonly<Record<string, number>>;
}

/** The row with only the perturbations at `keep` (by index) of every set. */
export const restrictRow = (row: SweepRow, keep: readonly number[]): SweepRow => ({
  threshold: row.threshold,
  f1: Object.fromEntries(Object.entries(row.f1).map(([s, xs]) => [s, keep.map((k) => xs[k]!)])),
});

const restrict = (points: readonly GridPoint[], keep: readonly number[] | undefined): GridPoint[] =>
  keep === undefined ? [...points] : points.map((p) => ({ ...p, row: restrictRow(p.row, keep) }));

/** The folds of `rule` (recall sets, bar, objective) over `perturbations` perturbations. */
export const foldsOf = (rule: TopicRule, halvedRecall: string, perturbations: number): Fold[] => {
  const others = (s: string) => rule.recallSets.filter((r) => r !== s);
  const swap = (from: string, to: string) => rule.recallSets.map((r) => (r === from ? to : r));
  const all = Array.from({ length: perturbations }, (_, k) => k);
  return [
    ...rule.recallSets.map((s) => ({
      name: `without ${s}`,
      rule: { ...rule, recallSets: others(s) },
      checks: [{ set: s, recall: true }],
    })),
    ...(['A', 'B'] as const).map((h) => ({
      name: `${halvedRecall} half ${h} -> ${h === 'A' ? 'B' : 'A'}`,
      rule: { ...rule, recallSets: swap(halvedRecall, `${halvedRecall}${h}`) },
      checks: [{ set: `${halvedRecall}${h === 'A' ? 'B' : 'A'}`, recall: true }],
    })),
    ...(['A', 'B'] as const).map((h) => ({
      name: `${rule.objective} half ${h} -> ${h === 'A' ? 'B' : 'A'}`,
      rule: { ...rule, objective: `${rule.objective}${h}` },
      checks: [{ set: `${rule.objective}${h === 'A' ? 'B' : 'A'}`, recall: false }],
    })),
    ...all.map((k) => ({
      name: `perturbation ${k} held out`,
      rule,
      checks: [
        ...rule.recallSets.map((set) => ({ set, recall: true })),
        { set: rule.objective, recall: false },
      ],
      train: all.filter((j) => j !== k),
      test: k,
    })),
  ];
};

const sameSetting = (a: GridPoint, b: GridPoint): boolean => settingKey(a) === settingKey(b);

/** Runs `choose` on every fold and scores the held-out checks at its choice. */
export const crossValidate = (
  points: readonly GridPoint[],
  folds: readonly Fold[],
  choose: Chooser,
): FoldResult[] =>
  folds.map((fold) => {
    const choice = choose(restrict(points, fold.train), fold.rule);
    const at = choice === null ? null : points.find((p) => sameSetting(p, choice.point))!;
    const row = at === null ? null : fold.test === undefined ? at.row : restrictRow(at.row, [fold.test]);
    const held = Object.fromEntries(
      fold.checks.map((c) => [c.set, row === null ? Number.NaN : setMean(row, c.set)]),
    );
    return { fold, choice, held };
  });

/** How many recall checks were scored and fell below the bar, and the mean held-out F1 of the recall and objective checks. */
export const summarise = (
  results: readonly FoldResult[],
  bar: number,
): { misses: number; checks: number; noChoice: number; recallMean: number; objectiveMean: number } => {
  const recall: number[] = [];
  const objective: number[] = [];
  for (const r of results)
    for (const c of r.fold.checks) {
      const v = r.held[c.set]!;
      if (!Number.isNaN(v)) (c.recall ? recall : objective).push(v);
    }
  const m = (xs: number[]) => (xs.length === 0 ? Number.NaN : xs.reduce((t, x) => t + x, 0) / xs.length);
  return {
    misses: results.reduce(
      (t, r) => t + r.fold.checks.filter((c) => c.recall && r.held[c.set]! < bar).length,
      0,
    ),
    checks: recall.length,
    noChoice: results.filter((r) => r.choice === null).length,
    recallMean: m(recall),
    objectiveMean: m(objective),
  };
};
