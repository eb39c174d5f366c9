import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import { DEMONYM_PLURALS, GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';

const demonym = (w: string): boolean => DEMONYMS[w] !== undefined || GEO_DEMONYMS[w] !== undefined;

/**
 * Whether a name (lower case) is the plural of a nationality or a people of a place, naming its people
 * ("Pakistanis", "Americans", "North Koreans", "Europeans", "Spaniards"), not the place. Singular forms
 * ("Pakistani", "Swiss") are no plural. ("Japanese Americans" is not taken: the merge would read it as
 * "Americans" with a nationality before it, as it reads "Japanese Toyota".)
 */
export const populationPlural = (name: string): boolean =>
  DEMONYM_PLURALS[name] !== undefined || (name.endsWith('s') && demonym(name.slice(0, -1)));
