/**
 * Words that mark a name as a place. `before`: "the district of X", "the city of X"; `after`: "the X district",
 * "X province". `landmark` words belong to the place's name ("Aleppo airport" is not Aleppo).
 */
export const PLACE_CUES_BEFORE: readonly string[] = [
  'district of',
  'districts of',
  'neighborhood of',
  'neighbourhood of',
  'city of',
  'town of',
  'village of',
  'province of',
  'region of',
  'governorate of',
  'suburb of',
  'outskirts of',
  'capital',
];

/** Region-level words: a name before them is a first-level region ("Idlib province"). */
export const REGION_CUES_AFTER: readonly string[] = ['province', 'governorate', 'region', 'oblast', 'state'];

/** Sub-city words: a name before them is a district ("the Hanano district"). */
export const DISTRICT_CUES_AFTER: readonly string[] = [
  'district',
  'districts',
  'neighborhood',
  'neighbourhood',
  'quarter',
  'suburb',
  'area',
];

/** Settlement words: a name before them is a city, town or village. */
export const SETTLEMENT_CUES_AFTER: readonly string[] = ['city', 'town', 'village', 'countryside'];

/** Landmark words that are part of the place's name. */
export const LANDMARK_CUES_AFTER: readonly string[] = [
  'airport',
  'airbase',
  'air base',
  'citadel',
  'hospital',
];
