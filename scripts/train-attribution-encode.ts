/** Feature strings → ids for the attribution tagger's training, and trained weights → the stored form. */
import { TAGGER_LABELS } from '../src/analyse/attribution/tagger-labels.js';
import type { TaggerWeightsFile } from '../src/analyse/attribution/tagger-model.js';
import type { EncodedSequence, PerceptronWeights } from './train-attribution-perceptron.js';

const L = TAGGER_LABELS.length;

/** Ids for the features seen at least `minCount` times, in first-seen order (deterministic). */
export const indexFeatures = (
  seqs: readonly (readonly (readonly string[])[])[],
  minCount: number,
): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const s of seqs) for (const tok of s) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  return index;
};

export const encodeSequence = (
  index: ReadonlyMap<string, number>,
  feats: readonly (readonly string[])[],
  gold: Int32Array,
): EncodedSequence => {
  const ids: number[] = [];
  const offsets = [0];
  for (const tok of feats) {
    for (const f of tok) {
      const id = index.get(f);
      if (id !== undefined) ids.push(id);
    }
    offsets.push(ids.length);
  }
  return { feats: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold };
};

/** Drops features whose largest weight is under `prune` × the largest weight; quantises to Int16. */
export const toWeightsFile = (
  index: ReadonlyMap<string, number>,
  w: PerceptronWeights,
  prune: number,
): TaggerWeightsFile => {
  let max = 0;
  for (const x of w.emission) max = Math.max(max, Math.abs(x));
  const names = [...index.keys()];
  const kept: number[] = [];
  for (let f = 0; f < names.length; f++) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(w.emission[f * L + y]!));
    if (m >= prune * max) kept.push(f);
  }
  const scale = max / 32767;
  const q = new Int16Array(kept.length * L);
  kept.forEach((f, i) => {
    for (let y = 0; y < L; y++) q[i * L + y] = Math.round(w.emission[f * L + y]! / scale);
  });
  return {
    features: kept.map((f) => names[f]!),
    weights: Buffer.from(q.buffer).toString('base64'),
    scale,
    transition: Array.from(w.transition, (x) => Math.round(x * 1e4) / 1e4),
  };
};
