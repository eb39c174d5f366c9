import { TIME_DAY_WORDS } from '../../lang/en/time-anchor-words.js';
import { TIME_PARTS_OF_DAY } from '../../lang/en/time-calendar-words.js';
import { alternation } from '../../lang/word-alternation.js';
import { addDays, weekday } from '../../model/date.js';
import { dayRange, isoWeek, range } from './calendar.js';
import { futureClause } from './tense.js';
import { matchAll, type TimeRule } from './time-candidate.js';

const DAY_PART = new RegExp(
  `(?<![\\w-])(?:(?:(?:later|earlier)\\s+)?(${alternation(Object.keys(TIME_DAY_WORDS))})\\s+(${alternation(Object.keys(TIME_PARTS_OF_DAY))})|(tonight))(?![\\w-])`,
  'gi',
);
const WEEKEND = /(?<![\w-])(this|last|next|the|over\s+the)\s+weekend(?![\w-])/gi;

/** "this morning", "yesterday evening", "tonight": TIMEX3 TIME `<day>TMO|TAF|TEV|TNI`. */
const dayPart: TimeRule = (text, offset, ref) =>
  matchAll(
    DAY_PART,
    text,
    (m) => {
      const shift = m[3] ? 0 : (TIME_DAY_WORDS[(m[1] ?? '').toLowerCase()] ?? 0);
      const part = m[3] ? 'NI' : (TIME_PARTS_OF_DAY[(m[2] ?? '').toLowerCase()] ?? 'MO');
      const day = ref ? addDays(ref, shift) : null;
      return {
        type: 'TIME',
        value: `${day ?? 'XXXX-XX-XX'}T${part}`,
        range: day ? dayRange(day) : null,
        rule: 'day-part',
        confidence: 0.85,
        priority: 3,
      };
    },
    offset,
  );

/**
 * "this weekend", "last weekend", "over the weekend": TIMEX3 `YYYY-Www-WE`. A plain "the weekend" is the one
 * just past, or the coming one in a future clause.
 */
const weekend: TimeRule = (text, offset, ref) =>
  matchAll(
    WEEKEND,
    text,
    (m) => {
      const base = { type: 'DATE' as const, rule: 'weekend', confidence: 0.8, priority: 3 };
      if (!ref) return { ...base, value: 'XXXX-WXX-WE', range: null };
      const det = (m[1] ?? '').toLowerCase();
      const wd = weekday(ref);
      const inWeekend = wd === 0 || wd === 6;
      const future = det === 'next' || (det !== 'last' && futureClause(text, m.index, m.index + m[0].length));
      const back = det === 'last' || (!future && !inWeekend && det !== 'this');
      const week = isoWeek(addDays(ref, back ? -7 : future && det === 'next' ? 7 : 0));
      const saturday = addDays(week.range.start, 5);
      return { ...base, value: `${week.value}-WE`, range: range(saturday, addDays(saturday, 1), 'day') };
    },
    offset,
  );

export const DAY_PART_RULES: readonly TimeRule[] = [dayPart, weekend];
