import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';

/**
 * The document's country: the most frequent among mentions whose candidates all lie in one country (countries
 * named count double), or null on a tie or when no mention is unambiguous.
 */
export const countryFocus = (lists: readonly (readonly GazetteerEntry[])[]): string | null => {
  const votes = new Map<string, number>();
  for (const cands of lists) {
    const countries = new Set(cands.map((c) => c.country));
    const [only] = countries;
    if (countries.size !== 1 || only === undefined || only === '') continue;
    votes.set(only, (votes.get(only) ?? 0) + (cands.some((c) => c.precision === 'country') ? 2 : 1));
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
};
