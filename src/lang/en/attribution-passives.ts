/**
 * Passive cues whose grammatical subject is not the speaker. Data only; read by
 * src/analyse/attribution/read-passive-cue.ts (accusations: attribution-syntax.ts PASSIVE_TARGET_CUES).
 */

/**
 * Cue verbs that, passive and before "to", tell what unnamed others say of the subject ("North Korea is
 * estimated to have …", "the rebels are said to control …"): the subject is what is spoken of.
 */
export const PASSIVE_RAISING_CUES: ReadonlySet<string> = new Set([
  'estimated',
  'said',
  'reported',
  'alleged',
  'understood',
]);

/** Prepositions after a passive accusation that open what the accused is accused of ("accused of", "charged with"). */
export const PASSIVE_CHARGE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'over', 'with', 'in']);

/** The infinitive mark after a passive raising cue. */
export const PASSIVE_INFINITIVE = 'to';

/** Words that end an agent phrase after "by" ("accused by rebels of …", "blamed by Moscow for …"). */
export const PASSIVE_AGENT_STOPS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'that',
  'to',
  'in',
  'on',
  'over',
  'with',
  ',',
]);
