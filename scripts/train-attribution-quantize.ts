/**
 * Trained weights → the stored form (tagger-model.ts): features whose largest weight is under `prune` × the
 * pass's largest weight are dropped, the rest become one byte per label through a 256-entry codebook (0, and
 * ±127 magnitudes spaced evenly in log scale).
 */
import { packKeys } from '../src/analyse/attribution/packed-keys.js';
import { TAGGER_LABELS } from '../src/analyse/attribution/tagger-labels.js';
import type { TaggerPassFile } from '../src/analyse/attribution/tagger-model.js';
import type { PerceptronWeights } from './train-attribution-perceptron.js';

const L = TAGGER_LABELS.length;
const LEVELS = 127;

export interface TrainedPass {
  readonly index: ReadonlyMap<number, number>;
  readonly weights: PerceptronWeights;
}

/** Keys of a pass whose features survive pruning. */
const keptKeys = (p: TrainedPass, prune: number): number[] => {
  let max = 0;
  for (const x of p.weights.emission) max = Math.max(max, Math.abs(x));
  const out: number[] = [];
  for (const [key, id] of p.index) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(p.weights.emission[id * L + y]!));
    if (m > 0 && m >= prune * max) out.push(key);
  }
  return out;
};

/** ±127 magnitudes spaced evenly in log between `floor` and `max` (about 5 % apart for a ratio of 500). */
const codebookOf = (floor: number, max: number): number[] => {
  const book = new Array<number>(256).fill(0);
  const r = (max / floor) ** (1 / (LEVELS - 1));
  for (let j = 0; j < LEVELS; j++) {
    book[1 + j] = Math.fround(floor * r ** j);
    book[129 + j] = Math.fround(-floor * r ** j);
  }
  return book;
};

/** The nearest code of weight x in log scale; magnitudes well under the floor become 0. */
const encoder = (floor: number, max: number): ((x: number) => number) => {
  const logR = Math.log(max / floor) / (LEVELS - 1);
  return (x) => {
    const j = Math.round(Math.log(Math.abs(x) / floor) / logR);
    if (x === 0 || j < 0) return 0;
    return (x > 0 ? 1 : 129) + Math.min(j, LEVELS - 1);
  };
};

const passFile = (p: TrainedPass, keys: Uint32Array, prune: number): TaggerPassFile => {
  const rows = [...keys].map((k) => p.index.get(k));
  let max = 0;
  for (const x of p.weights.emission) max = Math.max(max, Math.abs(x));
  const floor = max * Math.max(prune, 1e-4);
  const book = codebookOf(floor, max);
  const code = encoder(floor, max);
  const bytes = new Uint8Array(keys.length * L);
  rows.forEach((id, r) => {
    if (id !== undefined)
      for (let y = 0; y < L; y++) bytes[r * L + y] = code(p.weights.emission[id * L + y]!);
  });
  return {
    codebook: book,
    codes: Buffer.from(bytes).toString('base64'),
    transition: Array.from(p.weights.transition, (x) => Math.round(x * 1e4) / 1e4),
  };
};

/** Both passes over one shared, sorted key list. */
export const quantize = (
  first: TrainedPass,
  second: TrainedPass,
  prune: number,
): { count: number; keys: string; first: TaggerPassFile; second: TaggerPassFile } => {
  const keys = Uint32Array.from(new Set([...keptKeys(first, prune), ...keptKeys(second, prune)])).sort();
  return {
    count: keys.length,
    keys: packKeys(keys),
    first: passFile(first, keys, prune),
    second: passFile(second, keys, prune),
  };
};
