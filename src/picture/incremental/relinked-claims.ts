import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { coClaimantIds } from '../../link/claims/joint-sources.js';
import type { EntityIndex } from '../../link/entities/merge-entities.js';

/**
 * A report's claims after its mentions moved to other entities (entities merged or split): what docClaims
 * makes again then, without reading the report again. buildClaims reads the entity index only for a claim's
 * claimant (the entity of its source mention) and joint claimants (coClaimantIds); which attributions are
 * claims, their stance, cue, spans, numbers and answers come from the report alone, so only those two are
 * taken again. A claim whose ids hold stays the same object.
 */
export const relinkedClaims = (claims: readonly LinkedClaim[], entities: EntityIndex): LinkedClaim[] =>
  claims.map((c) => {
    const claimantId = entities.entityOf(c.attribution.sourceMentionId);
    const co = coClaimantIds(c.doc, c.attribution, entities, claimantId);
    const was = c.claim;
    if (
      claimantId === was.claimantId &&
      co.length === was.coClaimantIds.length &&
      co.every((id, k) => id === was.coClaimantIds[k])
    )
      return c;
    return { ...c, claim: { ...was, claimantId, coClaimantIds: co } };
  });
