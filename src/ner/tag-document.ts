import { DocumentHistory } from './document-history.js';
import { gazetteerTags } from './gazetteer-tags.js';
import { bilouToBio, LABELS } from './ner-labels.js';
import type { NerModel, WordEntry } from './ner-model.js';
import {
  DOCUMENT_TEMPLATE,
  documentFeatures,
  forEachContextFeature,
  HISTORY_CLASSES,
  isHistoryKey,
  NEIGHBOUR_FEATURES,
  type WordInfo,
  wordAt,
  wordFeatures,
  wordInfo,
} from './token-features.js';
import { viterbi } from './viterbi.js';

const L = LABELS.length;
/** Bound on the per-model memo so long-running processes do not grow without limit. */
const MAX_MEMO = 200_000;
/** Offsets (neighbour position minus token position) of the neighbour features, in `near` order. */
const OFFSETS: readonly number[] = [...new Set(NEIGHBOUR_FEATURES.map(([k]) => k))];
const BOUNDARY = '\u0000';

const addRow = (model: NerModel, f: number | undefined, out: Float64Array, row: number): void => {
  if (f === undefined) return;
  const base = f * L;
  for (let y = 0; y < L; y++) out[row + y] = (out[row + y] as number) + (model.emission[base + y] as number);
};

const addVector = (out: Float64Array, row: number, v: Float64Array, from: number): void => {
  for (let y = 0; y < L; y++) out[row + y] = (out[row + y] as number) + (v[from + y] as number);
};

/** Memoised scores of a word form (or of a sentence boundary, `info` given). */
const wordEntry = (model: NerModel, word: string, boundary?: WordInfo): WordEntry => {
  const key = boundary ? BOUNDARY + boundary.lower : word;
  let e = model.words.get(key);
  if (e !== undefined) return e;
  const info = boundary ?? wordInfo(word, model.resources);
  const score = new Float64Array(L);
  if (!boundary)
    for (const f of wordFeatures(word, model.resources)) addRow(model, model.featureIndex.get(f), score, 0);
  const near = new Float64Array(OFFSETS.length * L);
  for (const [k, t, part] of NEIGHBOUR_FEATURES) {
    // near[k] holds what this word gives the token k places before it (the token sees it at offset k).
    addRow(model, model.templates.get(t)?.get(info[part]), near, OFFSETS.indexOf(k) * L);
  }
  e = {
    score,
    info,
    near,
    gazetteer: model.resources.gazetteerIndex.get(word),
    upper: word.toUpperCase() === word,
  };
  if (model.words.size >= MAX_MEMO) model.words.clear();
  model.words.set(key, e);
  return e;
};

/** Per-document state: earlier predictions and memoised document-feature scores. */
interface DocumentState {
  readonly history: DocumentHistory<string>;
  readonly docScores: Map<readonly string[], Float64Array>;
}

const documentScore = (model: NerModel, state: DocumentState, features: readonly string[]): Float64Array => {
  let v = state.docScores.get(features);
  if (v === undefined) {
    v = new Float64Array(L);
    const ids = model.templates.get(DOCUMENT_TEMPLATE);
    for (const d of features) addRow(model, ids?.get(d), v, 0);
    state.docScores.set(features, v);
  }
  return v;
};

const sentenceLabels = (
  model: NerModel,
  words: readonly string[],
  flags: readonly (readonly string[])[],
  state: DocumentState,
): Int32Array => {
  const { history } = state;
  const n = words.length;
  const scores = new Float64Array(n * L);
  const entries = words.map((w) => wordEntry(model, w));
  const info = entries.map((e) => e.info);
  const view = {
    info,
    gazetteer: gazetteerTags(
      words,
      model.resources,
      entries.map((e) => e.gazetteer),
    ),
    doc: flags,
    allCaps: entries.every((e) => e.upper),
    pairs: [],
  };
  const hist = model.templates.get('h');
  const keyed = words.map(isHistoryKey);
  let row = 0;
  const emit = (t: string, v: string): void => addRow(model, model.templates.get(t)?.get(v), scores, row);
  for (let i = 0; i < n; i++) {
    row = i * L;
    scores.set((entries[i] as WordEntry).score, row);
    for (let o = 0; o < OFFSETS.length; o++) {
      const j = i + (OFFSETS[o] as number);
      const e = j >= 0 && j < n ? (entries[j] as WordEntry) : wordEntry(model, '', wordAt(info, j));
      addVector(scores, row, e.near, o * L);
    }
    forEachContextFeature(view, i, emit, true);
    const d = flags[i];
    if (d !== undefined && d.length > 0) addVector(scores, row, documentScore(model, state, d), 0);
    const m = keyed[i] ? history.majority(info[i]?.lower as string) : -1;
    if (m >= 0) addRow(model, hist?.get(HISTORY_CLASSES[m] as string), scores, row);
  }
  const labels = viterbi(scores, n, model.transition);
  labels.forEach((y, i) => {
    if (keyed[i]) history.record(info[i]?.lower as string, y);
  });
  return labels;
};

/**
 * BIO (IOB2) tags over PER/ORG/LOC/MISC for each sentence of one document. Sentences are tagged in
 * order; what was said of a capitalised word earlier in the document informs later sentences.
 */
export const tagDocument = (model: NerModel, sentences: readonly (readonly string[])[]): string[][] => {
  const flags = documentFeatures(sentences);
  const state: DocumentState = { history: new DocumentHistory<string>(), docScores: new Map() };
  return sentences.map((words, k) =>
    bilouToBio(Array.from(sentenceLabels(model, words, flags[k] ?? [], state), (y) => LABELS[y] as string)),
  );
};

/** BIO (IOB2) tags over PER/ORG/LOC/MISC for one sentence's tokens, taken as a document of its own. */
export const tagTokens = (model: NerModel, tokens: readonly string[]): readonly string[] =>
  tagDocument(model, [tokens])[0] ?? [];
