import type { LinkedClaim } from '../../link/claims/build-claims.js';
import type { Citation, PictureConflict, PictureEvent, PictureFigure } from '../../model/picture.js';
import type { SalienceMarks } from '../briefing/sentence-salience.js';

/**
 * What makes a story's sentences worth briefing: its figures, the events that happened or are denied, its
 * claims, and the figures and claims in a conflict (not a discrepancy). Shared by buildStory and the incremental picture.
 */
export const briefingMarks = (
  figures: readonly PictureFigure[],
  events: readonly PictureEvent[],
  claims: readonly LinkedClaim[],
  conflicts: readonly PictureConflict[],
): SalienceMarks => {
  // a discrepancy (one side undated) says less than a dated conflict: on the Multi-News dev clusters, marking
  // its figures cost 0.25 ROUGE-1 (eval:briefing dev 45.66 → 45.41)
  const inConflict = new Set(conflicts.filter((c) => c.kind !== 'discrepancy').flatMap((c) => c.itemIds));
  const figureCites = (fs: readonly PictureFigure[]): Citation[] => fs.flatMap((f) => f.evidence);
  const claimCites = (cs: readonly LinkedClaim[]): Citation[] => cs.map((c) => c.claim.content);
  return {
    figures: figureCites(figures),
    events: events
      .filter((e) => e.modality === 'happened' || e.modality === 'denied')
      .flatMap((e) => e.evidence),
    claims: claimCites(claims),
    conflicted: [
      ...figureCites(figures.filter((f) => inConflict.has(f.id))),
      ...claimCites(claims.filter((c) => inConflict.has(c.claim.id))),
    ],
  };
};
