import {
  FIGURE_OTHER_CURRENCY_AFTER,
  FIGURE_OTHER_CURRENCY_BEFORE,
  FIGURE_SCALED_CURRENCY_AFTER,
  FIGURE_USD_AFTER,
  FIGURE_USD_BEFORE,
} from '../../lang/en/figures-currencies.js';
import {
  NUMBER_GROUPS,
  NUMBER_SCALES,
  NUMBER_TENS,
  NUMBER_UNITS,
} from '../../lang/en/figures-number-words.js';
import { FIGURE_AREA_UNITS, FIGURE_LENGTH_UNITS, FIGURE_PERCENT_WORDS } from '../../lang/en/figures-units.js';
import { FIGURE_FRACTIONS, FIGURE_VAGUE_QUANTITIES } from '../../lang/en/figures-vague-quantities.js';
import { alternation } from '../../lang/word-alternation.js';
import type { FigureUnit } from '../../model/figure-mention.js';

/** A number as written, before bounds, nouns and measures: offsets into the sentence text. */
export interface QuantityCore {
  readonly start: number;
  readonly end: number;
  /** Offset where the number itself starts (after a currency sign). */
  readonly numberStart: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Unit fixed by the number itself (percent, km², $); null = a count, decided by the counted noun. */
  readonly unit: FigureUnit | null;
  /** The currency as written ("$", "Rs", "euros"), for money; null otherwise. */
  readonly currency: string | null;
  readonly approximate: boolean;
  readonly kind: 'digits' | 'words' | 'vague' | 'fraction' | 'both';
  readonly rule: string;
}

const CURRENCY_MARKS = new Set([...FIGURE_USD_BEFORE, ...FIGURE_OTHER_CURRENCY_BEFORE]);
const SCALE_WORDS = Object.keys(NUMBER_SCALES).filter((w) => w.length > 2);
const SHORT_SCALES = Object.keys(NUMBER_SCALES).filter((w) => w.length <= 2);
const NUM_WORD = alternation([
  ...Object.keys(NUMBER_UNITS),
  ...Object.keys(NUMBER_TENS),
  ...SCALE_WORDS,
  ...Object.keys(NUMBER_GROUPS),
]);
const WORDS = `(?:an?\\s+(?=(?:${alternation([...SCALE_WORDS, ...Object.keys(NUMBER_GROUPS)])})\\b))?(?:${NUM_WORD})(?:(?:\\s*-\\s*|\\s+|(?<=hundred)\\s+and\\s+)(?:${NUM_WORD})(?![\\w]))*`;
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const UNIT =
  `\\s*(?<pct>${alternation(FIGURE_PERCENT_WORDS)})(?![\\w])` +
  `|\\s*(?<area>${alternation(Object.keys(FIGURE_AREA_UNITS))})(?![\\w])` +
  `|\\s*(?<len>${alternation(Object.keys(FIGURE_LENGTH_UNITS))})(?![\\w])` +
  `|\\s+(?<usd>${alternation(FIGURE_USD_AFTER)})(?![\\w])` +
  `|\\s+(?<money>${alternation(FIGURE_OTHER_CURRENCY_AFTER)})(?![\\w])` +
  `|(?<scaled>\\s+(?:${alternation(FIGURE_SCALED_CURRENCY_AFTER)}))(?![\\w])`;
const NUMBER = new RegExp(
  `(?<![\\w$€£])(?:(?<cur>${alternation([...CURRENCY_MARKS])})\\s?)?` +
    `(?<num>${DIGITS}|(?<![\\w-])(?:${WORDS})(?![\\w]))` +
    `(?<scale>(?:\\s+(?:${alternation(SCALE_WORDS)})s?(?![\\w]))+|(?:${alternation(SHORT_SCALES)})(?![\\w]))?(?:${UNIT})?`,
  'gi',
);
const VAGUE = new RegExp(
  `(?<![\\w-])(${alternation(Object.keys(FIGURE_VAGUE_QUANTITIES))})(?:\\s+(${alternation(SCALE_WORDS)}))?(?![\\w-])`,
  'gi',
);
const FRACTION = new RegExp(`(?<![\\w-])(${alternation(Object.keys(FIGURE_FRACTIONS))})(?![\\w-])`, 'gi');
const BOTH = /(?<![\w-])[Bb]oth(?=\s+[a-z])/g;

/**
 * Parse number words: "twenty-five" 25, "two hundred thousand" 200000, "a dozen" 12, "two lakh fifty thousand"
 * 250000; a scale right after another multiplies it ("two lakh crore", "five thousand million").
 */
export const wordsValue = (s: string): number | null => {
  let total = 0;
  let current = 0;
  let chunk = 0;
  for (const w of s.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'a' || w === 'an') current = 1;
    else if (w in NUMBER_UNITS || w in NUMBER_TENS) current += NUMBER_UNITS[w] ?? NUMBER_TENS[w] ?? 0;
    else if (w in NUMBER_GROUPS) current = (current || 1) * (NUMBER_GROUPS[w] ?? 1);
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in NUMBER_SCALES) {
      const scale = NUMBER_SCALES[w] ?? 1;
      if (current === 0 && chunk > 0) total -= chunk;
      chunk = (current || chunk || 1) * scale;
      total += chunk;
      current = 0;
    } else return null;
  }
  return total + current;
};

