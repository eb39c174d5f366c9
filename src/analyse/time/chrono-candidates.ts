import * as chrono from 'chrono-node';
import { TIME_MONTH_CONTEXT_WORDS } from '../../lang/en/time-relation-cues.js';
import { type IsoDate, isoDate } from '../../model/date.js';
import { dayRange, dayValue, monthRange, monthValue, range, yearForMonth, yearRange } from './calendar.js';
import { futureClause } from './tense.js';
import type { TimeCandidate, TimeRule } from './time-candidate.js';

// Two fixed anchors used when the report has no date: a component that differs between them is relative.
const PROBE_A = new Date(Date.UTC(2001, 5, 15, 12));
const PROBE_B = new Date(Date.UTC(2003, 1, 10, 12));
const MONTH_CONTEXT = new Set(TIME_MONTH_CONTEXT_WORDS);
const LEADING_PREPOSITION = /^(?:on|at|in|by|since|from|of)\s+/i;
const CLOCK_MARK =
  /\d:\d\d|\d\.\d\d\s*[ap]\.?m\b|\d\s*[ap]\.?m\b|o'clock|noon|midnight|morning|evening|night|afternoon/i;
const DURATION_LIKE = /^(?:for|within|over)\s/i;
// "three days later", "the day before": anchored on another event, not the report; the duration rule takes the count.
const EVENT_RELATIVE = /\b(?:later|after|before|earlier|ago|from now)$/i;
// "3/8", "112 5/8": fractions (share prices), not month/day.
const FRACTION = /(?<!\/)\b\d{1,3}\/\d{1,2}\b(?!\/)/;

const parse = (text: string, instant: Date) =>
  chrono.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false });

const CALENDAR: readonly chrono.Component[] = ['year', 'month', 'day'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * chrono-node over one sentence (one pass), then our policies: weekday-only results are left to the weekday
 * rule, a bare month needs a time preposition before it and a capital ("they march" is no date), a month
 * without a year takes the year of `yearForMonth`, and without a reference date relative results keep X's.
 */
export const chronoRule: TimeRule = (text, offset, ref) => {
  const results = parse(text, ref ? new Date(`${ref}T12:00:00Z`) : PROBE_A);
  const probe = ref ? [] : parse(text, PROBE_B);
  const out: TimeCandidate[] = [];
  for (const r of results) {
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    const surface = r.text.slice(lead).replace(/[\s,.;:]+$/, '');
    const start = r.index + lead;
    if (DURATION_LIKE.test(r.text) || surface === '' || /^(?:now|tonight)$/i.test(surface)) continue;
    if (EVENT_RELATIVE.test(surface) || FRACTION.test(surface)) continue;
    const known = (c: chrono.Component) => r.start.isCertain(c);
    const get = (c: chrono.Component) => r.start.get(c) ?? 0;
    const hasDay = known('day');
    const hasMonth = known('month');
    const hasYear = known('year');
    if (!hasDay && !hasMonth && !hasYear && !known('hour')) continue;
    // "at 3 pounds", "$7,250": a clock time needs a clock mark.
    if (!hasDay && !hasMonth && !CLOCK_MARK.test(surface)) continue;
    const relative =
      !ref &&
      probe.some(
        (p) =>
          p.index === r.index &&
          CALENDAR.some((c) => r.start.isCertain(c) && p.start.get(c) !== r.start.get(c)),
      );
    if (hasMonth && !hasDay && !hasYear) {
      const before =
        text
          .slice(0, r.index + lead)
          .trimEnd()
          .split(/\s+/)
          .pop()
          ?.toLowerCase() ?? '';
      if (!/^[A-Z]/.test(surface) || !MONTH_CONTEXT.has(before.replace(/^mid-?$/, 'mid'))) continue;
    }
    const base = {
      rule: `chrono:${[...r.tags()].find((t) => t.startsWith('parser/')) ?? 'relative'}`,
      confidence: 0.8,
      priority: 2,
    };
    const cand = build(
      get,
      { hasDay, hasMonth, hasYear: hasYear && !relative, hour: known('hour') },
      ref,
      relative,
      futureClause(text, r.index, r.index + r.text.length),
    );
    if (!cand) continue;
    const endDate = r.end && ref && cand.range ? isoOf(r.end.date()) : null;
    out.push({
      ...base,
      ...cand,
      range:
        endDate && cand.range && endDate > cand.range.start
          ? range(cand.range.start, endDate, cand.range.precision)
          : cand.range,
      start: offset + start,
      end: offset + start + surface.length,
    });
  }
  return out;
};

const isoOf = (d: Date): IsoDate => d.toISOString().slice(0, 10) as IsoDate;

type Known = { hasDay: boolean; hasMonth: boolean; hasYear: boolean; hour: boolean };

const build = (
  get: (c: chrono.Component) => number,
  k: Known,
  ref: IsoDate | null,
  relative: boolean,
  future: boolean,
) => {
  if (relative)
    return { type: k.hour ? ('TIME' as const) : ('DATE' as const), value: 'XXXX-XX-XX', range: null };
  const m = get('month');
  const d = get('day');
  const y = k.hasYear
    ? get('year')
    : ref && k.hasMonth
      ? yearForMonth(ref, m, future, k.hasDay ? d : null)
      : null;
  const clock = k.hour ? `T${pad(get('hour'))}:${pad(get('minute'))}` : '';
  if (k.hasDay || (k.hour && !k.hasMonth)) {
    // A clock time alone sits on the reference day.
    const date = k.hasDay ? (y === null ? null : isoDate(y, m, d)) : ref;
    const day = k.hasDay ? dayValue(y, m, d) : (ref ?? 'XXXX-XX-XX');
    return {
      type: k.hour ? ('TIME' as const) : ('DATE' as const),
      value: `${day}${clock}`,
      range: date ? dayRange(date) : null,
    };
  }
  if (k.hasMonth)
    return {
      type: 'DATE' as const,
      value: y === null ? `XXXX-${pad(m)}` : monthValue(y, m),
      range: y === null ? null : monthRange(y, m),
    };
  if (k.hasYear && y !== null) return { type: 'DATE' as const, value: String(y), range: yearRange(y) };
  return null;
};
