import type { GeoPrecision } from '../../model/geo.js';
import { COMPASS_POINTS } from './compass-points.js';

/**
 * Words that tell whether a place name in an event's (or a figure's) clause is where it happened: what makes it a
 * modifier of something else ("US-led", "the U.S. military", "the Aleppo district of X") and prepositions whose
 * place is not the event's ("a war with Israel").
 */

/** Second halves of a hyphenated place modifier ("US-led coalition", "Aleppo-based Kurds"). */
export const PLACE_MODIFIER_SUFFIXES: ReadonlySet<string> = new Set([
  'led',
  'backed',
  'based',
  'sponsored',
  'funded',
  'supported',
  'allied',
  'aligned',
  'trained',
  'armed',
  'run',
]);

/** Nouns after a place name that make it an attribute of an actor ("the U.S. military", "Iraq's army"). */
export const PLACE_MODIFIED_ACTORS: ReadonlySet<string> = new Set([
  'military',
  'army',
  'forces',
  'troops',
  'soldiers',
  'commandos',
  'marines',
  'special',
  'agents',
  'operatives',
  'diplomats',
  'envoy',
  'drones',
  'government',
  'regime',
  'officials',
  'authorities',
  'coalition',
  'navy',
  'police',
  'jets',
  'warplanes',
  'aircraft',
  'militia',
  'militias',
  'president',
  'embassy',
  'ministry',
  'allies',
]);

/**
 * Kinds of area: the name before "<area> of X" only qualifies ("the Aleppo district of al-Sakhour"), and a
 * nationality before one tells where ("a Latvian town", "Syrian territory").
 */
export const AREA_NOUNS: ReadonlySet<string> = new Set([
  'district',
  'districts',
  'neighbourhood',
  'neighborhood',
  'town',
  'city',
  'village',
  'province',
  'governorate',
  'suburb',
  'region',
  'area',
  'countryside',
  'outskirts',
  'territory',
  'border',
  'capital',
  'soil',
  'coast',
  'airspace',
  'waters',
]);

/** Nouns after such an actor noun that make the whole a site, whose place name is a place ("Mezzeh military airport"). */
export const SITE_HEADS: ReadonlySet<string> = new Set([
  'airport',
  'airbase',
  'base',
  'bases',
  'hospital',
  'headquarters',
  'compound',
  'academy',
  'college',
  'post',
  'posts',
  'checkpoint',
  'checkpoints',
  'building',
  'buildings',
  'barracks',
  'station',
  'camp',
  'prison',
  'court',
]);

/** Prepositions whose place is not where the event happened ("a war with Israel", "conducted by the U.S."). */
export const NON_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'by', 'like', 'unlike']);

/** Verbs whose object is told or asked something: a place name right after one is its government, not where
 * the event happened ("decided not to tell Islamabad about the raid"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'told',
  'telling',
  'inform',
  'informed',
  'informing',
  'notify',
  'notified',
  'warn',
  'warned',
  'brief',
  'briefed',
  'urge',
  'urged',
  'ask',
  'asked',
  'accuse',
  'accused',
  'blame',
  'blamed',
  'thank',
  'thanked',
]);

/** Plural kinds of area that head a list of the places taken ("seized the three northern towns of X, Y and Z"). */
export const AREA_LIST_NOUNS: ReadonlySet<string> = new Set([
  'towns',
  'cities',
  'villages',
  'districts',
  'neighbourhoods',
  'neighborhoods',
  'suburbs',
  'provinces',
  'regions',
  'areas',
  'settlements',
  'strongholds',
]);

/** Words a territory trigger may reach to, after which it lists the places it holds ("…, including X, Y and Z"). */
export const LIST_OPENERS: ReadonlySet<string> = new Set(['including']);

/**
 * Kinds of area a place taken is called by when its name was told before ("rebels took the town"), with the
 * precisions of the places that fit the kind (a town is a populated place, never a country).
 */
export const TAKEN_AREA_KINDS: ReadonlyMap<string, readonly GeoPrecision[]> = new Map([
  ['town', ['city']],
  ['city', ['city']],
  ['village', ['city']],
  ['district', ['district']],
  ['neighbourhood', ['district']],
  ['neighborhood', ['district']],
  ['suburb', ['district']],
  ['base', ['point']],
  ['airbase', ['point']],
  ['airport', ['point']],
]);

/**
 * Words that may follow the kind of area taken with the place still the whole object ("took the town on Sunday",
 * "took the town last week"), besides prepositions and punctuation; another word makes the kind a modifier
 * ("took the town hall").
 */
export const AFTER_TAKEN_AREA: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'last',
  'this',
  'early',
  'late',
  'overnight',
  'yesterday',
  'today',
  'back',
  'without',
  'after',
  'before',
  'during',
  'following',
]);

/** Nouns for the country a report is about ("seized the north of the country"). */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);

/** Nouns of a share of a place ("half of", "much of", "swathes of"), for a country or a town alike. */
export const SHARE_NOUNS: readonly string[] = [
  'half',
  'third',
  'thirds',
  'quarter',
  'part',
  'parts',
  'much',
  'most',
  'bulk',
  'swathe',
  'swathes',
  'swath',
  'swaths',
];

/** Parts of a country taken ("seized control of the northern half of the nation", "much of the country"). */
export const COUNTRY_PART_NOUNS: ReadonlySet<string> = new Set([...SHARE_NOUNS, ...COMPASS_POINTS]);
