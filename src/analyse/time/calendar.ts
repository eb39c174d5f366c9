import {
  addDays,
  type DatePrecision,
  type DateRange,
  type IsoDate,
  isoDate,
  weekday,
} from '../../model/date.js';

/** Calendar arithmetic for anchoring expressions on the reference date. All dates are UTC calendar days. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export const ymd = (s: IsoDate): Ymd => ({
  y: Number(s.slice(0, 4)),
  m: Number(s.slice(5, 7)),
  d: Number(s.slice(8, 10)),
});

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const range = (start: IsoDate, end: IsoDate, precision: DatePrecision): DateRange => ({
  start,
  end,
  precision,
});

export const dayRange = (s: IsoDate): DateRange => range(s, s, 'day');

export const monthValue = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

export const monthRange = (y: number, m: number, days: readonly [number, number] = [1, 31]): DateRange =>
  range(isoDate(y, m, days[0]), isoDate(y, m, Math.min(days[1], daysInMonth(y, m))), 'month');

export const yearRange = (y: number, months: readonly [number, number] = [1, 12]): DateRange =>
  range(isoDate(y, months[0], 1), isoDate(y, months[1], daysInMonth(y, months[1])), 'year');

/** Shift a month by n months, keeping the year right. */
export const addMonths = (y: number, m: number, n: number): { y: number; m: number } => {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
};

/** ISO 8601 week of a date, as a TIMEX3 value `YYYY-Www`, and its Monday…Sunday range. */
export const isoWeek = (s: IsoDate): { value: string; range: DateRange } => {
  const monday = addDays(s, -((weekday(s) + 6) % 7));
  const thursday = addDays(monday, 3);
  const y = ymd(thursday).y;
  const jan4 = isoDate(y, 1, 4);
  const week1Monday = addDays(jan4, -((weekday(jan4) + 6) % 7));
  const week = Math.round((Date.parse(monday) - Date.parse(week1Monday)) / 604_800_000) + 1;
  return { value: `${y}-W${pad(week)}`, range: range(monday, addDays(monday, 6), 'week') };
};

/** The weekday `wd` nearest the reference: on or before it (news default), strictly before, or strictly after. */
export const weekdayNear = (ref: IsoDate, wd: number, mode: 'onOrBefore' | 'last' | 'next'): IsoDate => {
  const back = (weekday(ref) - wd + 7) % 7;
  if (mode === 'onOrBefore') return addDays(ref, -back);
  if (mode === 'last') return addDays(ref, -(back === 0 ? 7 : back));
  return addDays(ref, (wd - weekday(ref) + 7) % 7 || 7);
};

/**
 * The year of a month named without one: within the eleven months before the reference month, the
 * reference month itself, or the month after it ("in September" in a December report is the past September;
 * "in January" is the coming one); in a future clause, the next such month.
 */
export const yearForMonth = (ref: IsoDate, m: number, future = false, day: number | null = null): number => {
  const r = ymd(ref);
  // In a future clause ("talks will resume on Jan. 2") the month is the next one on or after the reference.
  if (future) return m < r.m || (m === r.m && day !== null && day < r.d) ? r.y + 1 : r.y;
  const diff = m - r.m;
  if (diff > 1) return r.y - 1;
  if (diff < -10) return r.y + 1;
  return r.y;
};

/** The year in which day/month falls on weekday `wd`, nearest the reference (±1 year), or null. */
export const yearForWeekday = (ref: IsoDate, m: number, d: number, wd: number): number | null => {
  const y = ymd(ref).y;
  for (const cand of [yearForMonth(ref, m), y, y - 1, y + 1]) {
    if (d <= daysInMonth(cand, m) && weekday(isoDate(cand, m, d)) === wd) return cand;
  }
  return null;
};

export const dayValue = (y: number | null, m: number, d: number): string =>
  `${y === null ? 'XXXX' : pad(y, 4)}-${pad(m)}-${pad(d)}`;
