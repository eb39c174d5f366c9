import {
  TIME_DURATION_MODIFIERS,
  TIME_REF_WORDS,
  TIME_SEASONS,
  TIME_VAGUE_COUNTS,
} from '../../lang/en/time-anchor-words.js';
import { TIME_UNITS } from '../../lang/en/time-period-words.js';
import { alternation } from '../../lang/word-alternation.js';
import { range, yearRange, ymd } from './calendar.js';
import { SMALL_NUMBER_PATTERN, smallNumberValue } from './number-word-value.js';
import { matchAll, type TimeRule } from './time-candidate.js';
import { quarterOf, quarterValue, unitsBack } from './timex-value.js';

const UNIT = Object.keys(TIME_UNITS).join('|');
const AGO = new RegExp(
  `(?<![\\w-])(?:(?:${alternation(TIME_DURATION_MODIFIERS)})\\s+)?(${SMALL_NUMBER_PATTERN}|an?|${alternation(TIME_VAGUE_COUNTS)})\\s+(${UNIT})s?(?:\\s+or\\s+so)?\\s+(ago|earlier)(?![\\w-])`,
  'gi',
);
// "the past" but not "the past year" / "the past few weeks" (a period rule's).
const REF = new RegExp(
  `(?<![\\w-])(?:${alternation(Object.keys(TIME_REF_WORDS))})(?![\\w-])(?!\\s+(?:\\S+\\s+)?(?:${UNIT}|century|summer|winter|spring|fall)s?\\b)`,
  'gi',
);
const SEASON = new RegExp(
  `(?<![\\w-])(?:(this|last|next|the|early|late)\\s+)?(${alternation(Object.keys(TIME_SEASONS))})(?:\\s+of\\s+(\\d{4})|\\s+(\\d{4}))?(?![\\w-])(?!\\s+of\\s+(?!\\d))`,
  'gi',
);
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * "two years ago", "a year earlier", "several days ago": a DATE at the unit's granularity counted back from
 * the reference. In a sentence about quarterly results "a year ago" is the same quarter a year back (TimeML).
 */
const ago: TimeRule = (text, offset, ref) =>
  matchAll(
    AGO,
    text,
    (m) => {
      const q = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      const n = q === 'a' || q === 'an' ? 1 : smallNumberValue(q);
      const base = { type: 'DATE' as const, rule: 'units-ago', confidence: 0.85, priority: 3 };
      if (n === null) return { ...base, value: 'PAST_REF', range: null };
      if (!ref) return { ...base, value: 'XXXX-XX-XX', range: null };
      if (unit === 'hour' || unit === 'minute') return { ...base, value: ref, range: null };
      if (unit === 'year' && /\bquarter\b/i.test(text)) {
        const prev = quarterOf(ref) - 1;
        return { ...base, ...quarterValue(ymd(ref).y - n - (prev === 0 ? 1 : 0), prev === 0 ? 4 : prev) };
      }
      return { ...base, ...unitsBack(ref, n, unit) };
    },
    offset,
  );

/** "recently", "the future", "soon", "current": PAST_REF / FUTURE_REF / PRESENT_REF. */
const refWord: TimeRule = (text, offset, ref) =>
  matchAll(
    REF,
    text,
    (m) => {
      const value = TIME_REF_WORDS[m[0].toLowerCase().replace(/\s+/g, ' ')] ?? 'PRESENT_REF';
      return {
        type: 'DATE',
        value,
        range: value === 'PRESENT_REF' && ref ? range(ref, ref, 'day') : null,
        rule: 'ref-word',
        confidence: 0.75,
        priority: 3,
      };
    },
    offset,
  );

/** "last fall", "this summer", "winter 2015": a season (TIMEX3 `YYYY-SU`). A bare "fall" is a verb. */
const season: TimeRule = (text, offset, ref) =>
  matchAll(
    SEASON,
    text,
    (m) => {
      const det = (m[1] ?? '').toLowerCase();
      const code = TIME_SEASONS[(m[2] ?? '').toLowerCase()] ?? 'SU';
      const explicit = m[3] ?? m[4];
      if (!det && !explicit) return null;
      if (det === 'the' && !explicit) return null;
      let y: number | null = explicit ? Number(explicit) : null;
      if (y === null && ref) {
        const r = ymd(ref);
        const start = SEASON_START[code] ?? 6;
        const started = start <= r.m;
        y =
          det === 'last'
            ? started && start + 3 <= r.m
              ? r.y
              : r.y - 1
            : det === 'next' && started
              ? r.y + 1
              : r.y;
      }
      const start = SEASON_START[code] ?? 6;
      return {
        type: 'DATE',
        value: `${y ?? 'XXXX'}-${code}`,
        range: y === null ? null : yearRange(y, [start, Math.min(start + 2, 12)]),
        rule: 'season',
        confidence: 0.8,
        priority: 3,
      };
    },
    offset,
  );

export const DEICTIC_RULES: readonly TimeRule[] = [ago, refWord, season];
