import { AUXILIARY_VERBS } from './auxiliary-verbs.js';

/**
 * Words around a name that say it is a place's when the gazetteer lacks it (see `placeEvidence`); the head words of
 * names that say so are in geo-feature-words.ts. Lower case.
 */

/**
 * Prepositions right before a name (after an optional "the" and direction word) that put something in, at or
 * near it ("in Sylmar", "at Kentford", "outside Bamako", "across the Flint Hills"). Not "of", "to", "from" or
 * "on", which as often take an organisation ("a branch of al-Qaeda", "linked to Hamas", "on Facebook").
 */
export const LOCATIVE_BEFORE: readonly string[] = [
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'into',
  'around',
  'across',
  'along',
  'through',
  'throughout',
  'toward',
  'towards',
  'via',
  'within',
  'beyond',
  'between',
  'above',
  'below',
  'nearby',
];

/**
 * Words before a name, after "the" if any, that make it a place's: places of a list ("the villages of Nuli and
 * Avnevi", "the mosques of …"), a direction from it ("east of Whitlock"), an attack on it ("shells fell on
 * Kfraya"; "on" alone as often takes a medium: "on Facebook").
 */
export const PLACE_WORDS_BEFORE: readonly string[] = [
  'towns of',
  'cities of',
  'villages of',
  'suburbs of',
  'districts of',
  'provinces of',
  'regions of',
  'mosques of',
  'churches of',
  'shrines of',
  'tombs of',
  'temples of',
  'north of',
  'south of',
  'east of',
  'west of',
  'northeast of',
  'northwest of',
  'southeast of',
  'southwest of',
  'attack on',
  'attacks on',
  'assault on',
  'offensive on',
  'advance on',
  'march on',
  'raid on',
  'raids on',
  'strike on',
  'strikes on',
  'airstrike on',
  'airstrikes on',
  'fell on',
  'landed on',
  'miles from',
  'kilometres from',
  'kilometers from',
  'km from',
];

/** Nouns of an apposition that makes the name before it a place's ("Tamarasheni, a Georgian town"). */
export const PLACE_APPOSITION_NOUNS: readonly string[] = [
  'town',
  'village',
  'city',
  'hamlet',
  'suburb',
  'district',
  'neighbourhood',
  'neighborhood',
  'region',
  'province',
  'settlement',
  'community',
  'island',
  'port',
];

/**
 * Words allowed between a locative preposition and a name, after "the" if any ("in northern Mali", "in
 * present-day Bywater").
 */
export const LOCATIVE_MODIFIERS: readonly string[] = [
  'present-day',
  'nearby',
  'neighbouring',
  'neighboring',
  'remote',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'downtown',
  'rural',
  'suburban',
];

/**
 * Nouns right after a name that make it a place's ("a Meadow Grove man", "X residents", "a Muskoka lake", "the
 * Pioneer cinema"), besides the words of IN_TOWN_HEADS ("Schwartz park").
 */
export const PLACE_NOUNS_AFTER: readonly string[] = [
  'man',
  'woman',
  'men',
  'women',
  'boy',
  'girl',
  'resident',
  'residents',
  'native',
  'natives',
  'home',
  'homes',
  'station',
  'police',
  'council',
  'councillor',
  'councilor',
  'mayor',
  'constituency',
  'ward',
  'municipality',
  'villagers',
  'cinema',
  'theatre',
  'theater',
  'restaurant',
  'pub',
  'store',
  'shop',
  'factory',
  'mine',
  'camp',
  'lake',
  'river',
  'valley',
  'coast',
  'border',
  'countryside',
  'outskirts',
];

/**
 * Lower-case words that may follow a place's name governed by "in the", "at the" …: function words that end its
 * phrase ("in the Oval Office and …", "in the West Wing believed" aside). Any other lower-case word makes the name
 * a modifier of a longer phrase ("in the Skripal affair", "at the Close Up Forever Summer concert").
 */
export const WORDS_ENDING_PLACE_PHRASE: readonly string[] = [
  'and',
  'or',
  'but',
  'where',
  'which',
  'that',
  'who',
  'when',
  'while',
  'as',
  ...AUXILIARY_VERBS,
  'to',
  'on',
  'in',
  'at',
  'of',
  'for',
  'from',
  'with',
  'by',
  'near',
  'after',
  'before',
  'since',
  'during',
  'until',
  'last',
  'this',
];
