/**
 * Classes of what a figure counts, so figures about the same kind of thing share a series: "civilians",
 * "people" and "residents" all count people; children are kept apart (they are a subset worth tracking).
 * A head noun not listed is its own class. Lower case.
 */
export const PICTURE_WHAT_CLASSES: { readonly [what: string]: string } = {
  people: 'people',
  person: 'people',
  persons: 'people',
  civilians: 'people',
  civilian: 'people',
  residents: 'people',
  resident: 'people',
  inhabitants: 'people',
  individuals: 'people',
  villagers: 'people',
  men: 'people',
  women: 'people',
  children: 'children',
  child: 'children',
  kids: 'children',
  minors: 'children',
  boys: 'children',
  girls: 'children',
  fighters: 'combatants',
  combatants: 'combatants',
  militants: 'combatants',
  rebels: 'combatants',
  insurgents: 'combatants',
  soldiers: 'combatants',
  troops: 'combatants',
};

/** Measures about territory: their series ignore `what` (the counted noun is "square kilometres", "parts"…). */
export const PICTURE_TERRITORY_MEASURES: readonly string[] = [
  'area_controlled',
  'area_total',
  'share_controlled',
];
