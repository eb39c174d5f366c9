/** Area units → km² per unit. */
export const FIGURE_AREA_UNITS: Readonly<Record<string, number>> = {
  'square kilometres': 1,
  'square kilometers': 1,
  'square kilometre': 1,
  'square kilometer': 1,
  'sq km': 1,
  'sq. km': 1,
  km2: 1,
  'km²': 1,
  'square miles': 2.589988,
  'square mile': 2.589988,
  'sq miles': 2.589988,
  'sq mi': 2.589988,
  hectares: 0.01,
  hectare: 0.01,
  acres: 0.004046856,
  acre: 0.004046856,
};

/** Length units → km per unit. */
export const FIGURE_LENGTH_UNITS: Readonly<Record<string, number>> = {
  kilometres: 1,
  kilometers: 1,
  kilometre: 1,
  kilometer: 1,
  km: 1,
  miles: 1.609344,
  mile: 1.609344,
  metres: 0.001,
  meters: 0.001,
  metre: 0.001,
  meter: 0.001,
  yards: 0.0009144,
  yard: 0.0009144,
  feet: 0.0003048,
  foot: 0.0003048,
  ft: 0.0003048,
};

/** Percent words after a number: the figure becomes a share (value / 100). */
export const FIGURE_PERCENT_WORDS: readonly string[] = ['%', 'percent', 'per cent', 'pc', 'per-cent'];
