import type { GazetteerEntry } from './gazetteer-entry.js';
import type { Gazetteer } from './gazetteer-index.js';
import { loadGazetteer } from './load-gazetteer.js';
import { placeNameKeys } from './normalize-place-name.js';

let cache: Gazetteer | null = null;
/** The gazetteer, loaded once on first use (about 2 s of CPU, 160 MB of heap). */
const gazetteer = (): Gazetteer => {
  cache ??= loadGazetteer();
  return cache;
};

/**
 * Every gazetteer entry a name may denote ("al-" optional, diacritics folded), most specific key first;
 * [] when the name is unknown.
 */
export const lookupPlace = (name: string): readonly GazetteerEntry[] => {
  const { byKey } = gazetteer();
  const found: GazetteerEntry[] = [];
  for (const k of placeNameKeys(name)) {
    for (const e of byKey.get(k) ?? []) if (!found.includes(e)) found.push(e);
  }
  return found;
};

/** The entry with this id, or null. */
export const gazetteerEntry = (id: string): GazetteerEntry | null => gazetteer().byId.get(id) ?? null;

let capitals: ReadonlyMap<string, GazetteerEntry> | null = null;
/**
 * The national capital (GeoNames PPLC) of a country by ISO code, the most populous when the gazetteer knows
 * several; null when it knows none.
 */
export const countryCapital = (country: string): GazetteerEntry | null => {
  if (capitals === null) {
    const found = new Map<string, GazetteerEntry>();
    for (const e of gazetteer().byId.values()) {
      if (e.featureCode !== 'PPLC' || e.country === '') continue;
      const had = found.get(e.country);
      if (!had || e.population > had.population) found.set(e.country, e);
    }
    capitals = found;
  }
  return capitals.get(country) ?? null;
};
