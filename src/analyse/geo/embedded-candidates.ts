import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { lookupPlace } from '../../geo/lookup-place.js';
import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import { CITY_ALIASES } from '../../lang/en/geo-aliases.js';
import { EMBEDDED_GENERIC_WORDS, NAME_KIND_SUFFIXES, NOT_PLACE_NAMES } from '../../lang/en/geo-name-words.js';
import { IN_TOWN_HEADS } from '../../lang/en/geo-place-cues.js';
import { WIDE_FEATURE_CODES } from '../../lang/en/geo-wide-regions.js';
import { placeCandidates } from './place-candidates.js';

/**
 * Towns smaller than this are not taken from inside a longer name: a run of an organisation's or building's
 * name that is also a village's ("Federal", "Crossroads") says nothing of where it is.
 */
export const EMBEDDED_MIN_POPULATION = 20_000;

const NAMING = /^(?:\p{Lu}|\d)/u;
/**
 * Single words that are kinds of places or buildings, or qualifiers of institutions, not places ("Centre",
 * "Hall", "County", "Federal": Brazil's Distrito Federal is filed under its bare name).
 */
const GENERIC = new Set([
  ...NOT_PLACE_NAMES,
  ...IN_TOWN_HEADS,
  ...Object.keys(NAME_KIND_SUFFIXES),
  ...EMBEDDED_GENERIC_WORDS,
]);
const WIDE = new Set<string>(WIDE_FEATURE_CODES);
/** The town each curated city alias names, by normalised alias ("heathrow" → London). */
const CITY_ALIAS_IDS = new Map(Object.entries(CITY_ALIASES).map(([k, id]) => [normalizePlaceName(k), id]));

/**
 * Whether an entry is one a run of words inside a longer name stands for: a country or wider region by any of
 * its names, a town by a curated alias ("Heathrow" for London); a first-level region, a curated place or a town of at least EMBEDDED_MIN_POPULATION people by its
 * own name (not a county's bare name, not a town's former name).
 */
const standsFor = (e: GazetteerEntry, run: string): boolean => {
  if (e.precision === 'country' || WIDE.has(e.featureCode) || CITY_ALIAS_IDS.get(run) === e.id) return true;
  if (normalizePlaceName(e.name) !== run) return false;
  return (
    e.featureCode === 'ADM1' ||
    e.id.startsWith('curated:') ||
    (e.precision === 'city' && e.population >= EMBEDDED_MIN_POPULATION)
  );
};

/**
 * For a name the gazetteer lacks, the candidates of the place named inside it: the longest run of its words
 * (the last on a tie) that begins and ends with a capitalised word and names a country, a region or a town of
 * at least EMBEDDED_MIN_POPULATION people ("Bank of [England]", "Robinson College [Cambridge]", "[Colorado]
 * State University", "[US] Federal Reserve"), or is the demonym of a continent or wider region ("[European]
 * Central Bank"). Single generic words ("Centre", "Hall") are skipped. [] when no run names a place.
 */
export const embeddedCandidates = (name: string): readonly GazetteerEntry[] => {
  const words = name.split(/[\s‐-]+/).filter((w) => w !== '');
  for (let n = words.length - 1; n > 0; n -= 1) {
    for (let start = words.length - n; start >= 0; start -= 1) {
      const run = words.slice(start, start + n);
      if (!NAMING.test(run[0]!) || !NAMING.test(run.at(-1)!)) continue;
      const norm = normalizePlaceName(run.join(' '));
      if (norm === '' || GENERIC.has(norm)) continue;
      const found = lookupPlace(run.join(' ')).filter((e) => standsFor(e, norm));
      if (found.length > 0) return found;
      // "[European] Central Bank": a demonym of a continent or wider region, not of a country ("French Quarter").
      const wide = placeCandidates(run.join(' ')).filter((e) => WIDE.has(e.featureCode));
      if (wide.length > 0) return wide;
    }
  }
  return [];
};
