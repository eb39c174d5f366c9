/**
 * Nouns that only restate what a figure measures ("80 dead", "200 troops"): a table of such figures is headed by
 * the measure alone ("Killed in Aleppo", not "Killed — dead in Aleppo").
 */
export const MEASURE_RESTATING_NOUNS: Readonly<Record<string, readonly string[]>> = {
  killed: ['dead', 'deaths', 'death', 'killed', 'fatalities', 'death toll', 'lives'],
  injured: ['injured', 'wounded', 'injuries'],
  displaced: ['displaced'],
  fled: ['fled'],
  evacuated: ['evacuated', 'evacuees'],
  arrested: ['arrested', 'arrests'],
  detained: ['detained', 'detainees'],
  missing: ['missing'],
  affected: ['affected'],
  troops: ['troops'],
  returned: ['returned', 'returnees'],
};
