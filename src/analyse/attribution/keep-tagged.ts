import { type Span, spanContains } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { isLexiconCue } from './match-cues.js';

/**
 * Whether a claim only the tagger found is told, among all the claims kept: not when its cue is no lexicon cue
 * and sits inside another claim's content — an event verb read as a cue ("troops seized the district, the
 * monitor said": the monitor says it, the troops say nothing).
 */
export const keepTagged = (text: string, d: AttributionDraft, all: readonly AttributionDraft[]): boolean => {
  if (d.rule !== 'tagger' || isLexiconCue(text.slice(d.cue.start, d.cue.end))) return true;
  const inside = (s: Span) => all.some((x) => x !== d && spanContains(x.content, s));
  return !inside(d.cue);
};
