import { TIME_SET_WORDS, TIME_UNITS } from '../../lang/en/time-period-words.js';
import { TIME_YEAR_CONTEXT_WORDS } from '../../lang/en/time-relation-cues.js';
import { yearRange } from './calendar.js';
import { SMALL_NUMBER_PATTERN, smallNumberValue } from './number-word-value.js';
import { alternation, matchAll, type TimeRule } from './time-candidate.js';

const UNIT = Object.keys(TIME_UNITS).join('|');
const DURATION = new RegExp(
  `(?<![\\w-])(${SMALL_NUMBER_PATTERN}|an?)[-\\s](${UNIT})s?(?:-long)?(?![\\w])(?![-\\s]+old\\b|\\s+(?:ago|earlier|later|before|after)\\b)`,
  'gi',
);
const SET = new RegExp(
  `(?<![\\w-])(?:(?:every|each)\\s+(?:(${SMALL_NUMBER_PATTERN})\\s+)?(${UNIT}|night|morning)s?|(${alternation(Object.keys(TIME_SET_WORDS))}))(?![\\w-])`,
  'gi',
);
const YEAR = new RegExp(
  `(?<![\\w-])(${alternation(TIME_YEAR_CONTEXT_WORDS)})\\s+((?:1[89]|20)\\d\\d)(?![\\w-]|,\\d|\\.\\d)`,
  'gi',
);

const timex = (unit: string) => TIME_UNITS[unit] ?? { timex: 'D', time: false };

/** "five days", "a five-year war", "24 hours": a DURATION; loses any overlap ("two years ago" is a date). */
const duration: TimeRule = (text, offset) =>
  matchAll(
    DURATION,
    text,
    (m) => {
      const q = (m[1] ?? '').toLowerCase();
      const n = q === 'a' || q === 'an' ? 1 : smallNumberValue(q);
      if (n === null) return null;
      const u = timex((m[2] ?? '').toLowerCase());
      return {
        type: 'DURATION',
        value: `P${u.time ? 'T' : ''}${n}${u.timex}`,
        range: null,
        rule: 'duration',
        confidence: 0.8,
        priority: 1,
      };
    },
    offset,
  );

/** "every day", "each week", "daily": a SET. */
const set: TimeRule = (text, offset) =>
  matchAll(
    SET,
    text,
    (m) => {
      if (m[3])
        return {
          type: 'SET',
          value: TIME_SET_WORDS[m[3].toLowerCase()] ?? 'P1D',
          range: null,
          rule: 'set',
          confidence: 0.85,
          priority: 3,
        };
      const unit = (m[2] ?? '').toLowerCase();
      const n = m[1] ? smallNumberValue(m[1]) : 1;
      const u = unit === 'night' || unit === 'morning' ? timex('day') : timex(unit);
      return {
        type: 'SET',
        value: `P${u.time ? 'T' : ''}${n ?? 1}${u.timex}`,
        range: null,
        rule: 'set',
        confidence: 0.9,
        priority: 3,
      };
    },
    offset,
  );

/** A year after a time preposition ("in 2011", "since 2012"): a bare four-digit number is otherwise left alone. */
const year: TimeRule = (text, offset) =>
  matchAll(
    YEAR,
    text,
    (m) => {
      const y = Number(m[2]);
      return {
        type: 'DATE',
        value: String(y),
        range: yearRange(y),
        rule: 'year',
        confidence: 0.9,
        priority: 2,
      };
    },
    offset,
    (m) => m.index + m[0].length - (m[2] ?? '').length,
  );

export const DURATION_RULES: readonly TimeRule[] = [duration, set, year];
