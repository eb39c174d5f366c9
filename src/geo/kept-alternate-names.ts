import { normalizePlaceName } from './normalize-place-name.js';

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’‘`ʿʾ.,()-]*$/u;
const CODE = /^[A-Z]{2,4}$/;

/**
 * The alternate names of a GeoNames town worth indexing (scripts/build-geo-places.ts): written in the Latin
 * script, without digits, not codes (two to four capitals such as "NYC": acronyms are matched only through
 * curated aliases) or abbreviations ("Minn."), distinct after `normalizePlaceName` from the town's name, from
 * each other and from the `reserved` names (normalised names of countries and first-level regions, which a
 * town's alternate name may not take: Mexico City is also called "Mexico") except the `allowed` ones (the name
 * of the town's own region: Genève is "Geneva", as is its canton). Names with the file's separators (`|`, tab) are not Latin words.
 */
export const keptAlternateNames = (
  name: string,
  alternates: readonly string[],
  reserved: ReadonlySet<string> = new Set(),
  allowed: ReadonlySet<string> = new Set(),
): string[] => {
  const seen = new Set([normalizePlaceName(name)]);
  const kept: string[] = [];
  for (const a of alternates) {
    const n = a.trim();
    if (n.length < 2 || n.endsWith('.') || CODE.test(n) || !LATIN.test(n)) continue;
    const key = normalizePlaceName(n);
    if (key === '' || seen.has(key) || (reserved.has(key) && !allowed.has(key))) continue;
    seen.add(key);
    kept.push(n);
  }
  return kept;
};
