import type { Attribution } from '../../model/attribution.js';
import type { MentionId } from '../../model/ids.js';
import type { PictureClaim } from '../../model/picture.js';
import type { Stance } from '../../model/stance.js';
import type { EntityIndex } from '../entities/merge-entities.js';
import { docText, type StoryDoc } from '../story-doc.js';
import { answeredAttribution } from './answered-attribution.js';
import { claimStance } from './claim-stance.js';
import { claimantCitation } from './claimant-citation.js';
import { coClaimantIds } from './joint-sources.js';
import { shownCue } from './shown-cue.js';

/** A picture claim with what it came from and the claim it denies or confirms (if any). */
export interface LinkedClaim {
  readonly claim: PictureClaim;
  readonly attribution: Attribution;
  readonly doc: StoryDoc;
  /** The id of the claim this one denies or confirms, or null. */
  readonly answers: string | null;
}

/**
 * One claim per attribution that states, reports, assesses, warns, proposes or demands something and names a
 * source that can speak (claimStance), in report order then text order; ids `${prefix}c<n>`. A denial or
 * confirmation answers one of these claims; the attributions that make no claim are left out.
 */
export const buildClaims = (
  docs: readonly StoryDoc[],
  entities: EntityIndex,
  prefix: string,
): readonly LinkedClaim[] => {
  const out: LinkedClaim[] = [];
  for (const doc of docs) {
    const stanceOf = new Map<MentionId, Stance>();
    for (const a of doc.analysis.attributions) {
      const stance = claimStance(doc, a);
      if (stance !== null) stanceOf.set(a.id, stance);
    }
    const all = doc.analysis.attributions
      .filter((a) => stanceOf.has(a.id))
      .sort((a, b) => Math.min(a.cue.start, a.content.start) - Math.min(b.cue.start, b.content.start));
    const idOf = new Map<MentionId, string>();
    for (const a of all) idOf.set(a.id, `${prefix}c${out.length + idOf.size + 1}`);
    for (const a of all) {
      const target = answeredAttribution(a, all, doc.analysis.sentences, doc.report.text);
      const claimantId = entities.entityOf(a.sourceMentionId);
      const claim: PictureClaim = {
        id: idOf.get(a.id)!,
        claimantId,
        coClaimantIds: coClaimantIds(doc, a, entities, claimantId),
        claimantSpan: claimantCitation(doc, a),
        cue: shownCue(docText(doc, a.cue), a.direct),
        stance: stanceOf.get(a.id)!,
        documentId: doc.report.id,
        content: { documentId: doc.report.id, start: a.content.start, end: a.content.end },
      };
      out.push({ claim, attribution: a, doc, answers: target === null ? null : (idOf.get(target) ?? null) });
    }
  }
  return out;
};
