import { COMPASS_POINTS } from './compass-points.js';
import { SHARE_NOUNS } from './events-place-cues.js';

/**
 * Words that tell how much of its place a territory change took: the place itself ("captured the town of X",
 * "X fell to the rebels") or ground inside it ("advanced in east X", "seized parts of X"). Data only.
 */

/** Prepositions after which the place is where ground was taken, not what was taken ("gains in X", "pushed into X"). */
export const PART_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'inside',
  'into',
  'within',
  'across',
  'throughout',
]);

/** Nouns of an object that is a part of the place named after it ("parts of X", "the outskirts of X"). */
export const PART_NOUNS: ReadonlySet<string> = new Set([
  ...SHARE_NOUNS,
  'section',
  'sections',
  'portion',
  'portions',
  'outskirts',
  'edge',
  'edges',
  'side',
  'districts',
  'neighbourhoods',
  'neighborhoods',
  'quarters',
  'suburbs',
  'areas',
  'villages',
  'positions',
]);

/** Words right before a place name that make it a part of the place ("east Aleppo", "northern Mali"). */
export const PART_ADJECTIVES: ReadonlySet<string> = new Set([
  ...COMPASS_POINTS,
  'eastern',
  'western',
  'northern',
  'southern',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'central',
  'downtown',
]);

/**
 * Singular kinds of place an object may call the place by ("the town of X", "the strategic district of X"): the
 * place is then the whole object. With "control" ("took control of X").
 */
export const WHOLE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'control',
  'town',
  'city',
  'village',
  'district',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'province',
  'region',
  'capital',
  'stronghold',
  'base',
  'airbase',
  'airport',
  'port',
  'hill',
]);

/** Trigger words of an advance, not a taking: their place is never the whole object ("advanced", "made gains"). */
export const ADVANCE_TRIGGER_WORDS: ReadonlySet<string> = new Set([
  'advanced',
  'advance',
  'advancing',
  'advances',
  'pushed',
  'pushing',
  'moved',
  'swept',
  'made',
  'making',
  'make',
  'rolled',
  'roll',
  'rolling',
  'reversed',
]);

/** Verbs whose subject is the place taken ("X fell to the rebels"). */
export const FALL_VERBS: ReadonlySet<string> = new Set(['fell', 'fall', 'falls', 'fallen', 'falling']);
