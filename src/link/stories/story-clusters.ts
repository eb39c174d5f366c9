import { averageLink } from './average-link.js';

/**
 * Incremental average-link story clusters over reports numbered 0, 1, 2… in arrival order. Each new report
 * joins the story whose members it is most similar to on average (when that average reaches the threshold) or
 * starts its own; then stories whose average pairwise similarity reaches the threshold merge, largest first.
 * Sums of pairwise similarities between stories are kept, so adding a report costs one similarity per earlier
 * report and merges are exact average link. A copy (near-duplicate) follows the report it copies and counts as
 * that one report: its own similarities weigh nothing, so a wire story re-published ten times does not weigh
 * eleven times, and a copy cannot pull stories together.
 *
 * Stories can also split. Given `rowOf` (the similarities of one report to every report so far), each report
 * keeps the sum of its similarities to the rest of its story (its fit). When a report's arrival leaves a member
 * of its story fitting worse than `splitBelow` on average, the story is clustered again from its reports alone
 * (average link, best pair first, average-link.ts); if that gives several stories they replace it, and each may
 * then merge with other stories. One split round per arrival, so a report cannot make stories oscillate; a
 * story that held together is not re-clustered again before it has doubled, so re-clustering costs a bounded
 * number of rows per report.
 */
export interface StoryClusters {
  /**
   * Adds report `i` (the next number) given its similarity to every earlier report (`row[j]`, j < i);
   * `home`: a report it copies, whose story it follows (its row is then not used).
   */
  add(i: number, row: ArrayLike<number>, home?: number | null): void;
  /** The stories, each a list of report numbers in arrival order, ordered by their first report. */
  stories(): number[][];
  /** The story (its first report's number) report `i` is in. */
  storyOf(i: number): number;
}

export interface SplitOptions {
  /** Similarities of report `i` to every report added so far (index j; the value at i itself is ignored). */
  readonly rowOf: (i: number) => ArrayLike<number>;
  /** A member whose average similarity to the rest of its story falls below this makes the story re-cluster. */
  readonly splitBelow: number;
}

