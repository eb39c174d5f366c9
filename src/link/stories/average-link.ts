/**
 * Batch average-link agglomeration (UPGMA), best pair first: starting from `groups` (lists of item numbers),
 * the two groups with the highest average pairwise similarity merge while that average reaches `threshold`.
 * Order-independent: ties go to the pair whose first members are lowest. Returns the groups, each sorted,
 * ordered by their first item. `similarity(a, b)` is called once per pair of items in different groups.
 */
export const averageLink = (
  groups: readonly (readonly number[])[],
  similarity: (a: number, b: number) => number,
  threshold: number,
): number[][] => {
  const live = groups
    .filter((g) => g.length > 0)
    .map((g) => [...g].sort((x, y) => x - y))
    .sort((a, b) => a[0]! - b[0]!);
  const k = live.length;
  /** sums[a][b]: the sum of similarities between the members of groups a and b. */
  const sums = live.map(() => new Float64Array(k));
  for (let a = 0; a < k; a += 1)
    for (let b = a + 1; b < k; b += 1) {
      let s = 0;
      for (const x of live[a]!) for (const y of live[b]!) s += similarity(x, y);
      sums[a]![b] = s;
      sums[b]![a] = s;
    }
  const alive = live.map(() => true);
  for (;;) {
    let best = -1;
    let pair: [number, number] = [-1, -1];
    for (let a = 0; a < k; a += 1) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < k; b += 1) {
        if (!alive[b]) continue;
        const avg = sums[a]![b]! / (live[a]!.length * live[b]!.length);
        if (avg > best) [best, pair] = [avg, [a, b]];
      }
    }
    if (best < threshold || pair[0] < 0) break;
    const [keep, gone] = pair;
    live[keep] = [...live[keep]!, ...live[gone]!].sort((x, y) => x - y);
    alive[gone] = false;
    for (let c = 0; c < k; c += 1) {
      if (!alive[c] || c === keep) continue;
      sums[keep]![c] = sums[keep]![c]! + sums[gone]![c]!;
      sums[c]![keep] = sums[keep]![c]!;
    }
  }
  return live.filter((_, a) => alive[a]).sort((a, b) => a[0]! - b[0]!);
};
