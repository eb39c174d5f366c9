import { COMPASS_POINTS } from './compass-points.js';
import { TAKEN_PLACE_NOUNS, TROOPS } from './events-triggers.js';

/**
 * Words that show a territory-change verb ("seized", "took control", "advanced", "made gains") is told of arms or
 * ground: an armed actor, a place that changes hands, or war around it. A sentence with none of them, no place
 * and no armed group named, tells a business, sports, data or property sense ("we may take control of your
 * data", "residents secured the clubhouse", "shares advanced").
 */
export const TERRITORY_CUES: readonly string[] = [
  // armed actors
  ...TROOPS,
  'army',
  'armies',
  'military',
  'militants',
  'militia',
  'militias',
  'rebels',
  'rebel',
  'insurgents',
  'insurgent',
  'jihadists',
  'jihadist',
  'guerrillas',
  'gunmen',
  'regime',
  'battalion',
  'brigade',
  'division',
  'separatists',
  'tanks',
  // places that change hands
  ...TAKEN_PLACE_NOUNS,
  'province',
  'provinces',
  'region',
  'territory',
  'territories',
  'hills',
  'ridge',
  'valley',
  'bases',
  'airbase',
  'border',
  'crossing',
  'checkpoint',
  'outpost',
  'positions',
  'stronghold',
  'strongholds',
  'garrison',
  'frontline',
  'front',
  'capital',
  'port',
  'bridge',
  'highway',
  'island',
  'enclave',
  'oilfield',
  'oilfields',
  'dam',
  // a part of a country ("seized the north", "capturing eastern Aleppo")
  ...COMPASS_POINTS,
  ...COMPASS_POINTS.map((c) => `${c}ern`),
  // war around it
  'fighting',
  'battle',
  'clashes',
  'offensive',
  'shelling',
  'airstrikes',
  'siege',
  'war',
];

/**
 * Prepositions that may open a territory change's complement right after its verb, the place it reaches ("advanced
 * on X", "pushed through X"); a place after any other preposition, or after a noun, only sets the scene ("moved
 * into offices in X").
 */
export const TERRITORY_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'upon',
  'into',
  'to',
  'towards',
  'toward',
  'through',
  'across',
  'around',
  'near',
  'outside',
  'inside',
]);

/** A place this many words after a territory verb, at most, may be what it takes ("seized the northern half of X"). */
export const TERRITORY_OBJECT_REACH = 6;

/** Pronouns that, right after a territory verb, stand for a place named in the sentence before ("seized it"). */
export const TERRITORY_PRONOUNS: ReadonlySet<string> = new Set(['it']);
