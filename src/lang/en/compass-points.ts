/** The eight points of the compass as one word, lower case. Data only. */
export const COMPASS_POINTS: readonly string[] = [
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
];
