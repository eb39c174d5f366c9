/**
 * Blends the average link with the cosine of the groups' centroids (topic level): `text(a, b)` is the cosine of
 * items a and b (unit vectors), so the centroids' cosine is the sum of the cross cosines over the norms of the
 * summed vectors, kept exactly as groups merge. `weight` 0 is the plain average link.
 */
export interface CentroidBlend {
  readonly text: (a: number, b: number) => number;
  readonly weight: number;
}

/**
 * Batch average-link agglomeration (UPGMA), best pair first: starting from `groups` (lists of item numbers),
 * the two groups with the highest average pairwise similarity merge while that average reaches `threshold`.
 * Order-independent: ties go to the pair whose first members are lowest. Returns the groups, each sorted,
 * ordered by their first item. `similarity(a, b)` is called once per pair of items in different groups.
 * With `centroid`, a pair's score is (1 - weight) × its average link + weight × the cosine of its centroids.
 */
export const averageLink = (
  groups: readonly (readonly number[])[],
  similarity: (a: number, b: number) => number,
  threshold: number,
  centroid: CentroidBlend | null = null,
): number[][] => averageLinkLevels(groups, similarity, [threshold], centroid)[0]!;

/**
 * averageLink at several thresholds at once: the merges are the same sequence whatever the threshold, so one
 * run stops at each in turn. Returns one grouping per threshold, in the order given.
 */
export const averageLinkLevels = (
  groups: readonly (readonly number[])[],
  similarity: (a: number, b: number) => number,
  thresholds: readonly number[],
  centroid: CentroidBlend | null = null,
): number[][][] => {
  const live = groups
    .filter((g) => g.length > 0)
    .map((g) => [...g].sort((x, y) => x - y))
    .sort((a, b) => a[0]! - b[0]!);
  const k = live.length;
  const weight = centroid?.weight ?? 0;
  /** sums[a][b]: the sum of similarities between the members of groups a and b; texts[a][b]: of cosines. */
  const sums = live.map(() => new Float64Array(k));
  const texts = live.map(() => new Float64Array(k));
  /** norms[a]: the squared norm of group a's summed vectors (each item's own cosine counted as 1). */
  const norms = live.map((g) => g.length);
  const cross = (a: readonly number[], b: readonly number[], f: (x: number, y: number) => number): number => {
    let s = 0;
    for (const x of a) for (const y of b) s += f(x, y);
    return s;
  };
  if (weight > 0)
    live.forEach((g, a) => {
      for (let i = 0; i < g.length; i += 1)
        for (let j = i + 1; j < g.length; j += 1) norms[a]! += 2 * centroid!.text(g[i]!, g[j]!);
    });
  for (let a = 0; a < k; a += 1)
    for (let b = a + 1; b < k; b += 1) {
      sums[a]![b] = sums[b]![a] = cross(live[a]!, live[b]!, similarity);
      if (weight > 0) texts[a]![b] = texts[b]![a] = cross(live[a]!, live[b]!, centroid!.text);
    }
  const score = (a: number, b: number): number => {
    const avg = sums[a]![b]! / (live[a]!.length * live[b]!.length);
    if (weight === 0) return avg;
    const norm = Math.sqrt(Math.max(norms[a]!, 1e-12) * Math.max(norms[b]!, 1e-12));
    return (1 - weight) * avg + (weight * texts[a]![b]!) / norm;
  };
  const alive = live.map(() => true);
  const order = thresholds.map((t, i) => ({ t, i })).sort((x, y) => y.t - x.t);
  const out: number[][][] = thresholds.map(() => []);
  const snapshot = (): number[][] =>
    live
      .filter((_, a) => alive[a])
      .map((g) => [...g])
      .sort((a, b) => a[0]! - b[0]!);
  let next = 0;
  while (next < order.length) {
    let best = -Infinity;
    let pair: [number, number] = [-1, -1];
    for (let a = 0; a < k; a += 1) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < k; b += 1) {
        if (!alive[b]) continue;
        const s = score(a, b);
        if (s > best) [best, pair] = [s, [a, b]];
      }
    }
    while (next < order.length && (pair[0] < 0 || best < order[next]!.t)) {
      out[order[next]!.i] = snapshot();
      next += 1;
    }
    if (next >= order.length) break;
    const [keep, gone] = pair;
    norms[keep] = norms[keep]! + norms[gone]! + 2 * texts[keep]![gone]!;
    live[keep] = [...live[keep]!, ...live[gone]!].sort((x, y) => x - y);
    alive[gone] = false;
    for (let c = 0; c < k; c += 1) {
      if (!alive[c] || c === keep) continue;
      sums[keep]![c] = sums[c]![keep] = sums[keep]![c]! + sums[gone]![c]!;
      texts[keep]![c] = texts[c]![keep] = texts[keep]![c]! + texts[gone]![c]!;
    }
  }
  return out;
};
