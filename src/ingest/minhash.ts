/** Number of hash functions in a signature: standard error of the Jaccard estimate ≈ √(J(1−J)/64) ≤ 0.0625. */
export const SIGNATURE_LENGTH = 64;
/** Words per shingle. */
export const SHINGLE_WORDS = 5;

const WORD = /[\p{L}\p{N}]+/gu;

/** murmur3's 32-bit finaliser: a cheap, well-mixing permutation of 32-bit integers. */
const fmix32 = (x: number): number => {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** FNV-1a over UTF-16 code units. */
const fnv1a = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => fmix32(Math.imul(0x9e3779b9, i + 1)));

const shingleHashes = (text: string): number[] => {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length <= SHINGLE_WORDS) return words.length > 0 ? [fnv1a(words.join(' '))] : [];
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    hashes.push(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return hashes;
};

/**
 * MinHash signature of the lower-cased word 5-shingles of `text`: for each of 64 seeded hash functions,
 * the least hash over all shingles. Deterministic. A text without words gets all 0xffffffff.
 */
export const minhash = (text: string): number[] => {
  const mins = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const h of shingleHashes(text)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const v = fmix32(h ^ (SEEDS[i] as number));
      if (v < (mins[i] as number)) mins[i] = v;
    }
  }
  return Array.from(mins);
};

/** Estimated Jaccard similarity of the shingle sets behind two signatures: the share of equal positions. */
export const estimateJaccard = (a: readonly number[], b: readonly number[]): number => {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] !== undefined && a[i] === b[i]) same++;
  return same / n;
};
