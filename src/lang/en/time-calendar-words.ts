/** Month names and abbreviations → month number (1–12). Matched case-sensitively with a capital. */
export const TIME_MONTHS: Readonly<Record<string, number>> = {
  January: 1,
  Jan: 1,
  February: 2,
  Feb: 2,
  March: 3,
  Mar: 3,
  April: 4,
  Apr: 4,
  May: 5,
  June: 6,
  Jun: 6,
  July: 7,
  Jul: 7,
  August: 8,
  Aug: 8,
  September: 9,
  Sept: 9,
  Sep: 9,
  October: 10,
  Oct: 10,
  November: 11,
  Nov: 11,
  December: 12,
  Dec: 12,
};

/** Weekday names → 0 (Sunday) … 6 (Saturday), as `weekday()` in src/model/date.ts counts. */
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
