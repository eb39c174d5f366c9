import { TIME_UNITS } from '../../lang/en/time-period-words.js';
import { addDays, type DateRange, type IsoDate } from '../../model/date.js';
import { addMonths, dayRange, isoWeek, monthRange, monthValue, range, yearRange, ymd } from './calendar.js';

/** A TIMEX3 duration value: `P5Y`, `PT3H`, `PXD` (n null = a vague count); decades as years (`P20Y`). */
export const durationValue = (n: number | null, unit: string): string => {
  if (unit === 'decade') return n === null ? 'PXDE' : `P${n * 10}Y`;
  const u = TIME_UNITS[unit] ?? { timex: 'D', time: false };
  return `P${u.time ? 'T' : ''}${n ?? 'X'}${u.timex}`;
};

/** The calendar quarter (1–4) of a date. */
export const quarterOf = (d: IsoDate): number => Math.ceil(ymd(d).m / 3);

/** A quarter as TIMEX3 value and range. */
export const quarterValue = (y: number, q: number): { value: string; range: DateRange } => {
  const first = monthRange(y, q * 3 - 2).start;
  return { value: `${y}-Q${q}`, range: range(first, monthRange(y, q * 3).end, 'month') };
};

/** The period `n` units back from the reference, at the unit's granularity ("two weeks ago" → a week). */
export const unitsBack = (ref: IsoDate, n: number, unit: string): { value: string; range: DateRange } => {
  const r = ymd(ref);
  if (unit === 'year') return { value: String(r.y - n), range: yearRange(r.y - n) };
  if (unit === 'decade') {
    const y = r.y - 10 * n;
    return { value: String(y).slice(0, 3), range: range(yearRange(y).start, yearRange(y).end, 'year') };
  }
  if (unit === 'month') {
    const t = addMonths(r.y, r.m, -n);
    return { value: monthValue(t.y, t.m), range: monthRange(t.y, t.m) };
  }
  if (unit === 'quarter') {
    const t = addMonths(r.y, r.m, -3 * n);
    return quarterValue(t.y, Math.ceil(t.m / 3));
  }
  if (unit === 'week') return isoWeek(addDays(ref, -7 * n));
  const day = addDays(ref, unit === 'day' ? -n : 0);
  return { value: day, range: dayRange(day) };
};
