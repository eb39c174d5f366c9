/**
 * Parts of a period. Month parts are day ranges (early 1–10, mid 11–20, late 21–end), year parts are month
 * ranges (early Jan–Apr, mid May–Aug, late Sep–Dec). The TIMEX3 value stays the whole month / year (TimeML
 * would add mod=START|MID|END); the range carries the part, at the precision of the period named.
 */
export const TIME_PERIOD_PARTS: Readonly<
  Record<string, { readonly days: readonly [number, number]; readonly months: readonly [number, number] }>
> = {
  early: { days: [1, 10], months: [1, 4] },
  'the beginning of': { days: [1, 10], months: [1, 4] },
  'the start of': { days: [1, 10], months: [1, 4] },
  mid: { days: [11, 20], months: [5, 8] },
  'the middle of': { days: [11, 20], months: [5, 8] },
  late: { days: [21, 31], months: [9, 12] },
  'the end of': { days: [21, 31], months: [9, 12] },
};

/** Calendar units of relative periods ("last week", "this year") and durations ("five days"). */
export const TIME_UNITS: Readonly<Record<string, { readonly timex: string; readonly time: boolean }>> = {
  minute: { timex: 'M', time: true },
  hour: { timex: 'H', time: true },
  day: { timex: 'D', time: false },
  week: { timex: 'W', time: false },
  month: { timex: 'M', time: false },
  year: { timex: 'Y', time: false },
  decade: { timex: 'DE', time: false },
  quarter: { timex: 'Q', time: false },
};

/** Words for "the time of the report" → TIMEX3 PRESENT_REF. */
export const TIME_PRESENT_WORDS: readonly string[] = [
  'now',
  'currently',
  'at present',
  'presently',
  'at the moment',
  'right now',
  'nowadays',
];

/** The night before the reference date: value = previous day, range previous day … reference day. */
export const TIME_NIGHT_WORDS: readonly string[] = ['overnight', 'last night'];

/** "in recent days" style windows ending at the reference: TIMEX3 DURATION PX<unit> (a vague number of units). */
export const TIME_RECENT_LOOKBACK_DAYS: Readonly<Record<string, number>> = {
  day: 7,
  week: 28,
  month: 92,
  year: 730,
};

/** Frequency words → TIMEX3 SET value. */
export const TIME_SET_WORDS: Readonly<Record<string, string>> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
};
