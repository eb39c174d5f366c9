import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { Span } from './document-candidates.js';

/** How far (characters) before a street or building the town the text names says where it lies. */
export const TOWN_BEFORE_CHARS = 100;
/** A sentence or clause ends between the town and the street. */
const CLAUSE_END = /[.!?;]\s/;

/**
 * The town placed for the mention nearest before mention `i` in its sentence, at most TOWN_BEFORE_CHARS before
 * it ("police on Paris' iconic Champs-Elysees boulevard": the street lies in Paris, whichever town the story is
 * mostly about), or null. Mentions placed by a name inside them (`embedded`) do not count.
 */
export const townBefore = (
  text: string,
  spans: readonly Span[],
  chosen: readonly (GazetteerEntry | null)[],
  embedded: readonly boolean[],
  i: number,
): GazetteerEntry | null => {
  const { start } = spans[i]!;
  let best: GazetteerEntry | null = null;
  let bestEnd = -1;
  spans.forEach((s, j) => {
    const e = chosen[j];
    if (!e || embedded[j] || e.precision !== 'city' || s.end > start || s.end <= bestEnd) return;
    if (s.end < start - TOWN_BEFORE_CHARS || CLAUSE_END.test(text.slice(s.end, start))) return;
    best = e;
    bestEnd = s.end;
  });
  return best;
};
