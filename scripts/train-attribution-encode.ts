/** Feature keys → dense ids for the attribution tagger's training (deterministic: first-seen order). */
import type { EncodedSequence } from './train-attribution-perceptron.js';

/** Ids for the keys seen at least `minCount` times over sequences of `width` keys per token. */
export const indexKeys = (seqs: readonly Uint32Array[], minCount: number): Map<number, number> => {
  const counts = new Map<number, number>();
  for (const s of seqs) for (const k of s) counts.set(k, (counts.get(k) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [k, n] of counts) if (n >= minCount) index.set(k, index.size);
  return index;
};

/** One sequence's tokens as feature ids (keys `width` per token; several key arrays are read side by side). */
export const encodeSequence = (
  index: ReadonlyMap<number, number>,
  parts: readonly { readonly keys: Uint32Array; readonly width: number }[],
  gold: Int32Array,
): EncodedSequence => {
  const n = gold.length;
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (const { keys, width } of parts)
      for (let j = i * width; j < (i + 1) * width; j++) {
        const id = index.get(keys[j]!);
        if (id !== undefined) ids.push(id);
      }
    offsets[i + 1] = ids.length;
  }
  return { feats: Int32Array.from(ids), offsets, gold };
};
