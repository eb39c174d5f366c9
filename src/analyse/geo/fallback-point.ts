import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { gazetteerEntry } from '../../geo/lookup-place.js';
import type { GeoPoint, GeoPrecision } from '../../model/geo.js';

/** How far a fallback point is trusted, by its precision. */
export const FALLBACK_CONFIDENCE: Readonly<Partial<Record<GeoPrecision, number>>> = {
  city: 0.4,
  region: 0.25,
  country: 0.2,
};

const at = (e: GazetteerEntry, precision: GeoPrecision): GeoPoint => ({
  lat: e.lat,
  lon: e.lon,
  precision,
  gazetteerId: null,
  country: e.country || null,
});

/**
 * Where a name the gazetteer lacks is placed, with no gazetteer id, and by which rule: a street or building
 * ("Royal Street") in the document's main town, at town precision; any other name (a village, an estate) at
 * that town, at region precision, meaning "near there"; without a main town, in the document's main
 * first-level region ("Bafokeng" beside North West province), else in its country, at region or country
 * precision. Null when the document has none of them.
 */
export const fallbackPoint = (
  inTown: boolean,
  town: GazetteerEntry | null,
  region: GazetteerEntry | null,
  focus: string | null,
): { readonly geo: GeoPoint; readonly rule: string } | null => {
  if (town !== null) {
    const rule = `context:${inTown ? 'in' : 'near'}-main-town`;
    return { geo: at(town, inTown ? 'city' : 'region'), rule };
  }
  if (region !== null) return { geo: at(region, 'region'), rule: 'context:in-main-region' };
  const country = focus === null ? null : gazetteerEntry(`iso:${focus}`);
  if (country === null) return null;
  return { geo: at(country, 'country'), rule: 'context:in-focus-country' };
};
