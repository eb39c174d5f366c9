import { TAGGER_LABELS } from './tagger-labels.js';
import { taggerViterbi } from './tagger-viterbi.js';

const L = TAGGER_LABELS.length;

/** One pass's weights as stored: feature strings, Int16 weights (base64, little-endian) times `scale`. */
export interface TaggerWeightsFile {
  readonly features: readonly string[];
  readonly weights: string;
  readonly scale: number;
  readonly transition: readonly number[];
}

/** The committed attribution tagger's JSON shape (gzip-compressed in models/): two stacked passes. */
export interface TaggerModelFile {
  readonly format: 'sitrep-attribution/1';
  readonly labels: readonly string[];
  readonly first: TaggerWeightsFile;
  readonly second: TaggerWeightsFile;
  /** Word → distributional class path (one digit per level). */
  readonly clusters: Readonly<Record<string, string>>;
  /** Added to the outside label's score in the second pass (chosen on dev). */
  readonly outsideBias: number;
  readonly meta: Readonly<Record<string, unknown>>;
}

/** One pass ready to use: emission weights by feature string, and transition weights. */
export interface TaggerWeights {
  readonly index: ReadonlyMap<string, number>;
  /** features × labels. */
  readonly emission: Float32Array;
  /** (labels + 1) × labels, last row = sequence start. */
  readonly transition: Float64Array;
}

/** The first pass tags from the words; the second also reads the first pass's labels. */
export interface TaggerModel {
  readonly first: TaggerWeights;
  readonly second: TaggerWeights;
  readonly clusters: ReadonlyMap<string, string>;
  readonly outsideBias: number;
}

const weightsFromFile = (file: TaggerWeightsFile): TaggerWeights | null => {
  const bytes = Buffer.from(file.weights, 'base64');
  const q = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (q.length !== file.features.length * L || file.transition.length !== (L + 1) * L) return null;
  return {
    index: new Map(file.features.map((f, i) => [f, i])),
    emission: Float32Array.from(q, (x) => x * file.scale),
    transition: Float64Array.from(file.transition),
  };
};

/** Builds the runtime model from its file form; null when the file is not one this code can read. */
export const taggerModelFromFile = (file: TaggerModelFile): TaggerModel | null => {
  if (file.format !== 'sitrep-attribution/1' || file.labels.join() !== TAGGER_LABELS.join()) return null;
  const first = weightsFromFile(file.first);
  const second = weightsFromFile(file.second);
  if (!first || !second) return null;
  return { first, second, clusters: new Map(Object.entries(file.clusters)), outsideBias: file.outsideBias };
};

/** Label indices (into TAGGER_LABELS) for one sequence's feature strings. */
export const tagSequence = (
  w: TaggerWeights,
  feats: readonly (readonly string[])[],
  outside = 0,
): Int32Array => {
  const n = feats.length;
  const scores = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    scores[i * L] = outside;
    for (const f of feats[i]!) {
      const id = w.index.get(f);
      if (id === undefined) continue;
      for (let y = 0; y < L; y++) scores[i * L + y] = scores[i * L + y]! + w.emission[id * L + y]!;
    }
  }
  return taggerViterbi(scores, n, w.transition);
};
