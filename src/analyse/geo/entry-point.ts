import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { GeoPoint } from '../../model/geo.js';

/** The point of a gazetteer entry, at its precision, with its id. */
export const entryPoint = (e: GazetteerEntry): GeoPoint => ({
  lat: e.lat,
  lon: e.lon,
  precision: e.precision,
  gazetteerId: e.id,
  country: e.country || null,
});
