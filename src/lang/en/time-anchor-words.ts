/** Vague deictic words → TIMEX3 values (TimeML: "recently" PAST_REF, "soon" FUTURE_REF, "current" PRESENT_REF). */
export const TIME_REF_WORDS: Readonly<Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'>> = {
  recently: 'PAST_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  current: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
};

/** Words that put a clause in the future: a bare weekday or month after them is the coming one. */
export const TIME_FUTURE_CUES: readonly string[] = [
  'will',
  "'ll",
  'shall',
  'going to',
  'scheduled',
  'is due',
  'are due',
  'is expected to',
  'are expected to',
  'plans to',
  'plan to',
  'planned for',
  'set to',
  'to be held',
  'upcoming',
];

/** Quarter ordinals ("third-quarter", "the 3rd quarter") → quarter number. */
export const TIME_QUARTERS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Vague counts of units ("several years", "a few days") → TIMEX3 X. */
export const TIME_VAGUE_COUNTS: readonly string[] = [
  'several',
  'a few',
  'few',
  'many',
  'some',
  'a couple of',
  'couple of',
];

/** Hedges that TimeML keeps inside a duration's span ("nearly two years", "more than four hours"). */
export const TIME_DURATION_MODIFIERS: readonly string[] = [
  'about',
  'nearly',
  'almost',
  'more than',
  'less than',
  'fewer than',
  'over',
  'under',
  'at least',
  'at most',
  'roughly',
  'approximately',
  'around',
  'some',
  'just',
  'only',
  'barely',
  'up to',
];

/** Words before a count of units that belong to a TimeML duration span ("the first nine months"). */
export const TIME_DURATION_DETERMINERS: readonly string[] = [
  'the first',
  'the last',
  'the final',
  'the',
  'the same',
  'the initial',
];

/** Seasons → TIMEX3 season codes. */
export const TIME_SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Nouns after a bare four-digit number that make it a count, not a year ("2000 people"). */
export const TIME_NOT_YEAR_NOUNS: readonly string[] = [
  'people',
  'persons',
  'troops',
  'soldiers',
  'fighters',
  'civilians',
  'children',
  'men',
  'women',
  'deaths',
  'dead',
  'cases',
  'homes',
  'houses',
  'families',
  'refugees',
  'points',
  'shares',
  'employees',
  'workers',
  'jobs',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'feet',
  'tons',
  'tonnes',
  'barrels',
  'dollars',
  'euros',
  'pounds',
];

/** A day word before a part of the day ("this morning", "yesterday evening") → days from the reference. */
export const TIME_DAY_WORDS: Readonly<Record<string, number>> = {
  this: 0,
  today: 0,
  yesterday: -1,
  tomorrow: 1,
};
