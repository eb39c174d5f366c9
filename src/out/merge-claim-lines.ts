import type { ClaimLine } from './view-types.js';
import { wordingKey } from './wording-key.js';

/**
 * One line per claim as read: lines of one claimant with the same stance and the same words (see `wordingKey`:
 * case, spacing and quote-mark styles aside) become one line citing every place it is read, in order of first
 * appearance — a wire copy, a claim repeated in a report, one quotation printed by two reports. When the
 * reports introduce it with different cues ("said", "told"), the line names each cue once (`said, told`).
 */
export const mergeClaimLines = (lines: readonly ClaimLine[]): ClaimLine[] => {
  const byKey = new Map<string, ClaimLine>();
  for (const l of lines) {
    const key = `${l.stance}\u0000${wordingKey(l.quote)}`;
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, l);
      continue;
    }
    const cues = seen.cue.split(', ').map((c) => c.toLowerCase());
    const cue =
      l.cue === '' || cues.includes(l.cue.toLowerCase())
        ? seen.cue
        : seen.cue === ''
          ? l.cue
          : `${seen.cue}, ${l.cue}`;
    byKey.set(key, { ...seen, cue, cites: [...new Set([...seen.cites, ...l.cites])] });
  }
  return [...byKey.values()];
};
