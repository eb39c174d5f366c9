import {
  FIGURE_AGE_OR_CLOCK_AFTER,
  FIGURE_LABEL_WORDS,
  FIGURE_LOCATIVE_AFTER,
} from '../../lang/en/figures-not-figures.js';
import { alternation } from '../time/time-candidate.js';
import type { QuantityCore } from './quantity-core.js';

const LABELS = new Set(FIGURE_LABEL_WORDS);
const AFTER = FIGURE_AGE_OR_CLOCK_AFTER.map((s) => s.toLowerCase());
const PARTITIVE_ONE = /^\s+of\s+(?:the|those|these|its|their|his|her|our|my|your|them|us)\b/i;
const YEAR = /^(?:1[89]|20)\d\d$/;
const isYear = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1800 && v <= 2099;
const LOCATIVE = new RegExp(
  `^\\s*\\)?\\s*(?:\\([^)]*\\)\\s*)?(?:${alternation(FIGURE_LOCATIVE_AFTER)})\\b`,
  'i',
);

/**
 * Numbers that count nothing: labels ("page 5", "Resolution 2254"), ages ("aged 12", "12-year-old"),
 * clock times, ordinals ("4th"), phone numbers and scores ("555-1234", "20/20"), bare years and spans of years
 * ("2008-2009"), "one of the",
 * distances that locate ("30km south of Kirkuk").
 * `text` is the sentence; offsets are into it. Numbers inside time mentions are dropped by the caller.
 */
export const isNotAFigure = (
  core: QuantityCore,
  text: string,
  noun: { readonly close: boolean; readonly plural: boolean },
): boolean => {
  const before = text.slice(0, core.start);
  const after = text.slice(core.end);
  const num = text.slice(core.numberStart, core.end);
  const prevWord = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (core.kind === 'vague' || core.kind === 'fraction') return false;
  if (core.unit === 'km' && LOCATIVE.test(after)) return true;
  if (core.kind === 'both') return !noun.plural;
  // "over the New Year period of 2008-2009": a span of years, not a count.
  if (core.rule === 'range' && core.unit === null && isYear(core.low) && isYear(core.high))
    if (!noun.close && !noun.plural && !num.includes(',')) return true;
  if (LABELS.has(prevWord) || LABELS.has(prevWord.replace(/\.$/, ''))) return true;
  const lowerAfter = after.slice(0, 16).toLowerCase();
  if (
    core.unit === null &&
    AFTER.some((a) => lowerAfter.startsWith(a) && !/^[a-z]/i.test(lowerAfter.slice(a.length, a.length + 1)))
  )
    return true;
  if (core.kind === 'words') {
    // "Four Seasons": a capitalised number word before a capitalised word is a name.
    if (/^[A-Z]/.test(num) && /^\s+[A-Z]/.test(after)) return true;
    // "one" is a pronoun more often than a count: keep it only before a counted noun.
    if (/^(?:one|a|an)$/i.test(num.trim()) && (!noun.close || PARTITIVE_ONE.test(after))) return true;
    return false;
  }
  // Glued to other digits or symbols: phone numbers, scores, ids, clock times, ranges of codes.
  if (
    /[\d/:#+]\s?$|\d[-.]$|[A-Za-z]-?$/.test(before) ||
    (/^(?:[/:]\d|-\d|\s?[-.]?\d|[A-Za-z])/.test(after) && core.unit === null)
  )
    return true;
  if (core.unit === null && YEAR.test(num) && !noun.plural) return true;
  return false;
};
