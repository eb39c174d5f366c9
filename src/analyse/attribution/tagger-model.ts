import { type KeyTable, keyTable } from './key-table.js';
import { unpackKeys } from './packed-keys.js';
import { SEQUENCE_FEATURES } from './sequence-features.js';
import { STACKED_FEATURES } from './stacked-features.js';
import { TAGGER_LABELS } from './tagger-labels.js';

const L = TAGGER_LABELS.length;
export const TAGGER_FORMAT = 'sitrep-attribution/2' as const;

/** One pass's weights as stored: a byte per feature and label, read through a 256-entry codebook. */
export interface TaggerPassFile {
  /** codebook[code] is the weight; code 0 is 0. */
  readonly codebook: readonly number[];
  /** Base64 bytes, rows × labels, rows in key order. */
  readonly codes: string;
  /** (labels + 1) × labels, last row = sequence start. */
  readonly transition: readonly number[];
}

/** The committed attribution tagger's JSON shape (gzip-compressed in models/): two stacked passes. */
export interface TaggerModelFile {
  readonly format: typeof TAGGER_FORMAT;
  readonly labels: readonly string[];
  /** Feature templates per token of each pass (a file for other templates is refused). */
  readonly templates: readonly [number, number];
  /** Number of feature keys, and the ascending keys packed (packed-keys.ts). */
  readonly count: number;
  readonly keys: string;
  readonly first: TaggerPassFile;
  readonly second: TaggerPassFile;
  /** Word → distributional class path (one digit per level). */
  readonly clusters: Readonly<Record<string, string>>;
  /** Added to the outside label's score in the second pass (chosen on dev). */
  readonly outsideBias: number;
  readonly meta: Readonly<Record<string, unknown>>;
}

/**
 * The model ready to use: per feature row, the first pass's label weight codes then the second pass's (rows × 2
 * labels, one byte each, so one short read serves both passes), read through `codebook` (the first pass's 256
 * weights, then the second's); each pass's transition weights ((labels + 1) × labels, last row = sequence
 * start). The first pass tags from the words; the second also reads the first pass's labels.
 */
export interface TaggerModel {
  readonly table: KeyTable;
  readonly codes: Uint8Array;
  readonly codebook: Float32Array;
  readonly firstTransition: Float64Array;
  readonly secondTransition: Float64Array;
  readonly clusters: ReadonlyMap<string, string>;
  readonly outsideBias: number;
}

const validPass = (file: TaggerPassFile, rows: number): Buffer | null => {
  const codes = Buffer.from(file.codes, 'base64');
  return codes.length === rows * L && file.codebook.length === 256 && file.transition.length === (L + 1) * L
    ? codes
    : null;
};

/** Builds the runtime model from its file form; null when the file is not one this code can read. */
export const taggerModelFromFile = (file: TaggerModelFile): TaggerModel | null => {
  if (
    file.format !== TAGGER_FORMAT ||
    file.labels.join() !== TAGGER_LABELS.join() ||
    file.templates?.[0] !== SEQUENCE_FEATURES ||
    file.templates[1] !== STACKED_FEATURES
  )
    return null;
  const keys = unpackKeys(file.keys, file.count);
  if (!keys) return null;
  const first = validPass(file.first, keys.length);
  const second = validPass(file.second, keys.length);
  if (!first || !second) return null;
  const codes = new Uint8Array(keys.length * 2 * L);
  for (let r = 0; r < keys.length; r++)
    for (let y = 0; y < L; y++) {
      codes[r * 2 * L + y] = first[r * L + y]!;
      codes[r * 2 * L + L + y] = second[r * L + y]!;
    }
  return {
    table: keyTable(keys),
    codes,
    codebook: Float32Array.from([...file.first.codebook, ...file.second.codebook]),
    firstTransition: Float64Array.from(file.first.transition),
    secondTransition: Float64Array.from(file.second.transition),
    clusters: new Map(Object.entries(file.clusters)),
    outsideBias: file.outsideBias,
  };
};

/**
 * Adds, for each token of a sequence, the weights of its features' rows (`width` rows per token, -1 = unknown
 * feature) to the scores (tokens × labels): the first pass's half of each row to `first` (when given), the
 * second pass's half to `second`.
 */
export const addEmissions = (
  model: TaggerModel,
  rows: Int32Array,
  width: number,
  first: Float64Array | null,
  second: Float64Array,
): void => {
  const { codes, codebook } = model;
  const n = rows.length / width;
  for (let i = 0; i < n; i++) {
    const s = i * L;
    for (let j = i * width, end = j + width; j < end; j++) {
      const r = rows[j]!;
      if (r < 0) continue;
      const w = r * 2 * L;
      if (first) for (let y = 0; y < L; y++) first[s + y] = first[s + y]! + codebook[codes[w + y]!]!;
      for (let y = 0; y < L; y++) second[s + y] = second[s + y]! + codebook[256 + codes[w + L + y]!]!;
    }
  }
};
