import { key1, key2, key3 } from './feature-hash.js';
import { H, type TaggerDocument } from './tagger-features.js';

/** Features per token of the first pass (the second pass reads these and STACKED_FEATURES more). */
export const SEQUENCE_FEATURES = 59;

/** Distance in tokens, bucketed (-1: no such token). */
export const bucket = (d: number): number =>
  d < 0 ? -1 : d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 7 : d <= 20 ? 11 : 21;

/**
 * For each token of [a, b): the first token at or after it (`right`) and the last at or before it (`left`) that
 * cannot stand in a source phrase (b / a - 1 when none), so "all tokens from i to a cue are phrase tokens" is
 * one comparison.
 */
export const phraseBreaks = (
  doc: TaggerDocument,
  a: number,
  b: number,
): { left: Int32Array; right: Int32Array } => {
  const n = b - a;
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  for (let i = a, last = a - 1; i < b; i++) {
    if (!doc.facts.phrase[i]) last = i;
    left[i - a] = last;
  }
  for (let i = b - 1, next = b; i >= a; i--) {
    if (!doc.facts.phrase[i]) next = i;
    right[i - a] = next;
  }
  return { left, right };
};

/**
 * The feature keys of each token of one sequence (tokens [a, b) of the document), SEQUENCE_FEATURES per token,
 * row-major: the word and its neighbours, tags, shapes, cue-lexicon classes, quotation facts, entity tags,
 * word classes, and where the nearest lexicon cue of the sentence lies (left / right, distance, "that" or a
 * comma between). Template j's key mixes j with the facts it reads (feature-hash.ts).
 */
