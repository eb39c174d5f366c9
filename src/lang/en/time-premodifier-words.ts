import { POSSESSIVE_DETERMINERS } from './possessive-determiners.js';

/**
 * Words around a time expression that make it premodify a noun ("the 1972 killing", "Tuesday's attack", "its
 * 2012 report"): the time then dates that noun's happening, not its clause's verb.
 */

/** Possessive endings: a time before one dates the noun after it ("last week's strike", "Israel's 2014 war"). */
export const TIME_POSSESSIVE_MARKERS: ReadonlySet<string> = new Set(["'s", '’s']);

/**
 * Possessive determiners (besides the tagger's DET): a date right after one, with a noun after it, premodifies that
 * noun ("his 2009 arrest").
 */
export const TIME_POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS);

/** Marks of a cut-off phrase: "about the 1972..." premodifies a noun the cut left out. */
export const TIME_CUT_MARKS: ReadonlySet<string> = new Set(['...', '…']);

/**
 * Prepositions that put a clause's happening inside the premodified noun's ("killed in Tuesday's attack", "decided
 * at last year's summit"): there the time dates the clause too. Others ("about the 1972 killing", "after the 2012
 * ceasefire") leave the clause undated by it.
 */
export const TIME_OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'during',
  'amid',
  'throughout',
]);