/** The product of the scale words after a number ("million" 10⁶, "lakh crore" 10¹², "crores" 10⁷). */
const scaleValue = (words: string): number =>
  words.split(/\s+/).reduce((v, w) => v * (NUMBER_SCALES[w] ?? NUMBER_SCALES[w.replace(/s$/, '')] ?? 1), 1);

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

const numberCore = (m: RegExpExecArray): QuantityCore | null => {
  const g = m.groups ?? {};
  const num = g.num ?? '';
  const isDigits = /^\d/.test(num);
  const written = g.cur?.trim();
  // The regex ignores case; a currency mark with letters counts only as written ("Rs 40", "EUR"; not "try 5").
  const cur = written && (!/\p{L}/u.test(written) || CURRENCY_MARKS.has(written)) ? written : undefined;
  const scaleWord = g.scale?.trim().toLowerCase();
  // "20 million pounds" is money, "3.8 pounds" a weight: the number ends before the word.
  const weight = g.scaled !== undefined && !scaleWord;
  const money = g.money !== undefined || (g.scaled !== undefined && !weight);
  // "5m" / "2bn" are money only after a currency sign or before a currency word; otherwise a bare "m" is metres.
  if (scaleWord && SHORT_SCALES.includes(scaleWord) && !cur && !g.usd && !money) return null;
  let v = isDigits ? Number(num.replace(/,/g, '')) : wordsValue(num);
  if (v === null || Number.isNaN(v)) return null;
  if (scaleWord) v *= scaleValue(scaleWord);
  let unit: FigureUnit | null = null;
  if (g.pct) {
    unit = 'share';
    v = round(v / 100, 6);
  } else if (g.area) {
    unit = 'km2';
    v = round(v * (FIGURE_AREA_UNITS[g.area.toLowerCase().replace(/\s+/g, ' ')] ?? 1), 2);
  } else if (g.len) {
    unit = 'km';
    v = round(v * (FIGURE_LENGTH_UNITS[g.len.toLowerCase()] ?? 1), 4);
  } else if (cur || g.usd || money)
    unit = money || (cur && !FIGURE_USD_BEFORE.includes(cur)) ? 'other' : 'usd';
  const numberStart = m.index + m[0].indexOf(num);
  const grouped = !isDigits && Object.keys(NUMBER_GROUPS).some((w) => num.toLowerCase().includes(w));
  return {
    start: cur || !written ? m.index : numberStart,
    end: m.index + m[0].length - (weight ? (g.scaled?.length ?? 0) : 0),
    numberStart,
    value: v,
    low: null,
    high: null,
    unit,
    currency:
      unit === 'usd' || unit === 'other' ? (cur ?? g.usd ?? g.money ?? g.scaled?.trim() ?? null) : null,
    approximate: grouped,
    kind: isDigits ? 'digits' : 'words',
    rule: isDigits ? 'digits' : 'number-words',
  };
};

/** Every number, vague quantity, fraction and counted "both" in a sentence. */
export const quantityCores = (text: string): QuantityCore[] => {
  const cores: QuantityCore[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const c = numberCore(m);
    if (c) cores.push(c);
  }
  for (const m of text.matchAll(VAGUE)) {
    const q = FIGURE_VAGUE_QUANTITIES[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    // "several hundred": the vague count is of hundreds.
    const scale = m[2] ? (NUMBER_SCALES[m[2].toLowerCase()] ?? 1) : 1;
    if (!q) continue;
    cores.push({
      start: m.index,
      end: m.index + m[0].length,
      numberStart: m.index,
      value: null,
      low: q.low * scale,
      high: q.high * scale,
      unit: null,
      currency: null,
      approximate: true,
      kind: 'vague',
      rule: 'vague-quantity',
    });
  }
  for (const m of text.matchAll(FRACTION)) {
    const v = FIGURE_FRACTIONS[m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (v === undefined) continue;
    cores.push({
      start: m.index,
      end: m.index + m[0].length,
      numberStart: m.index,
      value: round(v, 4),
      low: null,
      high: null,
      unit: 'share',
      currency: null,
      approximate: false,
      kind: 'fraction',
      rule: 'fraction',
    });
  }
  for (const m of text.matchAll(BOTH)) {
    cores.push({
      start: m.index,
      end: m.index + 4,
      numberStart: m.index,
      value: 2,
      low: null,
      high: null,
      unit: null,
      currency: null,
      approximate: false,
      kind: 'both',
      rule: 'both',
    });
  }
  // Longer cores win ("tens of thousands" over "thousands", "two-thirds" over "two").
  const ranked = cores.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: QuantityCore[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
};
