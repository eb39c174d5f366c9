/**
 * Incremental average-link story clusters over reports numbered 0, 1, 2… in arrival order. Each new report
 * joins the story whose members it is most similar to on average (when that average reaches the threshold) or
 * starts its own; then stories whose average pairwise similarity reaches the threshold merge, largest first.
 * Sums of pairwise similarities between stories are kept, so adding a report costs one similarity per earlier
 * report and merges are exact average link.
 */
export interface StoryClusters {
  /**
   * Adds report `i` (the next number) given its similarity to every earlier report (`row[j]`, j < i);
   * `home`: a report it copies, which it joins unconditionally.
   */
  add(i: number, row: ArrayLike<number>, home?: number | null): void;
  /** The stories, each a list of report numbers in arrival order, ordered by their first report. */
  stories(): number[][];
  /** The story (its first report's number) report `i` is in. */
  storyOf(i: number): number;
}

export const storyClusters = (threshold: number): StoryClusters => {
  const members = new Map<number, number[]>();
  const owner: number[] = [];
  /** pair.get(a).get(b): the sum of similarities between members of stories a and b (kept both ways). */
  const pair = new Map<number, Map<number, number>>();
  const sumOf = (a: number, b: number): number => pair.get(a)?.get(b) ?? 0;
  const setSum = (a: number, b: number, v: number): void => {
    pair.get(a)!.set(b, v);
    pair.get(b)!.set(a, v);
  };
  const average = (a: number, b: number): number =>
    sumOf(a, b) / (members.get(a)!.length * members.get(b)!.length);

  const merge = (keep: number, gone: number): void => {
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

  return {
    add(i, row, home = null) {
      const toStory = new Map<number, number>();
      for (let j = 0; j < i; j += 1) {
        const s = owner[j]!;
        toStory.set(s, (toStory.get(s) ?? 0) + row[j]!);
      }
      let target = home !== null && home < i ? owner[home]! : -1;
      if (target < 0) {
        let best = -1;
        for (const [s, sum] of toStory) {
          const avg = sum / members.get(s)!.length;
          if (avg >= threshold && avg > best) [best, target] = [avg, s];
        }
      }
      owner[i] = i;
      members.set(i, [i]);
      pair.set(i, new Map());
      for (const [s, sum] of toStory) setSum(i, s, sum);
      if (target >= 0) merge(target, i);
      mergeAround(target >= 0 ? target : i);
    },
    stories: () => [...members.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => [...m]),
    storyOf: (i) => owner[i]!,
  };
};
