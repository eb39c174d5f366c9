import { DocumentHistory } from '../document-history.js';
import { LABELS } from '../ner-labels.js';
import { viterbi } from '../viterbi.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';

const L = LABELS.length;

/** A sentence as feature ids per token (flattened; token i owns feats[offsets[i]..offsets[i+1])). */
export interface EncodedSentence {
  readonly feats: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Int32Array;
  /** Per token, the document-history key (a word id) or -1 when the token keeps no history. */
  readonly keys: Int32Array;
}

export type EncodedDocument = readonly EncodedSentence[];

export interface PerceptronWeights {
  /** nFeatures × L emission weights. */
  readonly emission: Float32Array;
  /** (L + 1) × L transition weights, row L = sentence start. */
  readonly transition: Float64Array;
}

export interface TrainOptions {
  readonly nFeatures: number;
  /** Feature id of each history class (see HISTORY_CLASSES). */
  readonly historyIds: Int32Array;
  readonly epochs: number;
  /** Stop after this many epochs without a better held-out score. */
  readonly patience: number;
  readonly seed: number;
  /** Scores a document decoder on held-out data (higher is better); the best epoch's average is kept. */
  readonly score: (decode: (d: EncodedDocument) => Int32Array[], epoch: number) => number;
}

type Weights = { w: Float32Array; u: Float32Array | null; c: number; t: Float64Array };

/** Tokens' feature ids, plus the history feature when the token has one. */
const tokenFeatures = (
  s: EncodedSentence,
  i: number,
  hist: DocumentHistory<number>,
  hIds: Int32Array,
): number[] => {
  const ids = Array.from(s.feats.subarray(s.offsets[i], s.offsets[i + 1]));
  const key = s.keys[i] as number;
  if (key >= 0) {
    const m = hist.majority(key);
    if (m >= 0) ids.push(hIds[m] as number);
  }
  return ids;
};

const decodeSentence = (s: EncodedSentence, feats: number[][], wt: Weights): Int32Array => {
  const n = s.gold.length;
  const out = new Float64Array(n * L);
  feats.forEach((ids, i) => {
    for (const f of ids) {
      for (let y = 0; y < L; y++) {
        const k = f * L + y;
        out[i * L + y] =
          (out[i * L + y] as number) + (wt.w[k] as number) - (wt.u ? (wt.u[k] as number) / wt.c : 0);
      }
    }
  });
  return viterbi(out, n, wt.t);
};

/** Decodes a document sentence by sentence, feeding each sentence's predictions to the history. */
const decodeDocument = (
  doc: EncodedDocument,
  wt: Weights,
  hIds: Int32Array,
  learn?: (s: EncodedSentence, feats: number[][], pred: Int32Array) => void,
): Int32Array[] => {
  const hist = new DocumentHistory<number>();
  return doc.map((s) => {
    const feats = s.gold.length === 0 ? [] : Array.from(s.gold, (_, i) => tokenFeatures(s, i, hist, hIds));
    const pred = decodeSentence(s, feats, wt);
    learn?.(s, feats, pred);
    pred.forEach((y, i) => {
      if ((s.keys[i] as number) >= 0) hist.record(s.keys[i] as number, y);
    });
    return pred;
  });
};

/** Structured averaged perceptron (Collins 2002), BILOU-constrained Viterbi, seeded document shuffling. */
export const trainAveragedPerceptron = (
  docs: readonly EncodedDocument[],
  opts: TrainOptions,
): PerceptronWeights & { readonly bestEpoch: number; readonly bestScore: number } => {
  const w = new Float32Array(opts.nFeatures * L);
  const u = new Float32Array(opts.nFeatures * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const random = seededRandom(opts.seed);
  const order = docs.map((_, i) => i);
  let c = 1;
  let best = { emission: new Float32Array(0), transition: tw, bestEpoch: -1, bestScore: -Infinity };
  const bump = (
    arrW: Float32Array | Float64Array,
    arrU: Float32Array | Float64Array,
    k: number,
    d: number,
  ) => {
    arrW[k] = (arrW[k] as number) + d;
    arrU[k] = (arrU[k] as number) + c * d;
  };
  const learn = (s: EncodedSentence, feats: number[][], pred: Int32Array): void => {
    for (let i = 0; i < pred.length; i++) {
      const g = s.gold[i] as number;
      const p = pred[i] as number;
      const gp = i === 0 ? L : (s.gold[i - 1] as number);
      const pp = i === 0 ? L : (pred[i - 1] as number);
      if (g !== p || gp !== pp) {
        bump(tw, tu, gp * L + g, 1);
        bump(tw, tu, pp * L + p, -1);
      }
      if (g === p) continue;
      for (const f of feats[i] as number[]) {
        bump(w, u, f * L + g, 1);
        bump(w, u, f * L + p, -1);
      }
    }
    c++;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const d of order)
      decodeDocument(docs[d] as EncodedDocument, { w, u: null, c: 1, t: tw }, opts.historyIds, learn);
    const avgT = tw.map((x, i) => x - (tu[i] as number) / c);
    const avg: Weights = { w, u, c, t: avgT };
    const score = opts.score((doc) => decodeDocument(doc, avg, opts.historyIds), epoch);
    if (score > best.bestScore) {
      const emission = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) emission[i] = (w[i] as number) - (u[i] as number) / c;
      best = { emission, transition: avgT, bestEpoch: epoch, bestScore: score };
    }
    if (epoch - best.bestEpoch >= opts.patience) break;
  }
  return best;
};
