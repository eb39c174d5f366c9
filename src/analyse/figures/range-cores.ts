import {
  FIGURE_CHANGE_OPENERS,
  FIGURE_RANGE_JOINERS,
  FIGURE_RANGE_OPENERS,
} from '../../lang/en/figures-ranges.js';
import { alternation } from '../../lang/word-alternation.js';
import type { QuantityCore } from './quantity-core.js';

const JOINER = new RegExp(`^\\s*(?:${alternation(FIGURE_RANGE_JOINERS)})\\s*$`, 'i');
const DASH = /^\s*[-–]\s*$/;
const OPENER = new RegExp(`(?<![\\w-])(?:${alternation(FIGURE_RANGE_OPENERS)})\\s+$`, 'i');
const CHANGE = new RegExp(`(?<![\\w-])(?:${alternation(FIGURE_CHANGE_OPENERS)})\\s+$`, 'i');
const JOINABLE: ReadonlySet<QuantityCore['kind']> = new Set(['digits', 'words']);

/**
 * The low end read in the high end's unit and scale: a bare "15" before "20%" is 15 %, "10" before "12 km²"
 * 10 km², "5" before "10 million dollars" 5 million. Null when that cannot be read.
 */
const lowIn = (text: string, low: QuantityCore, high: QuantityCore): number | null => {
  if (low.value === null || high.value === null) return null;
  if (low.unit === high.unit && low.kind === high.kind) return low.value;
  if (low.unit !== null || low.kind !== 'digits' || high.kind !== 'digits') return null;
  const written = Number(/^[\d,.]+/.exec(text.slice(high.numberStart))?.[0].replace(/,/g, '') ?? Number.NaN);
  return written > 0 ? Math.round((low.value * high.value * 1e6) / written) / 1e6 : null;
};

/**
 * Two numbers that bound one quantity: "3,000 to 5,000 militants", "between 15 and 20 percent", "two or three
 * villages", "10-12 km²" become one core with low and high (value null). Not when the first is not below the
 * second ("3-1", a score), when their units differ ("5 km to 10 km²"), after "from" (a change: "rose from 30 to
 * 50"), or across other words.
 */
export const joinRanges = (text: string, cores: readonly QuantityCore[]): QuantityCore[] => {
  const out: QuantityCore[] = [];
  for (let i = 0; i < cores.length; i += 1) {
    const [a, b] = [cores[i]!, cores[i + 1]];
    const between = b === undefined ? '' : text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 20), a.start);
    const opener = OPENER.exec(before);
    const joined = JOINER.test(between) && (!/and/i.test(between) || opener !== null);
    const dashed = DASH.test(between) && a.kind === 'digits' && b?.kind === 'digits';
    const low = b === undefined ? null : lowIn(text, a, b);
    if (
      b === undefined ||
      !(joined || dashed) ||
      CHANGE.test(before) ||
      !JOINABLE.has(a.kind) ||
      !JOINABLE.has(b.kind) ||
      low === null ||
      b.value === null ||
      low >= b.value
    ) {
      out.push(a);
      continue;
    }
    const start = opener === null ? a.start : a.start - opener[0].length;
    out.push({
      ...b,
      start,
      numberStart: a.numberStart,
      value: null,
      low,
      high: b.value,
      approximate: a.approximate || b.approximate,
      rule: 'range',
    });
    i += 1;
  }
  return out;
};
