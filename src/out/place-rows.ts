import { COMPASS_POINTS } from '../lang/en/compass-points.js';
import { DEMONYMS } from '../lang/en/entities-demonyms.js';
import { ETHNONYMS } from '../lang/en/entities-ethnonyms.js';
import { DEMONYM_PLURALS, GEO_DEMONYMS } from '../lang/en/geo-demonyms.js';
import type { PictureEntity, PictureStory } from '../model/picture.js';
import type { PlaceRow } from './view-types.js';

const COMPASS = new Set(COMPASS_POINTS);

const adjective = (w: string): boolean =>
  DEMONYMS[w] !== undefined || GEO_DEMONYMS[w] !== undefined || ETHNONYMS.has(w);

/** "Malian", "Middle Eastern", "Russians", "Englishmen", "Tuareg": a people or its adjective, not a place's name. */
const demonymName = (lower: string): boolean =>
  adjective(lower) ||
  (DEMONYM_PLURALS[lower] !== undefined && adjective(DEMONYM_PLURALS[lower])) ||
  (lower.endsWith('s') && adjective(lower.slice(0, -1)));

/** "North", "South-West", "south west": a bare point of the compass. */
const compassName = (lower: string): boolean => COMPASS.has(lower.replace(/[\s-]+/g, ''));

/**
 * A place entity the places list leaves out: unresolved and named only by a demonym, a people or a compass point
 * (the entities stage types "Malian" as a place mention for later stages; geo never resolves it).
 */
export const notAPlaceName = (e: Pick<PictureEntity, 'name' | 'geo'>): boolean => {
  if (e.geo !== null) return false;
  const lower = e.name.trim().toLowerCase().replace(/\s+/g, ' ');
  return demonymName(lower) || compassName(lower);
};

const coordinate = (n: number): string => n.toFixed(4);

/** The story's places list: every place entity (or located entity), less the unresolved demonyms and compass words. */
export const placeRows = (s: Pick<PictureStory, 'entities'>): readonly PlaceRow[] =>
  s.entities
    .filter((e) => (e.type === 'place' || e.geo !== null) && !notAPlaceName(e))
    .map((e) => ({
      name: e.name,
      precision: e.geo?.precision ?? 'unresolved',
      lat: e.geo === null ? '—' : coordinate(e.geo.lat),
      lon: e.geo === null ? '—' : coordinate(e.geo.lon),
      gazetteerId: e.geo?.gazetteerId ?? '—',
    }));
