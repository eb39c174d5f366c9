import type { LinkedClaim } from '../../link/claims/build-claims.js';
import type { Citation } from '../../model/picture.js';
import type { Report } from '../../model/report.js';
import type { ClaimVoice } from '../conflicts/denial-conflicts.js';
import type { FigureVoice } from '../conflicts/series-conflicts.js';
import { reportVoice } from '../report-voice.js';

/**
 * Who says a story's figures and claims, as its conflict notes name them: a voice is named, never an id. A
 * figure: its claimant's name, else the words naming its claimant ("a local official", as the figure tables show
 * it), else the outlet (report voice) of the report it is read in. A claim: its
 * claimant's name, else the words naming its claimant (claimantSpan: an unresolved pronoun names none), else the
 * report's voice. Shared by buildStory and the
 * incremental picture.
 */
export const storyVoices = (
  nameOf: (entityId: string) => string | undefined,
  reportOf: (documentId: string) => Report | null,
): { readonly figure: FigureVoice; readonly claim: ClaimVoice } => {
  const outletOf = (documentId: string): string => reportVoice(reportOf(documentId));
  const spanned = (c: Citation | null): string =>
    (c && reportOf(c.documentId)?.text.slice(c.start, c.end).replace(/\s+/g, ' ').trim()) || '';
  return {
    figure: (f) =>
      (f.claimantId && nameOf(f.claimantId)) ||
      spanned(f.claimantSpan) ||
      outletOf(f.evidence[0]!.documentId),
    claim: (c: LinkedClaim) =>
      (c.claim.claimantId && nameOf(c.claim.claimantId)) ||
      spanned(c.claim.claimantSpan) ||
      outletOf(c.claim.documentId),
  };
};
