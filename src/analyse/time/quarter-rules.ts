import { TIME_QUARTERS } from '../../lang/en/time-anchor-words.js';
import { alternation } from '../../lang/word-alternation.js';
import { yearRange, ymd } from './calendar.js';
import { matchAll, type TimeRule } from './time-candidate.js';
import { quarterOf, quarterValue } from './timex-value.js';

const ORDINAL = alternation(Object.keys(TIME_QUARTERS));
const WHICH_YEAR = `this\\s+year's|last\\s+year's|next\\s+year's|the\\s+year-(?:earlier|ago)|the\\s+same|the`;
const QUARTER = new RegExp(
  `(?<![\\w-])(?:(${WHICH_YEAR})\\s+)?(?:fiscal\\s+)?(${ORDINAL})[-\\s]+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(\\d{4}|this\\s+year|last\\s+year))?(?![\\w-])`,
  'gi',
);
const THE_QUARTER =
  /(?<![\w-])(?:the\s+(?:(latest|last|past|most\s+recent|current|year-earlier|year-ago|same)\s+)?(?:fiscal\s+)?quarter|(?:the\s+)?(year-earlier|year-ago)(?:\s+(?:quarter|period))?|this\s+quarter)(?![\w-])/gi;
const FISCAL = /(?<![\w-])fiscal\s+((?:19|20)\d\d)(?![\w-])/gi;

const offsetOf = (which: string): number =>
  /last|year-(?:earlier|ago)/i.test(which) ? -1 : /next/i.test(which) ? 1 : 0;

/** "the third quarter", "third-quarter", "the fourth quarter of 2005": TIMEX3 `YYYY-Qn`. */
const quarter: TimeRule = (text, offset, ref) =>
  matchAll(
    QUARTER,
    text,
    (m) => {
      const q = TIME_QUARTERS[(m[2] ?? '').toLowerCase()] ?? 1;
      const of = m[3] ?? '';
      let y: number | null = /^\d{4}$/.test(of) ? Number(of) : null;
      if (y === null && ref) {
        const r = ymd(ref);
        // A later quarter than the reference's, with no year, is last year's.
        y =
          r.y +
          offsetOf(`${m[1] ?? ''} ${of}`) -
          (of === '' && !m[1]?.includes('year') && q > quarterOf(ref) ? 1 : 0);
      }
      const base = { type: 'DATE' as const, rule: 'quarter', confidence: 0.85, priority: 3 };
      return y === null ? { ...base, value: `XXXX-Q${q}`, range: null } : { ...base, ...quarterValue(y, q) };
    },
    offset,
  );

/** "the quarter", "the latest quarter", "the year-earlier period": the last completed quarter (or a year before). */
const theQuarter: TimeRule = (text, offset, ref) =>
  matchAll(
    THE_QUARTER,
    text,
    (m) => {
      const which = (m[1] ?? m[2] ?? (m[0].startsWith('this') ? 'current' : '')).toLowerCase();
      const base = { type: 'DATE' as const, rule: 'the-quarter', confidence: 0.7, priority: 3 };
      if (!ref) return { ...base, value: 'XXXX-QX', range: null };
      const r = ymd(ref);
      const current = which === 'current';
      const prev = current ? quarterOf(ref) : quarterOf(ref) - 1;
      const y = r.y - (prev === 0 ? 1 : 0) + (which.startsWith('year-') ? -1 : 0);
      return { ...base, ...quarterValue(y, prev === 0 ? 4 : prev) };
    },
    offset,
  );

/** "fiscal 1989": the (fiscal) year. */
const fiscal: TimeRule = (text, offset) =>
  matchAll(
    FISCAL,
    text,
    (m) => ({
      type: 'DATE',
      value: m[1] ?? '',
      range: yearRange(Number(m[1])),
      rule: 'fiscal-year',
      confidence: 0.85,
      priority: 3,
    }),
    offset,
  );

export const QUARTER_RULES: readonly TimeRule[] = [quarter, theQuarter, fiscal];
