import type { Span } from '../../model/span.js';
import { sequenceFeatures } from './sequence-features.js';
import { stackedFeatures } from './stacked-features.js';
import { groupRuns, type TaggedAttribution, taggedRuns } from './tagged-attributions.js';
import type { TaggerDocument } from './tagger-features.js';
import { type TaggerModel, tagSequence } from './tagger-model.js';

/** The two passes over one sequence (tokens [a, b)): final label indices. */
export const tagTwice = (model: TaggerModel, doc: TaggerDocument, a: number, b: number): Int32Array => {
  const base = sequenceFeatures(doc, a, b);
  const first = tagSequence(model.first, base);
  const stacked = stackedFeatures(doc, a, b, first);
  return tagSequence(
    model.second,
    base.map((f, k) => f.concat(stacked[k]!)),
    model.outsideBias,
  );
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
