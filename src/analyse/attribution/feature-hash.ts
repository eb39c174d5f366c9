/**
 * 32-bit feature keys for the attribution tagger, computed without building feature strings: every token fact
 * is hashed once (FNV-1a of its string), and a feature is its template number mixed with one to three facts
 * (MurmurHash3's block mix and finaliser, so keys spread evenly over 32 bits).
 */

/** FNV-1a, 32-bit, over UTF-16 code units. */
export const hashString = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

const block = (h: number, x: number): number => {
  let k = Math.imul(x, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const m = h ^ k;
  return (Math.imul((m << 13) | (m >>> 19), 5) + 0xe6546b64) | 0;
};

const finish = (h: number): number => {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
};

/** The key of template `t` over one fact. */
export const key1 = (t: number, a: number): number => finish(block(block(t, a), 1));
/** The key of template `t` over two facts. */
export const key2 = (t: number, a: number, b: number): number => finish(block(block(block(t, a), b), 2));
/** The key of template `t` over three facts. */
export const key3 = (t: number, a: number, b: number, c: number): number =>
  finish(block(block(block(block(t, a), b), c), 3));
