import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { gazetteerEntry } from '../../geo/lookup-place.js';

/**
 * The region or country the text states right after a name ("Camp Murray, Wash.", "Grantville, Pennsylvania")
 * when `place` does not lie in any it may be, else null (also when the text states none). A place the name is
 * taken for that lies elsewhere is the wrong one, or a namesake of one the gazetteer lacks: the name is placed
 * in the stated region instead. Of namesake regions ("Maryland": the US state, Liberia's county), the one in
 * the document's country, else the most populous.
 */
export const statedRegion = (
  stated: readonly string[],
  place: GazetteerEntry | null,
  focus: string | null = null,
): GazetteerEntry | null => {
  if (stated.length === 0) return null;
  if (place && stated.some((c) => c === place.region || c === `iso:${place.country}` || c === place.id)) {
    return null;
  }
  const rank = (e: GazetteerEntry): number => (e.country === focus ? Number.MAX_SAFE_INTEGER : e.population);
  let best: GazetteerEntry | null = null;
  for (const id of stated) {
    const e = gazetteerEntry(id);
    if (e !== null && (best === null || rank(e) > rank(best))) best = e;
  }
  return best;
};
