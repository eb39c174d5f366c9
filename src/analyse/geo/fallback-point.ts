import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { gazetteerEntry } from '../../geo/lookup-place.js';
import type { GeoPoint, GeoPrecision } from '../../model/geo.js';

/** How far a fallback point is trusted, by its precision. */
export const FALLBACK_CONFIDENCE: Readonly<Partial<Record<GeoPrecision, number>>> = {
  city: 0.4,
  region: 0.25,
  country: 0.2,
};

/**
 * Where a name the gazetteer lacks is placed, with no gazetteer id: a street or building ("Royal Street") in
 * the document's main town, at town precision; any other name (a village, an estate) at that town, at region
 * precision, meaning "near there"; without a main town, in the document's country, at country precision.
 */
export const fallbackPoint = (
  inTown: boolean,
  town: GazetteerEntry | null,
  focus: string | null,
): GeoPoint | null => {
  if (town !== null) {
    const precision = inTown ? 'city' : 'region';
    return { lat: town.lat, lon: town.lon, precision, gazetteerId: null, country: town.country };
  }
  const country = focus === null ? null : gazetteerEntry(`iso:${focus}`);
  if (country === null) return null;
  return {
    lat: country.lat,
    lon: country.lon,
    precision: 'country',
    gazetteerId: null,
    country: country.country,
  };
};
