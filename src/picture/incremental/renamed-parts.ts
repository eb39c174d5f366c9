import type { LinkedClaim } from '../../link/claims/build-claims.js';
import type { Telling } from '../../link/events/event-telling.js';
import type { PictureFigure } from '../../model/picture.js';
import { seriesKey } from '../figures/series-key.js';
import type { DocFigures } from './doc-parts.js';

/** Entity ids renamed (old → new; none merged, none split), as EntityChange.renaming gives them. */
export type Renaming = ReadonlyMap<string, string>;

const renamer =
  (ids: Renaming) =>
  <T extends string | null>(id: T): T =>
    id === null ? id : ((ids.get(id) as T | undefined) ?? id);

/**
 * A report's figures after a renaming of entity ids: what docFigures makes again then. buildFigures reads
 * entities through their ids alone (places, claimants, joint claimants, and the place in the series key), and
 * only compares them for equality, so renaming them gives what building again would.
 */
export const renamedFigures = (parts: DocFigures, ids: Renaming): DocFigures => {
  const ren = renamer(ids);
  const own = parts.own.map((f): PictureFigure => {
    const placeId = ren(f.placeId);
    return {
      ...f,
      placeId,
      claimantId: ren(f.claimantId),
      coClaimantIds: f.coClaimantIds.map(ren),
      seriesKey: seriesKey(f.measure, f.what, placeId, f.unit),
    };
  });
  return { ...parts, own };
};

/** A report's claims after a renaming of entity ids: what docClaims makes again then (see renamedFigures). */
export const renamedClaims = (claims: readonly LinkedClaim[], ids: Renaming): LinkedClaim[] => {
  const ren = renamer(ids);
  return claims.map((c) => ({
    ...c,
    claim: {
      ...c.claim,
      claimantId: ren(c.claim.claimantId),
      coClaimantIds: c.claim.coClaimantIds.map(ren),
    },
  }));
};

/** A report's tellings after a renaming of entity ids: what eventTelling makes again then. */
export const renamedTellings = (tellings: readonly Telling[], ids: Renaming): Telling[] => {
  const ren = renamer(ids);
  return tellings.map((t) => ({
    ...t,
    placeId: ren(t.placeId),
    actorIds: t.actorIds.map(ren),
    targetIds: t.targetIds.map(ren),
    evidence: { ...t.evidence, claimantId: ren(t.evidence.claimantId) },
  }));
};
