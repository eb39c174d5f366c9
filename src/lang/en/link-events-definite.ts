/**
 * What makes an event noun a definite telling of a happening the story already tells ("the shooting", "the
 * Nov. 1 shooting", "this attack"): a determiner, then at most DEFINITE_MAX_MODIFIERS lower-case words or date
 * words before the noun. Lower case.
 */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** At most this many words between the determiner and the event noun ("the deadly Nov. 1 shooting"). */
export const DEFINITE_MAX_MODIFIERS = 3;

/**
 * Modifiers that single out one happening among others of its kind ("the second shooting", "another attack",
 * "the earlier killing"): a noun so told is not the story's one event.
 */
export const DISTINGUISHING_MODIFIERS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'last',
  'latest',
  'next',
  'previous',
  'earlier',
  'later',
  'prior',
  'other',
  'another',
  'new',
  'recent',
  'similar',
  'separate',
  'same',
  'subsequent',
  'further',
  'each',
  'every',
  'such',
  'possible',
  'planned',
  'alleged',
  'attempted',
  'failed',
]);

/** Month words, full and abbreviated (with or without the dot): a date inside the phrase ("the Nov. 1 shooting"). */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january',
  'jan',
  'february',
  'feb',
  'march',
  'mar',
  'april',
  'apr',
  'may',
  'june',
  'jun',
  'july',
  'jul',
  'august',
  'aug',
  'september',
  'sept',
  'sep',
  'october',
  'oct',
  'november',
  'nov',
  'december',
  'dec',
]);