export const storyClusters = (threshold: number, split: SplitOptions | null = null): StoryClusters => {
  const members = new Map<number, number[]>();
  const owner: number[] = [];
  /** root[i]: the report i copies (followed to the first original), or i itself. */
  const root: number[] = [];
  const copies = new Map<number, number[]>();
  const isOriginal = (j: number): boolean => root[j] === j;
  /** fit[j]: the sum of report j's similarities to the other members of its story (kept only with `split`). */
  const fit: number[] = [];
  /** pair.get(a).get(b): the sum of similarities between members of stories a and b (kept both ways). */
  const pair = new Map<number, Map<number, number>>();
  const sumOf = (a: number, b: number): number => pair.get(a)?.get(b) ?? 0;
  const setSum = (a: number, b: number, v: number): void => {
    pair.get(a)!.set(b, v);
    pair.get(b)!.set(a, v);
  };
  const average = (a: number, b: number): number =>
    sumOf(a, b) / (members.get(a)!.length * members.get(b)!.length);

  const updateFits = (keep: readonly number[], gone: readonly number[]): void => {
    if (split === null) return;
    const [few, many] = gone.length <= keep.length ? [gone, keep] : [keep, gone];
    for (const g of few) {
      const row = split.rowOf(g);
      for (const m of many) {
        fit[g] = fit[g]! + row[m]!;
        fit[m] = fit[m]! + row[m]!;
      }
    }
  };

  const merge = (keep: number, gone: number, fits = true): void => {
    if (fits) updateFits(members.get(keep)!, members.get(gone)!);
    for (const [c, v] of pair.get(gone)!) if (c !== keep) setSum(keep, c, sumOf(keep, c) + v);
    for (const c of pair.get(gone)!.keys()) pair.get(c)?.delete(gone);
    pair.delete(gone);
    pair.get(keep)!.delete(gone);
    for (const m of members.get(gone)!) owner[m] = keep;
    members.set(
      keep,
      [...members.get(keep)!, ...members.get(gone)!].sort((x, y) => x - y),
    );
    members.delete(gone);
  };

  const mergeAround = (s: number): number => {
    for (;;) {
      let best: [number, number] = [-1, -1];
      for (const c of pair.get(s)!.keys()) {
        const v = average(s, c);
        if (v > best[0] || (v === best[0] && c < best[1])) best = [v, c];
      }
      if (best[0] < threshold) return s;
      const [keep, gone] = s < best[1] ? [s, best[1]] : [best[1], s];
      merge(keep, gone);
      s = keep;
    }
  };

  /** The size at which a story last held together when re-clustered. */
  const heldAt = new Map<number, number>();
  /** Re-clusters story `s` from its own reports; returns the stories it became (just `s` when it holds). */
  const recluster = (s: number, opts: SplitOptions): number[] => {
    const ms = members.get(s)!;
    const rows = new Map(ms.map((m) => [m, opts.rowOf(m)]));
    const parts = averageLink(
      ms.map((m) => [m]),
      (a, b) => rows.get(a)![b]!,
      threshold,
    );
    if (parts.length < 2) {
      heldAt.set(s, ms.length);
      return [s];
    }
    heldAt.delete(s);
    for (const c of pair.get(s)!.keys()) pair.get(c)!.delete(s);
    pair.delete(s);
    members.delete(s);
    for (const p of parts) {
      const id = p[0]!;
      members.set(id, p);
      pair.set(id, new Map());
      for (const m of p) owner[m] = id;
    }
    for (const p of parts) {
      const id = p[0]!;
      for (const m of p) fit[m] = p.reduce((t, k) => (k === m ? t : t + rows.get(m)![k]!), 0);
      const toStory = new Map<number, number>();
      for (const m of p) {
        const row = rows.get(m)!;
        for (let j = 0; j < owner.length; j += 1)
          if (isOriginal(j) && owner[j] !== id)
            toStory.set(owner[j]!, (toStory.get(owner[j]!) ?? 0) + row[j]!);
      }
      for (const [c, v] of toStory) setSum(id, c, v);
    }
    return parts.map((p) => p[0]!);
  };

  const misfit = (s: number, opts: SplitOptions): boolean => {
    const ms = members.get(s)!;
    return (
      ms.length >= 3 &&
      ms.length >= 2 * (heldAt.get(s) ?? 0) &&
      ms.some((m) => fit[m]! / (ms.length - 1) < opts.splitBelow)
    );
  };

  return {
    add(i, row, home = null) {
      if (home !== null && home < i) {
        const r = root[home]!;
        root[i] = r;
        owner[i] = -1;
        copies.set(r, [...(copies.get(r) ?? []), i]);
        return;
      }
      root[i] = i;
      const toStory = new Map<number, number>();
      for (let j = 0; j < i; j += 1) {
        if (!isOriginal(j)) continue;
        const s = owner[j]!;
        toStory.set(s, (toStory.get(s) ?? 0) + row[j]!);
      }
      let target = -1;
      let best = -1;
      for (const [s, sum] of toStory) {
        const avg = sum / members.get(s)!.length;
        if (avg >= threshold && avg > best) [best, target] = [avg, s];
      }
      owner[i] = i;
      fit[i] = 0;
      members.set(i, [i]);
      pair.set(i, new Map());
      for (const [s, sum] of toStory) setSum(i, s, sum);
      if (target >= 0) {
        if (split !== null)
          for (const m of members.get(target)!) {
            fit[m] = fit[m]! + row[m]!;
            fit[i] = fit[i]! + row[m]!;
          }
        merge(target, i, false); // its fits came from its row just above
      }
      const s = mergeAround(target >= 0 ? target : i);
      if (split !== null && misfit(s, split)) for (const p of recluster(s, split)) mergeAround(owner[p]!);
    },
    stories: () =>
      [...members.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([, m]) => [...m, ...m.flatMap((o) => copies.get(o) ?? [])].sort((x, y) => x - y)),
    storyOf: (i) => owner[root[i]!]!,
  };
};
