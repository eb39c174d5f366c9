/** A structured averaged perceptron (Collins 2002) over the attribution tagger's labels, seeded shuffling. */
import { TAGGER_LABELS } from '../src/analyse/attribution/tagger-labels.js';
import { taggerViterbi } from '../src/analyse/attribution/tagger-viterbi.js';

const L = TAGGER_LABELS.length;

/** One sequence as feature ids: token i owns feats[offsets[i]..offsets[i+1]). */
export interface EncodedSequence {
  readonly feats: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Int32Array;
}

export interface PerceptronWeights {
  readonly emission: Float32Array;
  readonly transition: Float64Array;
}

/** Mulberry32: a small seeded generator, so training is repeatable. */
const seeded = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Viterbi labels of a sequence under weights (emission read as w - u / c when averaging). */
export const decodeEncoded = (s: EncodedSequence, w: PerceptronWeights, outside = 0): Int32Array => {
  const n = s.gold.length;
  const scores = new Float64Array(n * L);
  for (let i = 0; i < n; i++) scores[i * L] = outside;
  for (let i = 0; i < n; i++)
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const f = s.feats[k]! * L;
      for (let y = 0; y < L; y++) scores[i * L + y] = scores[i * L + y]! + w.emission[f + y]!;
    }
  return taggerViterbi(scores, n, w.transition);
};

/** Trains for `epochs` passes; after each, `score` judges the averaged weights and the best epoch is kept. */
export const trainPerceptron = (
  seqs: readonly EncodedSequence[],
  nFeatures: number,
  opts: {
    readonly epochs: number;
    readonly seed: number;
    readonly score: (w: PerceptronWeights, epoch: number) => number;
  },
): PerceptronWeights & { readonly bestEpoch: number; readonly bestScore: number } => {
  const w = new Float32Array(nFeatures * L);
  const u = new Float32Array(nFeatures * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const random = seeded(opts.seed);
  const order = seqs.map((_, i) => i);
  let c = 1;
  let best = { emission: w, transition: tw, bestEpoch: 0, bestScore: Number.NEGATIVE_INFINITY };
  const current = { emission: w, transition: tw };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const s = seqs[k]!;
      const pred = decodeEncoded(s, current);
      for (let i = 0; i < pred.length; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        const gp = i === 0 ? L : s.gold[i - 1]!;
        const pp = i === 0 ? L : pred[i - 1]!;
        if (g !== p || gp !== pp) {
          tw[gp * L + g] = tw[gp * L + g]! + 1;
          tu[gp * L + g] = tu[gp * L + g]! + c;
          tw[pp * L + p] = tw[pp * L + p]! - 1;
          tu[pp * L + p] = tu[pp * L + p]! - c;
        }
        if (g === p) continue;
        for (let m = s.offsets[i]!; m < s.offsets[i + 1]!; m++) {
          const f = s.feats[m]! * L;
          w[f + g] = w[f + g]! + 1;
          u[f + g] = u[f + g]! + c;
          w[f + p] = w[f + p]! - 1;
          u[f + p] = u[f + p]! - c;
        }
      }
      c++;
    }
    const avg = {
      emission: w.map((x, i) => x - u[i]! / c),
      transition: tw.map((x, i) => x - tu[i]! / c),
    };
    const score = opts.score(avg, epoch);
    if (score > best.bestScore) best = { ...avg, bestEpoch: epoch, bestScore: score };
  }
  return best;
};

/** The mean of several models' weights (one linear model scoring as their average), judged by `score`. */
export const averageWeights = (
  models: readonly PerceptronWeights[],
  score: (w: PerceptronWeights) => number,
): PerceptronWeights & { readonly bestEpoch: number; readonly bestScore: number } => {
  const emission = new Float32Array(models[0]!.emission.length);
  const transition = new Float64Array(models[0]!.transition.length);
  for (const m of models) {
    for (let i = 0; i < emission.length; i++) emission[i] = emission[i]! + m.emission[i]! / models.length;
    for (let i = 0; i < transition.length; i++)
      transition[i] = transition[i]! + m.transition[i]! / models.length;
  }
  const w = { emission, transition };
  return { ...w, bestEpoch: 0, bestScore: score(w) };
};
