/**
 * Nouns that tell a happening only of a named person ("Maria Lopez's death", "the death of Maria Lopez"), not
 * as a kind, a punishment or a count ("sentenced to death", "the death penalty", "death row", "the death toll").
 */

/** Phrases of a sentence that make it about a punishment or a count: no such noun in it tells a happening. */
export const NAMED_PATIENT_EXCLUDED_PHRASES: readonly string[] = [
  'sentenced to death',
  'sentence of death',
  'death sentence',
  'death sentences',
  'death penalty',
  'death row',
  'death toll',
];

/** Words after the noun that make it a modifier of another head ("death threats", "a death squad"). */
export const NAMED_PATIENT_NEXT_HEADS: ReadonlySet<string> = new Set([
  'threat',
  'threats',
  'squad',
  'squads',
  'certificate',
  'certificates',
  'sentence',
  'sentences',
  'penalty',
  'row',
  'toll',
  'camp',
  'camps',
  'march',
  'knell',
  'trap',
  'wish',
]);

/** The word between the noun and the name it is of ("the death of X"). */
export const NAMED_PATIENT_OF = 'of';

/** Words between such a noun and a time of its own after it ("his death on Friday", "the death in 1957"). */
export const NAMED_PATIENT_TIME_LINKS: readonly string[] = ['on', 'in', 'at', 'during'];
