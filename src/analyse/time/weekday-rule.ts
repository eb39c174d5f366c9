import {
  TIME_MONTHS,
  TIME_PARTS_OF_DAY,
  TIME_WEEKDAY_SHIFTS,
  TIME_WEEKDAYS,
} from '../../lang/en/time-calendar-words.js';
import { alternation } from '../../lang/word-alternation.js';
import { addDays, type IsoDate, isoDate } from '../../model/date.js';
import { dayRange, dayValue, weekdayNear, yearForMonth, yearForWeekday, ymd } from './calendar.js';
import { futureClause } from './tense.js';
import { matchAll, type TimeRule } from './time-candidate.js';

const MONTH = alternation(Object.keys(TIME_MONTHS));
const DATE = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?|(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?`;
// A clock time or "early"/"late" before the weekday belongs to the expression ("10 p.m. Wednesday").
const CLOCK = `(?:(early|late)\\s+|(noon|midnight|\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\.?)\\s+(?:on\\s+)?)?`;
const RE = new RegExp(
  `(?<![\\w-])${CLOCK}(?:(${alternation(Object.keys(TIME_WEEKDAY_SHIFTS))})\\s+)?(${alternation(Object.keys(TIME_WEEKDAYS))})(?![\\w-])` +
    `(?:\\s*\\(\\s*${DATE}\\s*\\)|,?\\s+(?:the\\s+)?${DATE})?` +
    `(?:\\s+(${alternation(Object.keys(TIME_PARTS_OF_DAY))})\\b)?`,
  'g',
);

/**
 * A weekday: alone or "on Friday" it is the most recent such day on or before the reference date; "last"
 * and "next" move it; with a date beside it ("Saturday (26 November)") it is that date, the year chosen so
 * the weekday fits.
 */
export const weekdayRule: TimeRule = (text, offset, ref) =>
  matchAll(
    RE,
    text,
    (m) => build(m.slice(2), clockOf(m[2]), ref, futureClause(text, m.index, m.index + m[0].length)),
    offset,
  );

/** "10 p.m." → "22:00", "noon" → "12:00", "midnight" → "24:00" (TimeML), else null. */
const clockOf = (s: string | undefined): string | null => {
  if (!s) return null;
  const t = s.toLowerCase();
  if (t === 'noon') return '12:00';
  if (t === 'midnight') return '24:00';
  const m = /^(\d{1,2})(?::(\d\d))?\s*([ap])/.exec(t);
  if (!m) return null;
  const h = (Number(m[1]) % 12) + (m[3] === 'p' ? 12 : 0);
  return `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
};

const build = (
  m: readonly (string | undefined)[],
  clock: string | null,
  ref: IsoDate | null,
  future: boolean,
) => {
  const wd = TIME_WEEKDAYS[m[2] ?? ''] ?? 0;
  const dayText = m[3] ?? m[6] ?? m[8] ?? m[11];
  const monthText = m[4] ?? m[5] ?? m[9] ?? m[10];
  const yearText = m[7] ?? m[12];
  const part = m[13] ? TIME_PARTS_OF_DAY[m[13].toLowerCase()] : undefined;
  const suffix = clock ?? part;
  const withPart = (date: string) => ({
    type: suffix ? ('TIME' as const) : ('DATE' as const),
    value: suffix ? `${date}T${suffix}` : date,
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
  // In a future clause ("will vote on Tuesday") a bare weekday is the coming one (today included).
  const date = shift
    ? weekdayNear(ref, wd, shift)
    : future
      ? weekdayNear(addDays(ref, -1), wd, 'next')
      : weekdayNear(ref, wd, 'onOrBefore');
  const { y, m: mo, d } = ymd(date);
  return {
    ...withPart(dayValue(y, mo, d)),
    range: dayRange(date),
    rule: shift ? `weekday-${shift}` : 'weekday',
    confidence: 0.85,
    priority: 3,
  };
};
