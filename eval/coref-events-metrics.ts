/**
 * Coreference scores over mentions labelled by gold and predicted chain ids (singletons included), as the
 * reference CoNLL scorer defines them: MUC (Vilain et al. 1995), mention-level B-cubed, entity-based CEAF
 * (CEAF-e, Luo 2005, φ4 similarity with an optimal one-to-one alignment), and CoNLL F1 = their mean.
 */
import { bcubed, type Prf } from './stories-metrics.js';

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const prf = (p: number, r: number): Prf => ({ p, r, f1: f1(p, r) });

const chains = (labels: readonly string[]): number[][] => {
  const g = new Map<string, number[]>();
  labels.forEach((l, i) => {
    g.set(l, [...(g.get(l) ?? []), i]);
  });
  return [...g.values()];
};

/** MUC recall of `key` against `response`: Σ(|K| − |partitions of K by response|) / Σ(|K| − 1). */
const mucRecall = (key: readonly string[], response: readonly string[]): number => {
  let num = 0;
  let den = 0;
  for (const k of chains(key)) {
    num += k.length - new Set(k.map((i) => response[i])).size;
    den += k.length - 1;
  }
  return den === 0 ? 0 : num / den;
};

export const muc = (gold: readonly string[], pred: readonly string[]): Prf =>
  prf(mucRecall(pred, gold), mucRecall(gold, pred));

/** Maximum-weight one-to-one assignment (Hungarian, O(n³)) on a dense rows × cols matrix of weights ≥ 0. */
const maxAssignment = (w: readonly (readonly number[])[]): number => {
  const n = Math.max(w.length, w[0]?.length ?? 0);
  if (n === 0) return 0;
  const max = Math.max(0, ...w.flat());
  const cost = (i: number, j: number): number => max - (w[i - 1]?.[j - 1] ?? 0);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j += 1) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j += 1) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j += 1) if (p[j]! > 0) total += w[p[j]! - 1]?.[j - 1] ?? 0;
  return total;
};

/** CEAF-e: φ4(K, R) = 2|K∩R| / (|K| + |R|), aligned one-to-one per connected component of overlapping chains. */
export const ceafE = (gold: readonly string[], pred: readonly string[]): Prf => {
  const keys = chains(gold);
  const resp = chains(pred);
  const respOf = new Map<number, number>();
  resp.forEach((c, r) => {
    for (const i of c) respOf.set(i, r);
  });
  // components: key chains linked through shared mentions with response chains (union-find over key chains)
  const parent = keys.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x]!;
    return x;
  };
  const firstKeyOfResp = new Map<number, number>();
  keys.forEach((k, ki) => {
    for (const i of k) {
      const r = respOf.get(i)!;
      const other = firstKeyOfResp.get(r);
      if (other === undefined) firstKeyOfResp.set(r, ki);
      else parent[find(ki)] = find(other);
    }
  });
  const comps = new Map<number, number[]>();
  keys.forEach((_, ki) => {
    comps.set(find(ki), [...(comps.get(find(ki)) ?? []), ki]);
  });
  let sim = 0;
  for (const ks of comps.values()) {
    const rs = [...new Set(ks.flatMap((ki) => keys[ki]!.map((i) => respOf.get(i)!)))];
    const w = ks.map((ki) => {
      const k = new Set(keys[ki]);
      return rs.map((r) => {
        const shared = resp[r]!.filter((i) => k.has(i)).length;
        return (2 * shared) / (k.size + resp[r]!.length);
      });
    });
    sim += maxAssignment(w);
  }
  return prf(resp.length === 0 ? 0 : sim / resp.length, keys.length === 0 ? 0 : sim / keys.length);
};

export interface CorefScores {
  readonly muc: Prf;
  readonly b3: Prf;
  readonly ceafE: Prf;
  readonly conllF1: number;
}

export const corefScores = (gold: readonly string[], pred: readonly string[]): CorefScores => {
  const m = muc(gold, pred);
  const b = bcubed(gold, pred);
  const c = ceafE(gold, pred);
  return { muc: m, b3: b, ceafE: c, conllF1: (m.f1 + b.f1 + c.f1) / 3 };
};
