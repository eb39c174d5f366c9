import type { ClaimLine } from './view-types.js';

/**
 * One line per claim as read: lines of one claimant with the same stance, cue and words (a wire copy's claim, a
 * claim repeated in a report) become one line citing every place it is read, in order of first appearance.
 */
export const mergeClaimLines = (lines: readonly ClaimLine[]): ClaimLine[] => {
  const byKey = new Map<string, ClaimLine>();
  for (const l of lines) {
    const key = `${l.stance}\u0000${l.cue.toLowerCase()}\u0000${l.quote}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, cites: [...new Set([...seen.cites, ...l.cites])] } : l);
  }
  return [...byKey.values()];
};
