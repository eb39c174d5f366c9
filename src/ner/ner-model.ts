import { LABELS } from './ner-labels.js';
import { type GazetteerNode, type NerResources, nerResources } from './ner-resources.js';
import type { WordInfo } from './token-features.js';

/** A word form's memoised context-free score vector and what its neighbours' features read of it. */
export interface WordEntry {
  readonly score: Float64Array;
  readonly info: WordInfo;
  /** What this word adds to a token at each NEIGHBOUR_OFFSETS offset from it (offsets × labels). */
  readonly near: Float64Array;
  /** The word's own gazetteer index node. */
  readonly gazetteer: GazetteerNode | undefined;
  /** True when the word has no lower-case letters. */
  readonly upper: boolean;
}

/** A trained tagger, ready to use: weights indexed by feature string, plus its word resources. */
export interface NerModel {
  readonly featureIndex: ReadonlyMap<string, number>;
  /** The same ids for `template=value` features, split by template so lookups need no string building. */
  readonly templates: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** features × labels emission weights. */
  readonly emission: Float64Array;
  /** (labels + 1) × labels transition weights, last row = sentence start. */
  readonly transition: Float64Array;
  readonly resources: NerResources;
  /** Memo per word form (filled while tagging). */
  readonly words: Map<string, WordEntry>;
}

/** The committed file's JSON shape (gzip-compressed on disk). */
export interface NerModelFile {
  readonly format: 'sitrep-ner/1';
  readonly labels: readonly string[];
  readonly features: readonly string[];
  /** Base64 little-endian Int16 weights, features × labels, times `scale`. */
  readonly weights: string;
  readonly scale: number;
  readonly transition: readonly number[];
  readonly clusters: Readonly<Record<string, string>>;
  readonly gazetteer: Readonly<Record<string, string>>;
  readonly meta: Readonly<Record<string, unknown>>;
}

/** Builds the runtime model from its file form; null when the file is not one this code can read. */
export const nerModelFromFile = (file: NerModelFile): NerModel | null => {
  if (file.format !== 'sitrep-ner/1' || file.labels.join() !== LABELS.join()) return null;
  const bytes = Buffer.from(file.weights, 'base64');
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  if (q.length !== file.features.length * LABELS.length) return null;
  const emission = Float64Array.from(q, (x) => x * file.scale);
  const templates = new Map<string, Map<string, number>>();
  file.features.forEach((f, i) => {
    const eq = f.indexOf('=');
    if (eq < 0) return;
    const t = f.slice(0, eq);
    const m = templates.get(t) ?? new Map<string, number>();
    m.set(f.slice(eq + 1), i);
    templates.set(t, m);
  });
  return {
    featureIndex: new Map(file.features.map((f, i) => [f, i])),
    templates,
    emission,
    transition: Float64Array.from(file.transition),
    resources: nerResources(new Map(Object.entries(file.clusters)), new Map(Object.entries(file.gazetteer))),
    words: new Map(),
  };
};
