/**
 * Time words that can cling to a source phrase without naming who speaks: a live blog's clock stamp before it
 * ("12:01 P.M. Prime Minister Benjamin Netanyahu said"), a day after it ("India's health ministry on Tuesday
 * said"). Data only; read by src/analyse/attribution/trim-source.ts.
 */

/** Time zones written after a clock time ("10:42 GMT"). */
export const SOURCE_CLOCK_ZONES: readonly string[] = [
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EET',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'ET',
  'CT',
  'MT',
  'PT',
  'IST',
  'AEST',
  'AEDT',
  'JST',
  'local time',
];

/** Words before a weekday that keep it a time ("early Monday", "on Friday"). */
export const SOURCE_DAY_LEADS: readonly string[] = [
  'on',
  'early',
  'late',
  'last',
  'this',
  'earlier',
  'later',
];

/** Parts of a day after a weekday ("Tuesday morning"). */
export const SOURCE_DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/** Days named without a weekday ("officials yesterday said"). */
export const SOURCE_DEICTIC_DAYS: readonly string[] = ['yesterday', 'today', 'tonight', 'overnight'];

/** Weekdays as sources write them: full names only ("The Sun" and "Sat." name other things too). */
export const SOURCE_WEEKDAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
