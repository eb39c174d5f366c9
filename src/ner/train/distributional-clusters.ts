import { seededRandom } from './seeded-random.js';

export interface ClusterOptions {
  readonly minCount: number;
  readonly maxWords: number;
  /** Most frequent (lower-cased) words used as left/right context dimensions. */
  readonly contextWords: number;
  readonly dims: number;
  readonly branching: number;
  readonly depth: number;
  readonly iterations: number;
  readonly seed: number;
}

/** Dense, L2-normalised random projection of each word's left/right neighbour counts (sqrt-damped). */
const contextVectors = (
  sentences: readonly (readonly string[])[],
  vocab: Map<string, number>,
  o: ClusterOptions,
) => {
  const lowerCounts = new Map<string, number>();
  for (const s of sentences)
    for (const w of s) lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + 1);
  const ctx = new Map(
    [...lowerCounts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, o.contextWords)
      .map(([w], i) => [w, i]),
  );
  const C = ctx.size + 1;
  const counts = new Map<number, Map<number, number>>();
  const bump = (v: number, dim: number): void => {
    const m = counts.get(v) ?? new Map<number, number>();
    m.set(dim, (m.get(dim) ?? 0) + 1);
    counts.set(v, m);
  };
  for (const s of sentences) {
    s.forEach((w, i) => {
      const v = vocab.get(w);
      if (v === undefined) return;
      const left = i === 0 ? C - 1 : (ctx.get((s[i - 1] as string).toLowerCase()) ?? C - 1);
      const right = i === s.length - 1 ? C - 1 : (ctx.get((s[i + 1] as string).toLowerCase()) ?? C - 1);
      bump(v, left);
      bump(v, C + right);
    });
  }
  const random = seededRandom(o.seed);
  const proj = Float32Array.from({ length: 2 * C * o.dims }, () => (random() < 0.5 ? -1 : 1));
  const vecs = new Float32Array(vocab.size * o.dims);
  for (const [v, m] of counts) {
    const row = v * o.dims;
    for (const [dim, n] of m) {
      const x = Math.sqrt(n);
      for (let d = 0; d < o.dims; d++)
        vecs[row + d] = (vecs[row + d] as number) + x * (proj[dim * o.dims + d] as number);
    }
    let norm = 0;
    for (let d = 0; d < o.dims; d++) norm += (vecs[row + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < o.dims; d++) vecs[row + d] = (vecs[row + d] as number) / norm;
  }
  return vecs;
};

/** k-means (cosine, seeded init from spread-out members) of `members` into `k` groups. */
const kmeans = (
  vecs: Float32Array,
  D: number,
  members: number[],
  k: number,
  o: ClusterOptions,
): number[][] => {
  if (members.length <= k) return members.map((m) => [m]);
  const centres = Array.from({ length: k }, (_, j) => {
    const m = members[Math.floor((j * members.length) / k)] as number;
    return vecs.slice(m * D, m * D + D);
  });
  let groups: number[][] = [];
  for (let it = 0; it < o.iterations; it++) {
    groups = centres.map(() => []);
    for (const m of members) {
      let best = 0;
      let bestDot = -Infinity;
      centres.forEach((c, j) => {
        let dot = 0;
        for (let d = 0; d < D; d++) dot += (c[d] as number) * (vecs[m * D + d] as number);
        if (dot > bestDot) {
          bestDot = dot;
          best = j;
        }
      });
      groups[best]?.push(m);
    }
    groups.forEach((g, j) => {
      if (g.length === 0) return;
      const c = new Float32Array(D);
      for (const m of g) for (let d = 0; d < D; d++) c[d] = (c[d] as number) + (vecs[m * D + d] as number);
      centres[j] = c;
    });
  }
  return groups;
};

/**
 * Brown-like hierarchical word classes from unlabelled text: words with similar neighbours share path
 * prefixes (one digit per level of a top-down k-means tree).
 */
export const distributionalClusters = (
  sentences: readonly (readonly string[])[],
  o: ClusterOptions,
): Map<string, string> => {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq]
    .filter(([, n]) => n >= o.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.maxWords)
    .map(([w]) => w);
  const vocab = new Map(words.map((w, i) => [w, i]));
  const vecs = contextVectors(sentences, vocab, o);
  const paths = new Array<string>(words.length).fill('');
  let nodes: number[][] = [words.map((_, i) => i)];
  for (let level = 0; level < o.depth; level++) {
    const next: number[][] = [];
    for (const node of nodes) {
      kmeans(vecs, o.dims, node, o.branching, o).forEach((g, j) => {
        for (const m of g) paths[m] += String(j);
        next.push(g);
      });
    }
    nodes = next;
  }
  return new Map(words.map((w, i) => [w, paths[i] as string]));
};
