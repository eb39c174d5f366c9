import type { Attribution } from '../../model/attribution.js';
import type { Citation } from '../../model/picture.js';
import type { StoryDoc } from '../story-doc.js';
import { claimantWords } from './claimant-words.js';

/**
 * Where a report names who makes a claim or states a figure (claimantWords), as a citation of it; null with no
 * attribution or no usable words (the report's own voice). Reads the report's own mentions, not the entity index.
 */
export const claimantCitation = (doc: StoryDoc, attribution: Attribution | null): Citation | null => {
  const words = attribution && claimantWords(doc.report.text, attribution, doc.analysis.entities);
  return words ? { documentId: doc.report.id, start: words.start, end: words.end } : null;
};
