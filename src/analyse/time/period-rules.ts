import { TIME_MONTHS } from '../../lang/en/time-calendar-words.js';
import {
  TIME_NIGHT_WORDS,
  TIME_PERIOD_PARTS,
  TIME_PRESENT_WORDS,
  TIME_RECENT_LOOKBACK_DAYS,
  TIME_UNITS,
} from '../../lang/en/time-period-words.js';
import { alternation } from '../../lang/word-alternation.js';
import { addDays, type DatePrecision, type IsoDate, isoDate } from '../../model/date.js';
import {
  addMonths,
  dayRange,
  isoWeek,
  monthRange,
  monthValue,
  range,
  yearForMonth,
  yearRange,
  ymd,
} from './calendar.js';
import { SMALL_NUMBER_PATTERN, smallNumberValue } from './number-word-value.js';
import { matchAll, type TimeRule } from './time-candidate.js';
import { durationValue } from './timex-value.js';

const MONTH = alternation(Object.keys(TIME_MONTHS));
const word = (alts: string) => new RegExp(`(?<![\\w-])(?:${alts})(?![\\w-])`, 'gi');
const NIGHT = word(alternation(TIME_NIGHT_WORDS));
const PRESENT = word(alternation(TIME_PRESENT_WORDS));
const PART = new RegExp(
  // "early Jan. 6" is a day: a day number after the month (not "late December 12 years ago") leaves it to the
  // date rules.
  `(?<![\\w-])(${alternation(Object.keys(TIME_PERIOD_PARTS))})[-\\s]+(?:(${MONTH})(?:,?\\s+(\\d{4}))?|(\\d{4}))(?![\\w-])(?!\\.?\\s+\\d{1,2}(?!\\d|\\s+(?:${Object.keys(TIME_UNITS).join('|')})s?\\b))`,
  'g',
);
const CALENDAR_UNIT = 'week|month|year';
const RELATIVE = new RegExp(
  `(?<![\\w-])(?:(earlier|later)\\s+)?(this|last|next|previous)\\s+(${CALENDAR_UNIT})(?![\\w-])`,
  'gi',
);
const PAST_N = new RegExp(
  `(?<![\\w-])(?:the\\s+)?(past|last|previous|next|coming|following)\\s+(?:(few|several|couple\\s+of|${SMALL_NUMBER_PATTERN})\\s+)?(${Object.keys(TIME_UNITS).join('|')})(s?)(?![\\w-])`,
  'gi',
);
/** Words that make a span ending (starting) at the reference with no number: "the past week", "the coming months". */
const SPAN_LEADS = /^(?:past|coming)$/i;
const RECENT = new RegExp(
  `(?<![\\w-])recent\\s+(${Object.keys(TIME_RECENT_LOOKBACK_DAYS).join('|')})s(?![\\w-])`,
  'gi',
);

const PRECISION: Readonly<Record<string, DatePrecision>> = {
  week: 'week',
  month: 'month',
  year: 'year',
  decade: 'year',
};

/** "overnight", "last night": the night before the reference — TIMEX3 `<previous day>TNI`, range previous day … reference. */
const night: TimeRule = (text, offset, ref) =>
  matchAll(
    NIGHT,
    text,
    () => {
      if (!ref)
        return {
          type: 'TIME',
          value: 'XXXX-XX-XXTNI',
          range: null,
          rule: 'overnight',
          confidence: 0.8,
          priority: 3,
        };
      const prev = addDays(ref, -1);
      return {
        type: 'TIME',
        value: `${prev}TNI`,
        range: range(prev, ref, 'day'),
        rule: 'overnight',
        confidence: 0.85,
        priority: 3,
      };
    },
    offset,
  );

/** "now", "currently": TIMEX3 PRESENT_REF, anchored on the reference day. */
const present: TimeRule = (text, offset, ref) =>
  matchAll(
    PRESENT,
    text,
    () => ({
      type: 'DATE',
      value: 'PRESENT_REF',
      range: ref ? dayRange(ref) : null,
      rule: 'present',
      confidence: 0.9,
      priority: 3,
    }),
    offset,
  );

