/**
 * LexRank (Erkan & Radev 2004), the thresholded variant: sentences as TF-IDF vectors (idf over the cluster's
 * sentences), an edge where cosine ≥ 0.1, degree-normalised, PageRank with damping 0.85 until it settles.
 * Returns the sentence indices best first.
 */
import { cosine, tfIdfVectors } from '../../src/link/stories/tf-idf.js';

export const LEXRANK_THRESHOLD = 0.1;
const DAMPING = 0.85;

/** Power iteration of PageRank over a row-stochastic weight matrix (rows with no edges spread evenly). */
export const pageRank = (weights: readonly (readonly number[])[]): number[] => {
  const n = weights.length;
  if (n === 0) return [];
  const rowSum = weights.map((r) => r.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 100; iter += 1) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let i = 0; i < n; i += 1) {
      if (rowSum[i] === 0) {
        for (let j = 0; j < n; j += 1) next[j] = next[j]! + (DAMPING * rank[i]!) / n;
        continue;
      }
      for (let j = 0; j < n; j += 1)
        if (weights[i]![j]! > 0) next[j] = next[j]! + (DAMPING * rank[i]! * weights[i]![j]!) / rowSum[i]!;
    }
    const delta = next.reduce((s, x, i) => s + Math.abs(x - rank[i]!), 0);
    rank = next;
    if (delta < 1e-8) break;
  }
  return rank;
};

/** Indices ordered by score, best first (ties: earlier first). */
export const byScore = (scores: readonly number[]): number[] =>
  scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => i);

export const lexRank = (sentences: readonly (readonly string[])[]): number[] => {
  const v = tfIdfVectors(sentences);
  const w = v.map((a, i) => v.map((b, j) => (i !== j && cosine(a, b) >= LEXRANK_THRESHOLD ? 1 : 0)));
  return byScore(pageRank(w));
};
