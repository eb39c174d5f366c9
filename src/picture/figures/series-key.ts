import { PICTURE_TERRITORY_MEASURES, PICTURE_WHAT_CLASSES } from '../../lang/en/picture-what-classes.js';

const TERRITORY = new Set(PICTURE_TERRITORY_MEASURES);

/** The class of what a figure counts: civilians/people/residents → people; children apart; else the noun. */
export const whatClass = (measure: string, what: string | null): string => {
  if (TERRITORY.has(measure)) return 'territory';
  if (what === null || what.trim() === '') return '-';
  const w = what.trim().toLowerCase();
  return PICTURE_WHAT_CLASSES[w] ?? w;
};

/**
 * The series a figure belongs to: `measure|what class|place entity id|unit`. Territory measures (areas and
 * shares of control) ignore `what`, so a derived 20-of-45 km² share and a later "around 60 percent" meet.
 */
export const seriesKey = (
  measure: string,
  what: string | null,
  placeId: string | null,
  unit: string,
): string => `${measure}|${whatClass(measure, what)}|${placeId ?? '-'}|${unit}`;
