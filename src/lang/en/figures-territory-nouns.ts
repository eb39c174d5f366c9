import { COMPASS_POINTS } from './compass-points.js';

/**
 * Nouns for ground a party can hold: a share with a control word becomes `share_controlled` only when it is a
 * share of one of these, or of a named place ("60 percent of eastern parts of the city", "a third of the
 * country", "40% of Raqqa"), not a share of a value, a vote or a market ("lost 10% of its value").
 */
export const FIGURE_TERRITORY_NOUNS: readonly string[] = [
  'territory',
  'territories',
  'area',
  'areas',
  'land',
  'lands',
  'ground',
  'terrain',
  'city',
  'town',
  'towns',
  'village',
  'villages',
  'country',
  'countryside',
  'nation',
  'province',
  'provinces',
  'governorate',
  'region',
  'regions',
  'district',
  'districts',
  'neighbourhood',
  'neighbourhoods',
  'neighborhood',
  'neighborhoods',
  'suburbs',
  'outskirts',
  'part',
  'parts',
  'east',
  'west',
  'north',
  'south',
  'stronghold',
  'strongholds',
  'enclave',
  'pocket',
  'zone',
  'zones',
  'island',
  'strip',
  'capital',
  'municipality',
];

/**
 * Territory nouns that name a whole country: a share of "the nation" or "the West African country" is a share
 * of the country the report is about, not of a town named beside it.
 */
export const FIGURE_COUNTRY_NOUNS: readonly string[] = ['country', 'nation', 'republic', 'kingdom'];

/** Compass words: a place mention that is only one of these ("North" of "North and West Africa") names no place. */
export const FIGURE_COMPASS_WORDS: readonly string[] = [...COMPASS_POINTS, 'central'];
