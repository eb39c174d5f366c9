/**
 * Words of a time or an addressee standing between a reporting cue and what it reports ("said that night to
 * reporters that …", "said last week that …", "said to reporters: …"). Data only; read by
 * src/analyse/attribution/cue-adjunct.ts.
 */

/** Words that make a time of the noun after them ("that night", "last week", "this morning"). */
export const ADJUNCT_TIME_LEADS: readonly string[] = ['that', 'this', 'last', 'next', 'the'];

/** Nouns of a time a cue may be said at ("that night", "last week", "the same day" takes 'same' first). */
export const ADJUNCT_TIME_NOUNS: readonly string[] = [
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'time',
];

/** Words between a time lead and its noun ("the same day", "the following week", "the previous night"). */
export const ADJUNCT_TIME_MODIFIERS: readonly string[] = ['same', 'following', 'next', 'previous', 'other'];

/** The preposition that opens an addressee after a cue ("said to reporters that …"). */
export const ADJUNCT_ADDRESSEE_PREPOSITION = 'to';

/** Words after "to" that make it an infinitive, not an addressee ("said to be", "said to have"). */
export const ADJUNCT_INFINITIVES: readonly string[] = ['be', 'have', 'been', 'do', 'make', 'take', 'get'];

/** Cues whose "to" names what they answer, not a listener ("responded to the charge that …"). */
export const ADJUNCT_TO_OBJECT_CUES: readonly string[] = [
  'responded',
  'responds',
  'respond',
  'replied',
  'replies',
  'reply',
  'reacted',
  'reacts',
  'react',
  'referred',
  'refers',
  'refer',
  'pointed',
  'points',
  'point',
  'alluded',
  'alludes',
  'objected',
  'objects',
  'agreed',
  'agrees',
  'agree',
];

/** Words that, standing alone after a cue, report nothing ("the authorities say otherwise", "he said so"). */
export const CONTENTLESS_OBJECTS: readonly string[] = ['otherwise', 'so', 'differently'];
