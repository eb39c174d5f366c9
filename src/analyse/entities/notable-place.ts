import { lookupPlace } from '../../geo/lookup-place.js';

/** Inhabitants a town needs before a lone word the tagger did not mark is read as it ("Christmas", pop. 1,100). */
export const NOTABLE_TOWN_POPULATION = 15000;

/**
 * Whether the gazetteer knows a place by this name that a reader would take it for: a country, region, sea or
 * other feature, or a town of some size. A lone capitalised word that is only a hamlet's name ("Christmas",
 * "Chevron", "Liberal", "Enterprise") is far more likely the common word, a brand or a surname.
 */
export const notablePlace = (name: string): boolean =>
  lookupPlace(name).some((e) => !e.featureCode.startsWith('PPL') || e.population >= NOTABLE_TOWN_POPULATION);
