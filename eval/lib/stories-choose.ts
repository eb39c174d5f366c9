/**
 * How eval/stories-tune.ts picks settings from a sweep. Each row holds, per dev set, the F1 of every
 * perturbation of it (full, first sentences, random shares), so a setting is judged by how it holds up, not
 * by one sample's peak; and a topic setting by how its grid neighbours hold up too, not by one grid point.
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
 * One topic setting: centroid weight, subject repeats, subject bonus, lead-family bonus and share (absent: no
 * family bonus), story-signature weight and terms (absent: no signature) and threshold, with its scores.
 */
export interface GridPoint {
  readonly weight: number;
  readonly repeats: number;
  readonly bonus: number;
  readonly familyBonus?: number;
  readonly familyShare?: number;
  readonly signatureWeight?: number;
  readonly signatureTerms?: number;
  readonly row: SweepRow;
}

/** What a topic rule asks of a setting. */
export interface TopicRule {
  /** Sets that must stay whole: each keeps its mean F1 at or above `bar`. */
  readonly recallSets: readonly string[];
  readonly bar: number;
  /** The set whose mean F1 (topics kept apart) is maximised. */
  readonly objective: string;
}

/** A chosen setting, its neighbourhood (itself included) and the score it was chosen by. */
export interface Choice {
  readonly point: GridPoint;
  readonly neighbours: readonly GridPoint[];
  readonly score: number;
}

/**
 * With no bonus, subjects play no part: bonus-0 points are one whatever the repeats; with no family bonus,
 * family-0 points are one whatever the share; with no signature weight, whatever the signature terms.
 */
const keyOf = (
  weight: number,
  repeats: number,
  bonus: number,
  threshold: number,
  family = 0,
  share = 0,
  signature = 0,
  terms = 0,
): string =>
  `${weight}|${bonus === 0 ? '*' : repeats}|${bonus}|${family === 0 ? '*' : share}|${family}|` +
  `${signature === 0 ? '*' : terms}|${signature}|${threshold}`;

/** A point's key (keyOf). */
export const settingKey = (p: GridPoint): string =>
  keyOf(
    p.weight,
    p.repeats,
    p.bonus,
    p.row.threshold,
    p.familyBonus,
    p.familyShare,
    p.signatureWeight,
    p.signatureTerms,
  );

