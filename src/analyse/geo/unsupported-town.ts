import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { haversineKm } from '../../geo/haversine-km.js';

/** Towns at least this large are taken as named wherever the document is. */
export const UNSUPPORTED_MAX_POPULATION = 10_000;
/** How near (km) the document's main town a smaller town must lie to be taken as named. */
const SUPPORT_KM = 300;

/** Where a document is, as far as its place mentions say. */
export interface DocumentSetting {
  /** The country its candidates point to (before choosing), or null. */
  readonly candidateFocus: string | null;
  /** The country its chosen places point to, or null. */
  readonly focus: string | null;
  /** Its main town, or null. */
  readonly town: GazetteerEntry | null;
}

/**
 * Whether the town chosen for a name is too small and too far from the document to be what the name means: a
 * village or small town (under UNSUPPORTED_MAX_POPULATION people) outside the document's country and over
 * SUPPORT_KM from its main town is mostly a namesake of a street, a business or a place the gazetteer lacks
 * ("Grand and State" in Chicago is not Grand, Vosges). False when the document gives no country or town to
 * compare with.
 */
export const isUnsupportedTown = (e: GazetteerEntry, doc: DocumentSetting): boolean => {
  if (e.precision !== 'city' || e.population >= UNSUPPORTED_MAX_POPULATION) return false;
  if (doc.focus === null && doc.town === null) return false;
  if (e.country === doc.focus || e.country === doc.candidateFocus) return false;
  return doc.town === null || haversineKm(e.lat, e.lon, doc.town.lat, doc.town.lon) > SUPPORT_KM;
};
