import type { TaggerDocument } from './tagger-features.js';

const bucket = (d: number): string =>
  d <= 3 ? String(d) : d <= 6 ? '4' : d <= 10 ? '7' : d <= 20 ? '11' : '21';

/**
 * The feature strings of each token of one sequence (tokens [a, b) of the document): the word and its
 * neighbours, tags, shapes, cue-lexicon classes, quotation facts, entity tags, and where the nearest lexicon
 * cue of the sentence lies (left / right, distance, "that" or a comma between).
 */
export const sequenceFeatures = (doc: TaggerDocument, a: number, b: number): string[][] => {
  const { facts, tokens } = doc;
  const n = b - a;
  // Nearest lexicon cue in the same sentence, left and right of each token.
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const thatLeft = new Uint8Array(n);
  const commaRight = new Uint8Array(n);
  for (let i = a, last = -1, that = 0; i < b; i++) {
    if (i > a && tokens[i]!.sentence !== tokens[i - 1]!.sentence) last = -1;
    left[i - a] = last;
    thatLeft[i - a] = that;
    if (facts[i]!.lex) {
      last = i;
      that = 0;
    } else if (facts[i]!.w === 'that') that = 1;
  }
  for (let i = b - 1, next = -1, comma = 0; i >= a; i--) {
    if (i < b - 1 && tokens[i]!.sentence !== tokens[i + 1]!.sentence) next = -1;
    right[i - a] = next;
    commaRight[i - a] = comma;
    if (facts[i]!.lex) {
      next = i;
      comma = 0;
    } else if (facts[i]!.w === ',') comma = 1;
  }
  const w = (i: number): string => (i < a ? '<s>' : i >= b ? '</s>' : facts[i]!.w);
  const p = (i: number): string => (i < a ? '<s>' : i >= b ? '</s>' : facts[i]!.pos);
  const c = (i: number): string => (i < a ? '<s>' : i >= b ? '</s>' : facts[i]!.cluster.slice(0, 4));
  const out: string[][] = [];
  for (let i = a; i < b; i++) {
    const f = facts[i]!;
    const k = i - a;
    const cl = left[k]! < 0 ? 'n' : bucket(i - left[k]!);
    const cr = right[k]! < 0 ? 'n' : bucket(right[k]! - i);
    const q = f.inQuote ? 'q' : '-';
    const sentStart = i === a || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
    const sentEnd = i === b - 1 || tokens[i + 1]!.sentence !== tokens[i]!.sentence;
    out.push([
      'b',
      `w=${f.w}`,
      `p=${f.pos}`,
      `s3=${f.w.slice(-3)}`,
      `sh=${f.shape}`,
      `w-1=${w(i - 1)}`,
      `w+1=${w(i + 1)}`,
      `w-2=${w(i - 2)}`,
      `w+2=${w(i + 2)}`,
      `p-1=${p(i - 1)}`,
      `p+1=${p(i + 1)}`,
      `p-2=${p(i - 2)}`,
      `p+2=${p(i + 2)}`,
      `pp=${p(i - 1)}|${f.pos}`,
      `pn=${f.pos}|${p(i + 1)}`,
      `ww=${w(i - 1)}|${f.w}`,
      `wn=${f.w}|${w(i + 1)}`,
      `lx=${f.lex}`,
      `lx-1=${i > a ? facts[i - 1]!.lex : '<s>'}`,
      `lx+1=${i < b - 1 ? facts[i + 1]!.lex : '</s>'}`,
      `q=${q}${f.mark}`,
      `e=${f.entity}`,
      `cl=${cl}`,
      `cr=${cr}`,
      `clp=${cl}|${f.pos}`,
      `crp=${cr}|${f.pos}`,
      `clw=${left[k]! < 0 ? '' : facts[left[k]!]!.w}`,
      `crw=${right[k]! < 0 ? '' : facts[right[k]!]!.w}`,
      `lt=${thatLeft[k]}|${cl}`,
      `rc=${commaRight[k]}|${cr}`,
      `clq=${cl}|${q}`,
      `crq=${cr}|${q}`,
      `qn=${f.quoteNext}|${f.quotePrev}`,
      `se=${sentStart ? 's' : ''}${sentEnd ? 'e' : ''}`,
      `lr=${cl}|${cr}`,
      `st=${f.stem}`,
      `wq=${f.w}|${q}`,
      `wpn=${p(i - 1)}|${f.w}|${p(i + 1)}`,
      `ppp=${p(i - 1)}|${f.pos}|${p(i + 1)}`,
      `we=${i > a ? facts[i - 1]!.entity.slice(1) : ''}|${f.w}`,
      `c2=${f.cluster.slice(0, 2)}`,
      `c4=${f.cluster.slice(0, 4)}`,
      `c6=${f.cluster}`,
      `c-1=${c(i - 1)}`,
      `c+1=${c(i + 1)}`,
      `clc=${cl}|${f.cluster.slice(0, 3)}`,
      `crc=${cr}|${f.cluster.slice(0, 3)}`,
    ]);
  }
  return out;
};
