import type { Attribution } from '../../model/attribution.js';
import type { Stance } from '../../model/stance.js';
import type { StoryDoc } from '../story-doc.js';
import { isClaimSource } from './claim-source.js';
import { readClaimCue } from './read-claim-cue.js';

/**
 * The stance of the claim an attribution makes in the picture, or null when it makes none: its cue must be a
 * claim cue (readClaimCue) and its source someone who can speak (isClaimSource). Wishes, decisions, refusals to
 * act, seemings and reactions the attribution stage reads, and sources such as "nothing" or "the region", stay
 * out. The stage's stance stands, but a bare `asserts` takes the stance its cue's class tells ("blaming" accuses,
 * "threatening" warns).
 */
export const claimStance = (doc: StoryDoc, a: Attribution): Stance | null => {
  const cue = readClaimCue(doc.report.text, doc.analysis.tokens, a);
  if (cue === null || !isClaimSource(doc.report.text, a, doc.analysis.entities)) return null;
  return a.stance === 'asserts' && cue !== 'quotation' ? (cue.entry.stance ?? a.stance) : a.stance;
};
