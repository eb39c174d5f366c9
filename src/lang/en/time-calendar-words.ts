/** Month names and abbreviations → month number (1–12). Matched case-sensitively with a capital. */
export { MONTH_NAMES as TIME_MONTHS } from './calendar-words.js';

/** Full weekday names only (abbreviations like "Sat" are too ambiguous in running text) → 0 (Sunday) … 6 (Saturday), as `weekday()` in src/model/date.ts counts. */
export const TIME_WEEKDAYS: Readonly<Record<string, number>> = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
};

/** Parts of the day after a weekday ("Friday night") → TIMEX3 part-of-day suffix. */
export const TIME_PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/** Words before a weekday that move it off "the most recent such day on or before the reference". */
export const TIME_WEEKDAY_SHIFTS: Readonly<Record<string, 'last' | 'next'>> = {
  last: 'last',
  past: 'last',
  next: 'next',
  coming: 'next',
  'this coming': 'next',
};
