/**
 * Words that GeoNames region names carry and news often drops ("Idlib Governorate" → "Idlib", "Laurel County"
 * → "Laurel", "County of Flintshire" → "Flintshire"). The gazetteer files a region under its full name and
 * under the name without them.
 */
export const ADMIN_NAME_SUFFIXES: readonly string[] = [
  'Governorate',
  'Province',
  'Oblast',
  'Region',
  'State',
  'Prefecture',
  'Department',
  'County',
  'Parish',
  'District',
  'Municipality',
  'Rayon',
  'Raion',
  'Borough',
];

export const ADMIN_NAME_PREFIXES: readonly string[] = [
  'County of',
  'District of',
  'Borough of',
  'Royal Borough of',
  'City of',
  'Province of',
  'State of',
];

/** Region names that keep their administrative words: news never calls Washington, D.C., "Columbia". */
export const ADMIN_NAMES_KEPT_WHOLE: readonly string[] = ['District of Columbia'];
