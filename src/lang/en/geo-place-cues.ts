/**
 * Words that mark a name as a place. `before`: "the district of X", "the city of X"; `after`: "the X district",
 * "X province". `landmark` words belong to the place's name ("Aleppo airport" is not Aleppo).
 */
export const PLACE_CUES_BEFORE: readonly string[] = [
  'district of',
  'districts of',
  'neighborhood of',
  'neighbourhood of',
  'city of',
  'town of',
  'village of',
  'province of',
  'region of',
  'governorate of',
  'suburb of',
  'outskirts of',
  'capital',
];

/** Region-level words: a name before them is a first-level region ("Idlib province"). */
export const REGION_CUES_AFTER: readonly string[] = ['province', 'governorate', 'region', 'oblast', 'state'];

/** Second-level region words: a name before them is a county ("Laurel County", "Rapides Parish"). */
export const COUNTY_CUES_AFTER: readonly string[] = ['county', 'counties', 'parish', 'parishes', 'borough'];

/** Sub-city words: a name before them is a district ("the Hanano district"). */
export const DISTRICT_CUES_AFTER: readonly string[] = [
  'district',
  'districts',
  'neighborhood',
  'neighbourhood',
  'quarter',
  'suburb',
  'area',
];

/**
 * Street words: a name before them is a street ("Bourbon Street", "Bourbon and Dauphine streets"), named after
 * anything, which lies in the document's town. Not "road": "the Aleppo road" leads to Aleppo.
 */
export const STREET_CUES_AFTER: readonly string[] = [
  'street',
  'streets',
  'avenue',
  'avenues',
  'boulevard',
  'intersection',
];

/**
 * Street words after two names joined by "and" or "/": both are streets ("Bourbon and Dauphine streets", "the
 * Chartres/Franklin intersection").
 */
export const JOINT_STREET_CUES_AFTER: readonly string[] = ['streets', 'avenues', 'intersection'];

/** Settlement words: a name before them is a city, town or village. */
export const SETTLEMENT_CUES_AFTER: readonly string[] = ['city', 'town', 'village', 'countryside'];

/** Landmark words that are part of the place's name. */
export const LANDMARK_CUES_AFTER: readonly string[] = [
  'airport',
  'airbase',
  'air base',
  'citadel',
  'hospital',
];

/**
 * Last words of names of streets, buildings and sites inside a town ("Royal Street", "City Hall", "Trump
 * Tower"). The gazetteer holds few of them; such a place lies in the town the document is about.
 */
export const IN_TOWN_HEADS: readonly string[] = [
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'drive',
  'lane',
  'square',
  'plaza',
  'park',
  'bridge',
  'university',
  'college',
  'school',
  'academy',
  'hospital',
  'clinic',
  'church',
  'cathedral',
  'mosque',
  'synagogue',
  'temple',
  'tower',
  'towers',
  'building',
  'center',
  'centre',
  'mall',
  'market',
  'airport',
  'station',
  'stadium',
  'arena',
  'hall',
  'estate',
  'prison',
  'jail',
  'palace',
  'museum',
  'hotel',
  'campus',
  'library',
  'courthouse',
  'embassy',
  'consulate',
  'zoo',
  'cemetery',
  'district',
  'neighborhood',
  'neighbourhood',
  'quarter',
];

/**
 * The IN_TOWN_HEADS of sites that serve the town named in them wherever the document is ("Da Nang International
 * Airport" lies at Da Nang, not in the town an article about the airport's clean-up is written from).
 */
export const TOWN_SERVING_HEADS: readonly string[] = ['airport'];

/**
 * The IN_TOWN_HEADS that end names of streets and squares, which are named after anything ("Hampton Avenue",
 * "Washington Square"); other buildings and sites are often named after where they are ("Dubai World Trade
 * Centre", "Colorado State University").
 */
export const STREET_HEADS: readonly string[] = [
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'drive',
  'lane',
  'square',
  'plaza',
  'bridge',
];

/**
 * Words before a name that make it a sports team's ("beat Portland", "against Louisville"): teams carry the names
 * of the larger towns.
 */
export const TEAM_CUES_BEFORE: readonly string[] = [
  'against',
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeating',
  'outlasted',
  'edged',
  'routed',
  'vs',
  'vs.',
  'versus',
];
