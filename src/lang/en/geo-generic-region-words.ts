import { COMPASS_POINTS } from './compass-points.js';

/**
 * Words that make up region names found in many countries: first-level regions named only by a compass point
 * or a plain description ("Northwest" in Iceland, "West Coast" in New Zealand, "Central" in Kenya, "Far North"
 * in Cameroon). A name made only of these words says nothing of which country it is in. Lower case. Data only.
 */
export const GENERIC_REGION_WORDS: readonly string[] = [
  ...COMPASS_POINTS,
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'centre',
  'center',
  'middle',
  'midwest',
  'far',
  'upper',
  'lower',
  'coast',
  'coastal',
  'littoral',
  'highlands',
  'lowlands',
  'lakes',
  'islands',
  'capital',
  'mountain',
  'plateau',
  'interior',
  'region',
  'province',
];
