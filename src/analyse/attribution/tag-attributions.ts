import type { Span } from '../../model/span.js';
import { findKeys } from './key-table.js';
import { SEQUENCE_FEATURES, sequenceFeatures } from './sequence-features.js';
import { STACKED_FEATURES, stackedFeatures } from './stacked-features.js';
import { groupRuns, type TaggedAttribution, taggedRuns } from './tagged-attributions.js';
import type { TaggerDocument } from './tagger-features.js';
import { TAGGER_LABELS } from './tagger-labels.js';
import { addEmissions, type TaggerModel } from './tagger-model.js';
import { taggerViterbi } from './tagger-viterbi.js';

const L = TAGGER_LABELS.length;

/**
 * The two passes over one sequence (tokens [a, b)): final label indices. The first-pass features are looked up
 * once; each row read adds to both passes' scores.
 */
export const tagTwice = (model: TaggerModel, doc: TaggerDocument, a: number, b: number): Int32Array => {
  const n = b - a;
  const rows = findKeys(model.table, sequenceFeatures(doc, a, b));
  const first = new Float64Array(n * L);
  const second = new Float64Array(n * L);
  for (let i = 0; i < n; i++) second[i * L] = model.outsideBias;
  addEmissions(model, rows, SEQUENCE_FEATURES, first, second);
  const labels = taggerViterbi(first, n, model.firstTransition);
  const stacked = findKeys(model.table, stackedFeatures(doc, a, b, labels));
  addEmissions(model, stacked, STACKED_FEATURES, null, second);
  return taggerViterbi(second, n, model.secondTransition);
};

/** Every attribution the tagger reads in a document, paragraph by paragraph, and content it left uncued. */
export const tagAttributions = (
  model: TaggerModel,
  doc: TaggerDocument,
): { attributions: TaggedAttribution[]; orphans: Span[] } => {
  const attributions: TaggedAttribution[] = [];
  const orphans: Span[] = [];
  for (const [a, b] of doc.sequences) {
    const found = groupRuns(doc.tokens, taggedRuns(tagTwice(model, doc, a, b), a));
    attributions.push(...found.attributions);
    orphans.push(...found.orphans);
  }
  return { attributions, orphans };
};
