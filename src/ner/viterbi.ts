import { bilouAllowed, LABELS } from './ner-labels.js';

const L = LABELS.length;

/** Transitions forbidden by BILOU, as (L + 1) × L: row L is the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let n = 0; n < L; n++) a[p * L + n] = bilouAllowed(LABELS[p] ?? null, LABELS[n] as string) ? 1 : 0;
  }
  return a;
})();
/** For each label, the labels allowed before it (BILOU leaves 2 of 17 before I-/L-, 9 before the rest). */
const PREDECESSORS: readonly Int32Array[] = LABELS.map((_, y) =>
  Int32Array.from(LABELS.map((__, p) => p).filter((p) => ALLOWED[p * L + y])),
);
const ENDS: Uint8Array = Uint8Array.from(LABELS, (l) => (bilouAllowed(l, null) ? 1 : 0));

/**
 * Best well-formed label sequence for emission scores (n × L, row-major) plus transition weights
 * ((L + 1) × L, row L = start). First-order Viterbi.
 */
export const viterbi = (scores: Float64Array, n: number, trans: Float64Array): Int32Array => {
  const best = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    best[y] = ALLOWED[L * L + y] ? (scores[y] as number) + (trans[L * L + y] as number) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    for (let y = 0; y < L; y++) {
      let m = -Infinity;
      let arg = 0;
      for (const p of PREDECESSORS[y] as Int32Array) {
        const s = (best[prevRow + p] as number) + (trans[p * L + y] as number);
        if (s > m) {
          m = s;
          arg = p;
        }
      }
      best[row + y] = m + (scores[row + y] as number);
      back[row + y] = arg;
    }
  }
  const out = new Int32Array(n);
  if (n === 0) return out;
  let m = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const s = best[(n - 1) * L + y] as number;
    if (ENDS[y] && s > m) {
      m = s;
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + (out[i] as number)] as number;
  return out;
};