export const sequenceFeatures = (doc: TaggerDocument, a: number, b: number): Uint32Array => {
  const { facts: f, tokens } = doc;
  const n = b - a;
  const out = new Uint32Array(n * SEQUENCE_FEATURES);
  // Nearest lexicon cue in the same sentence, left and right of each token.
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const thatLeft = new Uint8Array(n);
  const commaRight = new Uint8Array(n);
  for (let i = a, last = -1, that = 0; i < b; i++) {
    if (i > a && tokens[i]!.sentence !== tokens[i - 1]!.sentence) last = -1;
    left[i - a] = last;
    thatLeft[i - a] = that;
    if (f.isCue[i]) {
      last = i;
      that = 0;
    } else if (f.word[i] === H.that) that = 1;
  }
  for (let i = b - 1, next = -1, comma = 0; i >= a; i--) {
    if (i < b - 1 && tokens[i]!.sentence !== tokens[i + 1]!.sentence) next = -1;
    right[i - a] = next;
    commaRight[i - a] = comma;
    if (f.isCue[i]) {
      next = i;
      comma = 0;
    } else if (f.word[i] === H.comma) comma = 1;
  }
  const breaks = phraseBreaks(doc, a, b);
  // Nearest verb in the sentence, left and right of each token (exclusive).
  const verbLeft = new Int32Array(n).fill(-1);
  const verbRight = new Int32Array(n).fill(-1);
  for (let i = a, last = -1; i < b; i++) {
    if (i > a && tokens[i]!.sentence !== tokens[i - 1]!.sentence) last = -1;
    verbLeft[i - a] = last;
    if (f.verb[i]) last = i;
  }
  for (let i = b - 1, next = -1; i >= a; i--) {
    if (i < b - 1 && tokens[i]!.sentence !== tokens[i + 1]!.sentence) next = -1;
    verbRight[i - a] = next;
    if (f.verb[i]) next = i;
  }
  const at = (xs: Uint32Array, i: number): number => (i < a ? H.start : i >= b ? H.end : xs[i]!);
  for (let i = a, sentenceStart = a; i < b; i++) {
    const k = i - a;
    const o = k * SEQUENCE_FEATURES;
    if (i > a && tokens[i]!.sentence !== tokens[i - 1]!.sentence) sentenceStart = i;
    const w = f.word[i]!;
    const p = f.pos[i]!;
    const wl = at(f.word, i - 1);
    const wr = at(f.word, i + 1);
    const pl = at(f.pos, i - 1);
    const pr = at(f.pos, i + 1);
    const cl = left[k]! < 0 ? -1 : bucket(i - left[k]!);
    const cr = right[k]! < 0 ? -1 : bucket(right[k]! - i);
    const q = f.inQuote[i]!;
    const sentStart = i === a || tokens[i - 1]!.sentence !== tokens[i]!.sentence ? 2 : 0;
    const sentEnd = i === b - 1 || tokens[i + 1]!.sentence !== tokens[i]!.sentence ? 1 : 0;
    out[o] = key1(0, 0);
    out[o + 1] = key1(1, w);
    out[o + 2] = key1(2, p);
    out[o + 3] = key1(3, f.suffix[i]!);
    out[o + 4] = key1(4, f.shape[i]!);
    out[o + 5] = key1(5, wl);
    out[o + 6] = key1(6, wr);
    out[o + 7] = key1(7, at(f.word, i - 2));
    out[o + 8] = key1(8, at(f.word, i + 2));
    out[o + 9] = key1(9, pl);
    out[o + 10] = key1(10, pr);
    out[o + 11] = key1(11, at(f.pos, i - 2));
    out[o + 12] = key1(12, at(f.pos, i + 2));
    out[o + 13] = key2(13, pl, p);
    out[o + 14] = key2(14, p, pr);
    out[o + 15] = key2(15, wl, w);
    out[o + 16] = key2(16, w, wr);
    out[o + 17] = key1(17, f.lex[i]!);
    out[o + 18] = key1(18, at(f.lex, i - 1));
    out[o + 19] = key1(19, at(f.lex, i + 1));
    out[o + 20] = key1(20, f.quote[i]!);
    out[o + 21] = key1(21, f.entity[i]!);
    out[o + 22] = key1(22, cl);
    out[o + 23] = key1(23, cr);
    out[o + 24] = key2(24, cl, p);
    out[o + 25] = key2(25, cr, p);
    out[o + 26] = key1(26, left[k]! < 0 ? H.empty : f.word[left[k]!]!);
    out[o + 27] = key1(27, right[k]! < 0 ? H.empty : f.word[right[k]!]!);
    out[o + 28] = key2(28, thatLeft[k]!, cl);
    out[o + 29] = key2(29, commaRight[k]!, cr);
    out[o + 30] = key2(30, cl, q);
    out[o + 31] = key2(31, cr, q);
    out[o + 32] = key1(32, f.quoteAround[i]!);
    out[o + 33] = key1(33, sentStart + sentEnd);
    out[o + 34] = key2(34, cl, cr);
    out[o + 35] = key1(35, f.stem[i]!);
    out[o + 36] = key2(36, w, q);
    out[o + 37] = key3(37, pl, w, pr);
    out[o + 38] = key3(38, pl, p, pr);
    out[o + 39] = key2(39, i > a ? f.entityType[i - 1]! : H.empty, w);
    out[o + 40] = key1(40, f.c2[i]!);
    out[o + 41] = key1(41, f.c4[i]!);
    out[o + 42] = key1(42, f.c6[i]!);
    out[o + 43] = key1(43, at(f.c4, i - 1));
    out[o + 44] = key1(44, at(f.c4, i + 1));
    out[o + 45] = key2(45, cl, f.c3[i]!);
    out[o + 46] = key2(46, cr, f.c3[i]!);
    // Only phrase tokens between the token and the nearest cue: a subject before it / after it ("said X").
    out[o + 47] = key3(47, right[k]! >= 0 && breaks.right[k]! >= right[k]! ? 1 : 0, cr, p);
    out[o + 48] = key3(48, left[k]! >= 0 && breaks.left[k]! <= left[k]! ? 1 : 0, cl, p);
    // The nearest verb right / left, and whether only phrase tokens stand between (its subject / after it).
    const vr = verbRight[k]!;
    const vl = verbLeft[k]!;
    const subj = vr >= 0 && breaks.right[k]! >= vr ? 1 : 0;
    const post = vl >= 0 && breaks.left[k]! <= vl ? 1 : 0;
    out[o + 49] = key2(49, vr < 0 ? H.empty : f.stem[vr]!, subj);
    out[o + 50] = key2(50, vr < 0 ? H.empty : f.c4[vr]!, subj);
    out[o + 51] = key2(51, vl < 0 ? H.empty : f.stem[vl]!, post);
    out[o + 52] = key2(52, vl < 0 ? H.empty : f.c4[vl]!, post);
    out[o + 53] = key3(53, bucket(vr < 0 ? -1 : vr - i), subj, p);
    // Shapes around the token ("PENCE: …", "― Jane Doe") and its place in the sentence.
    out[o + 54] = key3(54, at(f.shape, i - 1), f.shape[i]!, at(f.shape, i + 1));
    out[o + 55] = key3(55, at(f.shape, i - 1), w, sentStart);
    out[o + 56] = key2(56, Math.min(i - sentenceStart, 6), p);
    // How often the stem is a cue in PolNeAR train, here and around.
    out[o + 57] = key2(57, f.prior[i]!, p);
    out[o + 58] = key3(58, at(f.prior, i - 1), f.prior[i]!, at(f.prior, i + 1));
  }
  return out;
};
