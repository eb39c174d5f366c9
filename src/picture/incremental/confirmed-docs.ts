import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { type ConfirmedSpan, confirmedSpans, sameSpans } from '../control/confirmed-spans.js';

const NONE: readonly ConfirmedSpan[] = [];

/**
 * The confirmed spans of each report (confirmedSpans over its claims, `claimsOf`), made again only when its
 * claims are a new list, and kept as the same list while they say the same (a report whose claims were only
 * renumbered keeps its spans), so a caller can tell a change by identity. Reports with none share one empty list.
 */
export const confirmedDocs = (claimsOf: (documentId: string) => readonly LinkedClaim[] | undefined) => {
  const held = new Map<string, { claims: readonly LinkedClaim[]; spans: readonly ConfirmedSpan[] }>();
  return (documentId: string): readonly ConfirmedSpan[] => {
    const claims = claimsOf(documentId);
    if (claims === undefined) return NONE;
    const was = held.get(documentId);
    if (was?.claims === claims) return was.spans;
    const made = confirmedSpans(claims);
    const spans = was !== undefined && sameSpans(was.spans, made) ? was.spans : made;
    held.set(documentId, { claims, spans });
    return spans;
  };
};
