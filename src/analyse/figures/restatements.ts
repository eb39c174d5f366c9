import { FIGURE_CURRENCY_NAMES } from '../../lang/en/figures-currencies.js';
import { FIGURE_NEW_SUM_MARKERS } from '../../lang/en/figures-restatement-cues.js';
import type { FigureUnit } from '../../model/figure-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';

/** What restatement reads of a figure draft; `restates` is set here. */
export interface Restatable {
  readonly id: MentionId;
  readonly span: Span;
  readonly unit: FigureUnit;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly measure: string;
  readonly sentence: number;
  restates: MentionId | null;
}

const RESTATEMENT_SLACK = 0.15;
const MONEY: ReadonlySet<FigureUnit> = new Set(['usd', 'other']);
const NEW_SUM = new RegExp(`\\b(?:${FIGURE_NEW_SUM_MARKERS.join('|')})\\s+(?:of\\s+)?(?:the\\s+)?$`, 'i');
const magnitude = (d: Restatable): number | null => d.value ?? d.high ?? d.low;
/** What a sum is for or from, right after it: "$2 million on roads", "$2 million from donors". */
const PURPOSE =
  /^\s*(?:for|on|in|to|from|of|toward|towards)\s+(?:(?:the|a|an|its|their|his|her|our|new)\s+)?(\p{L}+)/iu;
const spentOn = (d: Restatable, text: string): string | null =>
  PURPOSE.exec(text.slice(d.span.end, d.span.end + 60))?.[1]?.toLowerCase() ?? null;

/**
 * "20 km² (nearly 8 sq mi)": a figure in parentheses right after one of the same unit and about the same size
 * (within 15 %, after conversion) says it again in other units: the picture counts it as the same figure; so
 * does money in another currency ("73,700 francs (around $147)").
 */
export const restatesInParentheses = (prev: Restatable | undefined, d: Restatable, text: string): boolean => {
  if (!prev || !/^\s*\(\s*$/.test(text.slice(prev.span.end, d.span.start))) return false;
  // "73,700 francs (around $147)": money in parentheses after money in another currency is the same sum converted.
  if (prev.unit !== d.unit) return MONEY.has(prev.unit) && MONEY.has(d.unit);
  const [a, b] = [magnitude(prev), magnitude(d)];
  return a !== null && b !== null && a > 0 && Math.abs(a - b) <= RESTATEMENT_SLACK * a;
};

/**
 * A currency as a restatement key: "€", "EUR" and "euros" are one currency (FIGURE_CURRENCY_NAMES), "Rs." and
 * "Rs" too; US dollars are `usd` however written. Null: money in an unknown currency, or no money.
 */
export const currencyKey = (unit: FigureUnit, currency: string | null): string | null => {
  if (unit === 'usd') return 'usd';
  if (unit !== 'other' || currency === null) return null;
  const c = currency.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  const word = c.length > 3 ? c.replace(/s$/, '') : c;
  return FIGURE_CURRENCY_NAMES[c] ?? FIGURE_CURRENCY_NAMES[word] ?? word;
};

/**
 * "$1.2 million" in one sentence and "$1.2 million" again in a later one: the same sum told twice in one report
 * is one figure, so the later telling restates the first (the picture adds it as evidence, as it does a
 * restatement in other units). Only money written as a number (not "millions of dollars") in a known currency,
 * with the same value, bounds and measure, in a later sentence, not a new sum ("another $1.2 million") and not
 * a sum for or from something else ("$2 million on roads" … "$2 million from donors"). `keys` gives each draft's
 * currency key (currencyKey), or null for what is not such money; `text` is the report.
 */
export const linkRepeatedSums = <D extends Restatable>(
  drafts: readonly D[],
  keys: ReadonlyMap<D, string | null>,
  text: string,
): void => {
  const first = new Map<string, D>();
  for (const d of drafts) {
    const currency = keys.get(d);
    if (currency == null || magnitude(d) === null) continue;
    const key = [currency, d.value, d.low, d.high, d.measure].join('|');
    const earlier = first.get(key);
    if (earlier === undefined) {
      if (d.restates === null) first.set(key, d);
      continue;
    }
    const before = text.slice(Math.max(0, d.span.start - 40), d.span.start);
    const [a, b] = [spentOn(earlier, text), spentOn(d, text)];
    if (a !== null && b !== null && a !== b) continue;
    if (d.restates === null && earlier.sentence < d.sentence && !NEW_SUM.test(before))
      d.restates = earlier.id;
  }
};
