import {
  TIME_DURATION_DETERMINERS,
  TIME_DURATION_MODIFIERS,
  TIME_NOT_YEAR_NOUNS,
  TIME_VAGUE_COUNTS,
} from '../../lang/en/time-anchor-words.js';
import { TIME_SET_WORDS, TIME_UNITS } from '../../lang/en/time-period-words.js';
import { TIME_YEAR_CONTEXT_WORDS } from '../../lang/en/time-relation-cues.js';
import { alternation } from '../../lang/word-alternation.js';
import { range, yearRange } from './calendar.js';
import { SMALL_NUMBER_PATTERN, smallNumberValue } from './number-word-value.js';
import { matchAll, type TimeRule } from './time-candidate.js';
import { durationValue } from './timex-value.js';

// "a quarter", "three-quarters" are fractions: quarters count only in period rules ("the past two quarters").
const UNIT = Object.keys(TIME_UNITS)
  .filter((u) => u !== 'quarter')
  .join('|');
// TimeML keeps hedges and determiners inside a duration ("nearly two years", "the first nine months").
const LEAD = `(?:(?:${alternation(TIME_DURATION_DETERMINERS)})\\s+)?(?:(?:${alternation(TIME_DURATION_MODIFIERS)})\\s+)?`;
const DURATION = new RegExp(
  `(?<![\\w-])${LEAD}(${SMALL_NUMBER_PATTERN}|an?|${alternation(TIME_VAGUE_COUNTS)})(?:\\s+(?:to|or)\\s+${SMALL_NUMBER_PATTERN})?[-\\s](${UNIT})s?(?:-long)?(?![\\w])(?![-\\s]+old\\b|\\s+(?:ago|earlier)\\b)`,
  'gi',
);
/** "for years", "over decades": a vague count of units after a preposition of extent. */
const PLURAL = new RegExp(`(?<=\\b(?:for|over|in|within)\\s+)(${UNIT})s(?![\\w-])`, 'gi');
const SET = new RegExp(
  `(?<![\\w-])(?:(?:every|each)\\s+(?:(${SMALL_NUMBER_PATTERN})\\s+)?(${UNIT}|night|morning)s?|(${alternation(Object.keys(TIME_SET_WORDS))}))(?![\\w-])`,
  'gi',
);
const YEAR = new RegExp(
  `(?<![\\w-])(${alternation(TIME_YEAR_CONTEXT_WORDS)})\\s+((?:1[89]|20)\\d\\d)(?![\\w-]|,\\d|\\.\\d)`,
  'gi',
);

/** "for years", "for decades": PXY, PXDE. */
const plural: TimeRule = (text, offset) =>
  matchAll(
    PLURAL,
    text,
    (m) => ({
      type: 'DURATION',
      value: durationValue(null, (m[1] ?? '').toLowerCase()),
      range: null,
      rule: 'vague-duration',
      confidence: 0.7,
      priority: 1,
    }),
    offset,
  );
const timex = (unit: string) => TIME_UNITS[unit] ?? { timex: 'D', time: false };

/** "five days", "a five-year war", "24 hours": a DURATION; loses any overlap ("two years ago" is a date). */
const duration: TimeRule = (text, offset) =>
  matchAll(
    DURATION,
    text,
    (m) => {
      const q = (m[1] ?? '').toLowerCase();
      const vague = /^(?:a\s+)?(?:few|several|many|some|couple)/.test(q) || /\s(?:to|or)\s/i.test(m[0]);
      const n = q === 'a' || q === 'an' ? 1 : smallNumberValue(q);
      if (n === null && !vague) return null;
      return {
        type: 'DURATION',
        value: durationValue(vague ? null : n, (m[2] ?? '').toLowerCase()),
        range: null,
        rule: 'duration',
        confidence: 0.8,
        priority: 1,
      };
    },
    offset,
    adjectivalStart,
  );

/** "the more than five-year war": an adjectival (hyphenated) duration is those words alone. */
const adjectivalStart = (m: RegExpExecArray): number => {
  const at = m[0].toLowerCase().lastIndexOf(`${(m[1] ?? '').toLowerCase()}-${(m[2] ?? '').toLowerCase()}`);
  return m.index + Math.max(at, 0);
};

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
const BARE_YEAR = new RegExp(
  `(?<![\\w$£€/-]|\\d[,.]|[Nn]o\\.\\s)((?:19|20)\\d\\d)(?![\\w%-]|[,.]\\d|\\s+(?:${alternation(TIME_NOT_YEAR_NOUNS)})\\b)`,
  'g',
);
const DECADE = /(?<![\w-])(?:(?:the\s+)?(?:early|mid|late)[-\s]+)?((?:1[89]|20)\d)0s(?![\w-])/gi;
/** A bare year ("profits rose in the 1989 period", "1987"): weaker than a year after a preposition. */
const bareYear: TimeRule = (text, offset) =>
  matchAll(
    BARE_YEAR,
    text,
    (m) => {
      const y = Number(m[1]);
      return {
        type: 'DATE',
        value: String(y),
        range: yearRange(y),
        rule: 'bare-year',
        confidence: 0.7,
        priority: 1,
      };
    },
    offset,
  );
/** "the 1990s", "the late 1970s": a decade (TIMEX3 `197`). */
const decade: TimeRule = (text, offset) =>
  matchAll(
    DECADE,
    text,
    (m) => {
      const y = Number(`${m[1]}0`);
      return {
        type: 'DATE',
        value: m[1] ?? '',
        range: range(yearRange(y).start, yearRange(y + 9).end, 'year'),
        rule: 'decade',
        confidence: 0.85,
        priority: 3,
      };
    },
    offset,
  );
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

export const DURATION_RULES: readonly TimeRule[] = [duration, plural, set, year, bareYear, decade];
