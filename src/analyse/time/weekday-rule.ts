import {
  TIME_MONTHS,
  TIME_PARTS_OF_DAY,
  TIME_WEEKDAY_SHIFTS,
  TIME_WEEKDAYS,
} from '../../lang/en/time-calendar-words.js';
import { type IsoDate, isoDate } from '../../model/date.js';
import { dayRange, dayValue, weekdayNear, yearForMonth, yearForWeekday, ymd } from './calendar.js';
import { alternation, matchAll, type TimeRule } from './time-candidate.js';

const MONTH = alternation(Object.keys(TIME_MONTHS));
const DATE = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?|(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?`;
const RE = new RegExp(
  `(?<![\\w-])(?:(${alternation(Object.keys(TIME_WEEKDAY_SHIFTS))})\\s+)?(${alternation(Object.keys(TIME_WEEKDAYS))})(?![\\w-])` +
    `(?:\\s*\\(\\s*${DATE}\\s*\\)|,?\\s+(?:the\\s+)?${DATE})?` +
    `(?:\\s+(${alternation(Object.keys(TIME_PARTS_OF_DAY))})\\b)?`,
  'g',
);

/**
 * A weekday: alone or "on Friday" it is the most recent such day on or before the reference date; "last"
 * and "next" move it; with a date beside it ("Saturday (26 November)") it is that date, the year chosen so
 * the weekday fits.
 */
export const weekdayRule: TimeRule = (text, offset, ref) => matchAll(RE, text, (m) => build(m, ref), offset);

const build = (m: RegExpExecArray, ref: IsoDate | null) => {
  const wd = TIME_WEEKDAYS[m[2] ?? ''] ?? 0;
  const dayText = m[3] ?? m[6] ?? m[8] ?? m[11];
  const monthText = m[4] ?? m[5] ?? m[9] ?? m[10];
  const yearText = m[7] ?? m[12];
  const part = m[13] ? TIME_PARTS_OF_DAY[m[13].toLowerCase()] : undefined;
  const withPart = (date: string) => ({
    type: part ? ('TIME' as const) : ('DATE' as const),
    value: part ? `${date}T${part}` : date,
  });
  if (dayText !== undefined && monthText !== undefined) {
    const mo = TIME_MONTHS[monthText] ?? 1;
    const d = Number(dayText);
    if (d < 1 || d > 31) return null;
    const y = yearText
      ? Number(yearText)
      : ref
        ? (yearForWeekday(ref, mo, d, wd) ?? yearForMonth(ref, mo))
        : null;
    const fits = y !== null && yearText === undefined && ref !== null && yearForWeekday(ref, mo, d, wd) === y;
    return {
      ...withPart(dayValue(y, mo, d)),
      range: y === null ? null : dayRange(isoDate(y, mo, d)),
      rule: 'weekday-with-date',
      confidence: fits || yearText ? 0.95 : 0.75,
      priority: 3,
    };
  }
  const shift = m[1] ? TIME_WEEKDAY_SHIFTS[m[1].toLowerCase()] : undefined;
  if (!ref)
    return {
      ...withPart(`XXXX-WXX-${wd === 0 ? 7 : wd}`),
      range: null,
      rule: 'weekday',
      confidence: 0.8,
      priority: 3,
    };
  const date = weekdayNear(ref, wd, shift ?? 'onOrBefore');
  const { y, m: mo, d } = ymd(date);
  return {
    ...withPart(dayValue(y, mo, d)),
    range: dayRange(date),
    rule: shift ? `weekday-${shift}` : 'weekday',
    confidence: 0.85,
    priority: 3,
  };
};