const sortedValues = (xs: readonly number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

/**
 * The grid neighbours of each point (itself first): the same repeats, share and signature terms, one step up or
 * down the grid along one of centroid weight, subject bonus, family bonus, signature weight and threshold (from
 * no bonus, the first bonus under every repeats; from no family bonus, the first under every share; from no
 * signature, the first signature weight under every terms). `complete`: the grid has every neighbour, save below
 * a value of 0 (no weight or no bonus has nothing below it); a point on another edge of the grid is not judged.
 */
export const neighbourhoods = (
  points: readonly GridPoint[],
): Map<GridPoint, { neighbours: GridPoint[]; complete: boolean }> => {
  const at = new Map(points.map((p) => [settingKey(p), p]));
  const axes = {
    weight: sortedValues(points.map((p) => p.weight)),
    repeats: sortedValues(points.map((p) => p.repeats)),
    bonus: sortedValues(points.map((p) => p.bonus)),
    family: sortedValues(points.map((p) => p.familyBonus ?? 0)),
    share: sortedValues(points.map((p) => p.familyShare ?? 0)),
    signature: sortedValues(points.map((p) => p.signatureWeight ?? 0)),
    terms: sortedValues(points.map((p) => p.signatureTerms ?? 0)),
    threshold: sortedValues(points.map((p) => p.row.threshold)),
  };
  const step = (axis: readonly number[], v: number, d: number): number | undefined =>
    axis[axis.indexOf(v) + d];
  return new Map(
    points.map((p) => {
      const t = p.row.threshold;
      const f = p.familyBonus ?? 0;
      const g = p.signatureWeight ?? 0;
      // a point with no bonus borders the first bonus under every repeats (no family bonus: every share; no
      // signature: every terms)
      const repeats = p.bonus === 0 ? axes.repeats : [p.repeats];
      const shares = f === 0 ? axes.share : [p.familyShare ?? 0];
      const terms = g === 0 ? axes.terms : [p.signatureTerms ?? 0];
      const w = p.weight;
      const b = p.bonus;
      // an axis the grid does not vary (one value) has no neighbours along it
      const around = [-1, 1].flatMap((d) =>
        [
          { d, n: axes.weight.length, at: w, w: step(axes.weight, w, d), b, f, g, t },
          { d, n: axes.bonus.length, at: b, w, b: step(axes.bonus, b, d), f, g, t },
          { d, n: axes.family.length, at: f, w, b, f: step(axes.family, f, d), g, t },
          { d, n: axes.signature.length, at: g, w, b, f, g: step(axes.signature, g, d), t },
          { d, n: axes.threshold.length, at: t, w, b, f, g, t: step(axes.threshold, t, d) },
        ].filter((c) => c.n > 1),
      );
      const found = around.map(({ w, b, f, g, t }) =>
        w === undefined || b === undefined || f === undefined || g === undefined || t === undefined
          ? []
          : [
              ...new Set(
                repeats.flatMap((r) =>
                  shares.flatMap((sh) => terms.map((k) => at.get(keyOf(w, r, b, t, f, sh, g, k)))),
                ),
              ),
            ],
      );
      const complete = around.every(
        (c, k) => (found[k]!.length > 0 && !found[k]!.includes(undefined)) || (c.d < 0 && c.at === 0),
      );
      const neighbours = [p, ...found.flat().filter((n): n is GridPoint => n !== undefined)];
      return [p, { neighbours, complete }];
    }),
  );
};

/** True when every recall set keeps its mean F1 at or above the bar at every one of the points. */
export const holdsAt = (points: readonly GridPoint[], rule: TopicRule): boolean =>
  points.every((p) => rule.recallSets.every((s) => setMean(p.row, s) >= rule.bar));

/**
 * The neighbourhood rule: of the settings at which every recall set holds the bar at the setting and at each
 * of its grid neighbours, the one whose worst objective F1 over that neighbourhood is best; ties go to the
 * better objective at the point itself, then the lower weight, the smaller bonus, the smaller family bonus, the
 * smaller signature weight, the higher threshold. A
 * setting at the edge of where the bar holds, or on a lone peak of the objective, is passed over; so is one on
 * the grid's edge (neighbourhoods). Null when no setting holds across its neighbourhood.
 */
export const chooseRobust = (points: readonly GridPoint[], rule: TopicRule): Choice | null => {
  const around = neighbourhoods(points);
  const own = (c: Choice): number => setMean(c.point.row, rule.objective);
  const better = (a: Choice, b: Choice): boolean =>
    a.score !== b.score
      ? a.score > b.score
      : own(a) !== own(b)
        ? own(a) > own(b)
        : a.point.weight !== b.point.weight
          ? a.point.weight < b.point.weight
          : a.point.bonus !== b.point.bonus
            ? a.point.bonus < b.point.bonus
            : (a.point.familyBonus ?? 0) !== (b.point.familyBonus ?? 0)
              ? (a.point.familyBonus ?? 0) < (b.point.familyBonus ?? 0)
              : (a.point.signatureWeight ?? 0) !== (b.point.signatureWeight ?? 0)
                ? (a.point.signatureWeight ?? 0) < (b.point.signatureWeight ?? 0)
                : a.point.row.threshold > b.point.row.threshold;
  let best: Choice | null = null;
  for (const point of points) {
    const { neighbours, complete } = around.get(point)!;
    if (!complete || !holdsAt(neighbours, rule)) continue;
    const score = Math.min(...neighbours.map((n) => setMean(n.row, rule.objective)));
    const c = { point, neighbours, score };
    if (best === null || better(c, best)) best = c;
  }
  return best;
};

/**
 * The earlier rule, kept for comparison (eval/stories-tune.ts prints both): of the settings at which every
 * recall set holds the bar at the point alone, the one with the best objective F1.
 */
export const choosePointwise = (points: readonly GridPoint[], rule: TopicRule): Choice | null =>
  points
    .filter((p) => holdsAt([p], rule))
    .reduce<Choice | null>((best, point) => {
      const score = setMean(point.row, rule.objective);
      return best === null || score > best.score ? { point, neighbours: [point], score } : best;
    }, null);
