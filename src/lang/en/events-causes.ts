import type { EventType } from '../../model/event-type.js';

/**
 * Words the events stage reads to find who caused a casualty: the perpetrator of deaths is often named in a causal
 * phrase after the trigger rather than as its subject ("killed in the government's assault", "killed by rebel
 * fire", "died in regime shelling of X"), and is then the actor of the attack that phrase names.
 */

/** Event types whose actor may be the actor of the attack named in a causal phrase after the trigger. */
export const CAUSED_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'casualties',
  'attack_on_civilians',
  'destruction',
]);

/** Event types whose trigger may head such a causal phrase ("in air strikes", "during shelling"). */
export const ATTACK_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'armed_clash',
  'air_strike',
  'shelling',
  'explosion',
  'chemical_attack',
  'attack_on_civilians',
]);

/** Prepositions opening a causal phrase after a casualty trigger ("killed in …", "by …", "during …"). */
export const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'by',
  'during',
  'from',
  'amid',
  'under',
]);

/**
 * Attack nouns that head a causal phrase without being event triggers themselves ("killed in an attack by X",
 * "died under bombardment"): their actors are read as a noun trigger's would be.
 */
export const CAUSE_NOUNS: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'bombardment',
  'bombardments',
  'fire',
  'gunfire',
  'shellfire',
  'strike',
  'strikes',
  'ambush',
  'ambushes',
  'onslaught',
  'assaults',
  'offensives',
  'operation',
  'operations',
  'campaign',
  'crackdown',
]);

/**
 * Verb triggers whose subject undergoes the event ("Three fighters died"): like a passive verb, their subject is
 * a target, never the actor.
 */
export const UNDERGOER_VERBS: ReadonlySet<string> = new Set(['died', 'die', 'dies', 'dying']);

/** Noun triggers that, after a form of "be", tell what befell the subject ("X was dead"): it is their target. */
export const UNDERGOER_PREDICATES: ReadonlySet<string> = new Set(['dead']);

/** Event types with two sides, each an actor (ACLED's actor 1 and actor 2 of a battle). */
export const PARTNER_TYPES: ReadonlySet<EventType> = new Set<EventType>(['armed_clash']);

/**
 * Words right after such a trigger that introduce its other sides ("clashes between X and Y", "clashed with X",
 * "fighting against X").
 */
export const PARTNER_PREPOSITIONS: ReadonlySet<string> = new Set(['between', 'with', 'against']);

/** Words that may stand between the sides a partner preposition lists ("between the YPG and rebels"). */
export const PARTNER_JOINERS: ReadonlySet<string> = new Set(['and', ',', 'the', 'both']);

/** Event types done to someone: a name right before the trigger read as a noun is the victim ("the X killing"). */
export const VICTIM_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'casualties',
  'attack_on_civilians',
  'abduction',
  'arrest',
]);
