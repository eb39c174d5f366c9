import { lookupPlace } from '../../geo/lookup-place.js';

/** Inhabitants a town needs before a lone word the tagger did not mark is read as it ("Christmas", pop. 1,100). */
export const NOTABLE_TOWN_POPULATION = 15000;

/**
 * Whether the gazetteer knows a place by this name that a reader would take it for: a country, region, sea or
 * other feature, or a town of some size known by exactly this name. A lone capitalised word that is only a
 * hamlet's name ("Christmas", "Chevron", "Liberal", "Enterprise") is far more likely the common word, a brand
 * or a surname, and so is a word that is only another name of a town ("Homo", filed as a name of Qom).
 */
export const notablePlace = (name: string): boolean => {
  const want = name.normalize('NFC').toLowerCase();
  return lookupPlace(name).some(
    (e) =>
      !e.featureCode.startsWith('PPL') ||
      (e.population >= NOTABLE_TOWN_POPULATION && e.name.normalize('NFC').toLowerCase() === want),
  );
};
