import { TAGGER_ALLOWED, TAGGER_LABELS } from './tagger-labels.js';

const L = TAGGER_LABELS.length;

/**
 * Best allowed label sequence for emission scores (n × L, row-major) and transition weights ((L + 1) × L,
 * row L = sequence start). First-order Viterbi.
 */
export const taggerViterbi = (scores: Float64Array, n: number, trans: Float64Array): Int32Array => {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const best = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++)
    best[y] = TAGGER_ALLOWED[L * L + y] ? scores[y]! + trans[L * L + y]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    for (let y = 0; y < L; y++) {
      let m = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!TAGGER_ALLOWED[p * L + y]) continue;
        const s = best[row - L + p]! + trans[p * L + y]!;
        if (s > m) {
          m = s;
          arg = p;
        }
      }
      best[row + y] = m + scores[row + y]!;
      back[row + y] = arg;
    }
  }
  let m = Number.NEGATIVE_INFINITY;
  for (let y = 0; y < L; y++) {
    if (best[(n - 1) * L + y]! > m) {
      m = best[(n - 1) * L + y]!;
      out[n - 1] = y;
    }
  }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
};
