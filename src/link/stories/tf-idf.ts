/** A sparse, L2-normalised TF-IDF vector. */
export type TermVector = ReadonlyMap<string, number>;

/**
 * Story clustering weighs words as if the reports came with this many more documents that use none of them
 * (a pseudo-background: idf ln((1+N+B)/(1+df)) + 1). A handful of reports says little about which words are
 * common: over the three reports of one story, every word they share gets the lowest idf and their cosine
 * falls, so a story ingested alone splits (Multi-News dev clusters 1-40, each ingested alone: 15 of 37 split
 * at B 0, 13 at 5, 10 at 10, 7 from 20 to 50). Over hundreds of reports it changes little (ECB+ dev stories and
 * topics, MEANTIME and WCEP score the same at 20, 30 and 50; at 100 the mixed Multi-News dev topics merge more).
 * 30, the middle of the plateau. Lexical uses elsewhere (eval baselines) keep 0.
 */
export const IDF_BACKGROUND = 30;

/**
 * TF-IDF vectors of word lists, with sklearn's smoothed idf ln((1+N)/(1+df)) + 1 and sublinear tf 1 + ln(tf),
 * so long reports do not drown short ones; `background` pseudo-documents are added to N (IDF_BACKGROUND).
 */
export const tfIdfVectors = (docs: readonly (readonly string[])[], background = 0): TermVector[] => {
  const df = new Map<string, number>();
  const counts = docs.map((words) => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return tf;
  });
  const n = docs.length + background;
  return counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + (df.get(w) ?? 0))) + 1);
      v.set(w, x);
      norm += x * x;
    }
    const len = Math.sqrt(norm);
    for (const [w, x] of v) v.set(w, x / len);
    return v;
  });
};

/** Cosine of two normalised vectors. */
export const cosine = (a: TermVector, b: TermVector): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
};

/** Vectors packed for fast dot products: each a list of term numbers with their weights. */
export interface PackedVectors {
  readonly ids: readonly Int32Array[];
  readonly weights: readonly Float64Array[];
  /** How many distinct terms the vectors use (term numbers are 0 … terms - 1). */
  readonly terms: number;
}

/** Packs vectors: every term gets a number (in order of first use), each vector its terms' numbers and weights. */
export const packVectors = (vectors: readonly TermVector[]): PackedVectors => {
  const number = new Map<string, number>();
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const v of vectors) {
    const id = new Int32Array(v.size);
    const w = new Float64Array(v.size);
    let k = 0;
    for (const [term, x] of v) {
      let n = number.get(term);
      if (n === undefined) {
        n = number.size;
        number.set(term, n);
      }
      id[k] = n;
      w[k] = x;
      k += 1;
    }
    ids.push(id);
    weights.push(w);
  }
  return { ids, weights, terms: number.size };
};

/**
 * Dot products of packed vectors: `dot(i, j)` spreads vector i over a dense array (kept until another i is
 * asked for) and sums j's weights against it, so a run of calls with the same i, as a row of similarities is,
 * costs one pass over each j.
 */
export const packedDot = (packed: PackedVectors): ((i: number, j: number) => number) => {
  const dense = new Float64Array(packed.terms);
  let spread = -1;
  return (i, j) => {
    if (i !== spread) {
      if (spread >= 0) for (const n of packed.ids[spread]!) dense[n] = 0;
      const ids = packed.ids[i]!;
      const w = packed.weights[i]!;
      for (let k = 0; k < ids.length; k += 1) dense[ids[k]!] = w[k]!;
      spread = i;
    }
    const ids = packed.ids[j]!;
    const w = packed.weights[j]!;
    let dot = 0;
    for (let k = 0; k < ids.length; k += 1) dot += w[k]! * dense[ids[k]!]!;
    return dot;
  };
};
