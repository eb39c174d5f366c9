import { key1, key2, key3 } from './feature-hash.js';
import { bucket, phraseBreaks } from './sequence-features.js';
import { H, type TaggerDocument } from './tagger-features.js';

/** Features per token the second pass adds. */
export const STACKED_FEATURES = 16;

/** Label index → role: O 0, source 1, cue 2, content 3 (TAGGER_LABELS order); 4 / 5 before / after the sequence. */
const ROLE = [0, 1, 1, 2, 2, 3, 3];
const CUE = 2;
const CONTENT = 3;

/**
 * Second-pass feature keys of tokens [a, b), STACKED_FEATURES per token, row-major: what the first pass labelled
 * around each token, and where the first pass's nearest cues lie in the sentence (distance, and whether content
 * lies between). Templates are numbered from 100 (sequence-features.ts uses 0–99).
 */
export const stackedFeatures = (
  doc: TaggerDocument,
  a: number,
  b: number,
  first: Int32Array,
): Uint32Array => {
  const { tokens, facts } = doc;
  const n = b - a;
  const out = new Uint32Array(n * STACKED_FEATURES);
  const r = (k: number): number => (k < 0 ? 4 : k >= n ? 5 : ROLE[first[k]!]!);
  const newSentence = (k: number): boolean => tokens[a + k]!.sentence !== tokens[a + k - 1]!.sentence;
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const contentLeft = new Uint8Array(n);
  const contentRight = new Uint8Array(n);
  const cuesInSentence = new Int32Array(n);
  for (let k = 0, last = -1, con = 0; k < n; k++) {
    if (k > 0 && newSentence(k)) last = -1;
    left[k] = last;
    contentLeft[k] = con;
    const y = r(k);
    if (y === CUE && r(k - 1) !== CUE) {
      last = k;
      con = 0;
    } else if (y === CONTENT) con = 1;
  }
  for (let k = n - 1, next = -1, con = 0; k >= 0; k--) {
    if (k < n - 1 && newSentence(k + 1)) next = -1;
    right[k] = next;
    contentRight[k] = con;
    const y = r(k);
    if (y === CUE && r(k + 1) !== CUE) {
      next = k;
      con = 0;
    } else if (y === CONTENT) con = 1;
  }
  for (let k = 0, start = 0; k <= n; k++) {
    if (k === n || (k > 0 && newSentence(k))) {
      let c = 0;
      for (let m = start; m < k; m++) if (r(m) === CUE && (m === start || r(m - 1) !== CUE)) c++;
      cuesInSentence.fill(Math.min(c, 3), start, k);
      start = k;
    }
  }
  const breaks = phraseBreaks(doc, a, b);
  for (let k = 0; k < n; k++) {
    const o = k * STACKED_FEATURES;
    const self = first[k]!;
    const pos = facts.pos[a + k]!;
    const cl = bucket(left[k]! < 0 ? -1 : k - left[k]!);
    const cr = bucket(right[k]! < 0 ? -1 : right[k]! - k);
    out[o] = key1(100, self);
    out[o + 1] = key1(101, r(k - 1));
    out[o + 2] = key1(102, r(k + 1));
    out[o + 3] = key1(103, r(k - 2));
    out[o + 4] = key1(104, r(k + 2));
    out[o + 5] = key3(105, r(k - 1), self, r(k + 1));
    out[o + 6] = key2(106, self, pos);
    out[o + 7] = key2(107, cl, contentLeft[k]!);
    out[o + 8] = key2(108, cr, contentRight[k]!);
    out[o + 9] = key2(109, cl, pos);
    out[o + 10] = key2(110, cr, pos);
    out[o + 11] = key3(111, cl, cr, self);
    out[o + 12] = key2(
      112,
      left[k]! < 0 ? H.empty : facts.word[a + left[k]!]!,
      right[k]! < 0 ? H.empty : facts.word[a + right[k]!]!,
    );
    out[o + 13] = key2(113, cuesInSentence[k]!, self);
    // Only phrase tokens between the token and the nearest predicted cue (right: before it; left: after it).
    out[o + 14] = key3(114, right[k]! >= 0 && breaks.right[k]! - a >= right[k]! ? 1 : 0, cr, self);
    out[o + 15] = key3(115, left[k]! >= 0 && breaks.left[k]! - a <= left[k]! ? 1 : 0, cl, self);
  }
  return out;
};
