/** A sparse, L2-normalised TF-IDF vector. */
export type TermVector = ReadonlyMap<string, number>;

/**
 * TF-IDF vectors of word lists, with sklearn's smoothed idf ln((1+N)/(1+df)) + 1 and sublinear tf 1 + ln(tf),
 * so long reports do not drown short ones.
 */
export const tfIdfVectors = (docs: readonly (readonly string[])[]): TermVector[] => {
  const df = new Map<string, number>();
  const counts = docs.map((words) => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return tf;
  });
  const n = docs.length;
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