/** "mid-November", "late 2015", "the end of March 2011". */
const partOfPeriod: TimeRule = (text, offset, ref) =>
  matchAll(
    PART,
    text,
    (m) => {
      const part = TIME_PERIOD_PARTS[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
      if (!part) return null;
      if (m[4]) {
        const y = Number(m[4]);
        return {
          type: 'DATE',
          value: String(y),
          range: yearRange(y, part.months),
          rule: 'part-of-year',
          confidence: 0.9,
          priority: 3,
        };
      }
      const mo = TIME_MONTHS[m[2] ?? ''] ?? 1;
      const y = m[3] ? Number(m[3]) : ref ? yearForMonth(ref, mo) : null;
      return {
        type: 'DATE',
        value: y === null ? `XXXX-${String(mo).padStart(2, '0')}` : monthValue(y, mo),
        range: y === null ? null : monthRange(y, mo, part.days),
        rule: 'part-of-month',
        confidence: 0.9,
        priority: 3,
      };
    },
    offset,
  );

/** "this year", "last week", "earlier this month". */
const relativePeriod: TimeRule = (text, offset, ref) =>
  matchAll(
    RELATIVE,
    text,
    (m) => {
      const rel = (m[2] ?? '').toLowerCase();
      const unit = (m[3] ?? '').toLowerCase();
      const step = rel === 'this' ? 0 : rel === 'next' ? 1 : -1;
      const rule = `relative-${unit}`;
      if (!ref) {
        const value = unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX';
        return { type: 'DATE', value, range: null, rule, confidence: 0.8, priority: 3 };
      }
      const r = ymd(ref);
      let cand: { value: string; range: ReturnType<typeof yearRange> };
      if (unit === 'week') cand = isoWeek(addDays(ref, 7 * step));
      else if (unit === 'month') {
        const t = addMonths(r.y, r.m, step);
        cand = { value: monthValue(t.y, t.m), range: monthRange(t.y, t.m) };
      } else cand = { value: String(r.y + step), range: yearRange(r.y + step) };
      const side = (m[1] ?? '').toLowerCase();
      const span =
        side === 'earlier'
          ? range(cand.range.start, ref, cand.range.precision)
          : side === 'later'
            ? range(ref, cand.range.end, cand.range.precision)
            : cand.range;
      return { type: 'DATE', value: cand.value, range: span, rule, confidence: 0.9, priority: 3 };
    },
    offset,
  );

const back = (ref: IsoDate, n: number, unit: string): IsoDate => {
  const r = ymd(ref);
  if (unit === 'year' || unit === 'decade')
    return isoDate(r.y - n * (unit === 'decade' ? 10 : 1), r.m, Math.min(r.d, 28));
  if (unit === 'month') {
    const t = addMonths(r.y, r.m, -n);
    return isoDate(t.y, t.m, Math.min(r.d, 28));
  }
  const days = n * (unit === 'week' ? 7 : unit === 'day' ? 1 : 1 / 24);
  return addDays(ref, -(days < 0 ? Math.floor(days) : Math.ceil(days)));
};

/** "the past five years", "the next two weeks", "the past week": a DURATION ending (starting) at the reference. */
const pastN: TimeRule = (text, offset, ref) =>
  matchAll(
    PAST_N,
    text,
    (m) => {
      const forward = /^(?:next|coming|following)$/i.test(m[1] ?? '');
      const unit = (m[3] ?? '').toLowerCase();
      // No number: only "past"/"coming" ("last week" is a calendar week: relativePeriod); "the past week" is
      // one week, "the past weeks" a few.
      if (m[2] === undefined && !SPAN_LEADS.test(m[1] ?? '')) return null;
      const q = (m[2] ?? (m[4] === '' ? 'one' : 'few')).toLowerCase();
      const n = /^(few|several|couple)/.test(q) ? null : smallNumberValue(q);
      const lookback = n ?? (q.startsWith('couple') ? 2 : 3);
      const precision = PRECISION[unit] ?? 'day';
      const from = ref && (forward ? back(ref, -lookback, unit) : back(ref, lookback, unit));
      return {
        type: 'DURATION',
        value: durationValue(n, unit),
        range: ref && from ? (forward ? range(ref, from, precision) : range(from, ref, precision)) : null,
        rule: 'past-n-units',
        confidence: 0.9,
        priority: 3,
      };
    },
    offset,
  );

/** "in recent days/weeks": DURATION PXD / PXW (a vague number of units) ending at the reference. */
const recent: TimeRule = (text, offset, ref) =>
  matchAll(
    RECENT,
    text,
    (m) => {
      const unit = (m[1] ?? '').toLowerCase();
      return {
        type: 'DURATION',
        value: durationValue(null, unit),
        range: ref
          ? range(addDays(ref, -(TIME_RECENT_LOOKBACK_DAYS[unit] ?? 7)), ref, PRECISION[unit] ?? 'day')
          : null,
        rule: 'recent-units',
        confidence: 0.85,
        priority: 3,
      };
    },
    offset,
  );

export const PERIOD_RULES: readonly TimeRule[] = [
  night,
  present,
  partOfPeriod,
  relativePeriod,
  pastN,
  recent,
];
