import { COMPASS_POINTS } from './compass-points.js';

/**
 * Words around a place name that the gazetteer's names lack. A name not found as written is looked up again
 * without a leading one of these ("the Netherlands", "Republic of Armenia").
 */
export const NAME_PREFIXES_TO_DROP: readonly string[] = [
  'the',
  'republic of',
  'kingdom of',
  'commonwealth of',
  'state of',
  'city of',
  'town of',
  'village of',
  'county of',
  'province of',
  'greater',
  'downtown',
  'central',
  'metro',
  'metropolitan',
  'ciudad',
];

/**
 * Last words of names that say the kind of place ("Quebec City", "Sokoto State", "Jerome Township"). A name
 * not found as written is looked up without one, keeping the entries of that kind if any: 'town', 'region'
 * (first-level), 'county' (second-level), or 'any'.
 */
export const NAME_KIND_SUFFIXES: Readonly<Record<string, 'town' | 'region' | 'county' | 'any'>> = {
  city: 'town',
  town: 'town',
  village: 'town',
  township: 'town',
  municipality: 'town',
  state: 'region',
  province: 'region',
  region: 'region',
  governorate: 'region',
  oblast: 'region',
  county: 'county',
  parish: 'county',
  co: 'county',
  district: 'any',
  area: 'any',
};

/**
 * Leading words that place a name inside a wider one ("North Texas", "southern Syria", "West London"). A name
 * not found as written is looked up without one.
 */
export const NAME_DIRECTION_PREFIXES: readonly string[] = [
  ...COMPASS_POINTS,
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north east',
  'north west',
  'south east',
  'south west',
  'central',
  'upstate',
  'downstate',
  'rural',
  'coastal',
];

/**
 * Capitalised words that name a place only by accident ("the West", "the South", "State"): a lone one is not
 * resolved, whatever the gazetteer holds under it (West, Texas; West region, Cameroon).
 */
export const NOT_PLACE_NAMES: readonly string[] = [
  'west',
  'east',
  'north',
  'south',
  'western',
  'eastern',
  'northern',
  'southern',
  'central',
  'midwest',
  'state',
  'city',
  'county',
  'capital',
  'republic',
  'union',
  'kingdom',
  'nation',
  'homeland',
  'interior',
  'mainland',
  'downtown',
  'uptown',
  'hill',
  // Peoples, faiths, religious law and parties: a lone one is an adjective or a group, never a place ("a Tuareg
  // state", "impose Sharia", "a Shiite area", "Republican lawmakers").
  'tuareg',
  'berber',
  'pashtun',
  'hausa',
  'fulani',
  'shiite',
  'shia',
  'sunni',
  'alawite',
  'druze',
  'yazidi',
  'sikh',
  'hindu',
  'muslim',
  'christian',
  'catholic',
  'jewish',
  'islamic',
  'islamist',
  'sharia',
  'republican',
  'democrat',
  'democratic',
  // Holidays: a lone one is the day, not its namesake town (Christmas, Florida; Easter, Texas).
  'christmas',
  'easter',
  'thanksgiving',
  'halloween',
  // Brands the tagger reads as places ("worked at Wella in Darmstadt"): a company, never a place.
  'wella',
];

/**
 * Abbreviations written before a name's next word ("St. Paul", "Mt. Pleasant", "Ft. Worth"), filed and looked
 * up as the full word GeoNames uses ("Saint Paul").
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

/**
 * Words of organisations' and buildings' names that are also the (bare) names of regions or towns but, inside a
 * longer name, never say where it is ("[Federal] Reserve", "[National] Concert Hall", "[Northwest] Cancer
 * Centre"). Lower case; used with NOT_PLACE_NAMES and IN_TOWN_HEADS.
 */
export const EMBEDDED_GENERIC_WORDS: readonly string[] = [
  'federal',
  'national',
  'international',
  'royal',
  'grand',
  'great',
  'metro',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'new',
  'university',
  // Words for natural features: "Mahim [Bay]", "Danube [Delta]", "Central [Plateau]" are not the regions named so.
  'bay',
  'delta',
  'plateau',
  'river',
  'lake',
  'island',
  'islands',
  'mountain',
  'mountains',
  'valley',
  'coast',
  'gulf',
  'sea',
  'peninsula',
  'desert',
  'creek',
  'harbour',
  'harbor',
  'beach',
];
