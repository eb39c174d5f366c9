import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lang/en/calendar-words.js';
import { CLAIMANT_LEADING_DAYS } from '../../lang/en/claimant-fragments.js';
import type { Span } from '../../model/span.js';

/** Marks that cannot open a claimant's words: closing brackets and quotes, stops, commas, dashes, spaces. */
const LEADING_JUNK = /^[\s)\]}”’,;:.!?—–-]+/u;
/** A day word, then a day number or ordinal and a comma if any, then space ("November 5, " / "Monday "). */
const LEADING_DAY = /^([\p{L}]+)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?=\S)/u;

/** Whether a word opens a claimant's words as a day, not a name: weekdays and day words always, months before a lower-case word or a number. */
const dayWord = (word: string, next: string): boolean =>
  Object.hasOwn(WEEKDAY_NAMES, word) ||
  CLAIMANT_LEADING_DAYS.has(word.toLowerCase()) ||
  (Object.hasOwn(MONTH_NAMES, word) && /^[\p{Ll}\d]/u.test(next));

/** Drops a closing bracket at the end that no opening one in the words matches ("64%)" → "64%"). */
const unmatchedClose = (words: string): boolean =>
  (words.endsWith(')') && !words.includes('(')) || (words.endsWith(']') && !words.includes('['));

/**
 * A source phrase with what clings to its edges cut off: closing brackets, stops and dashes before its first
 * word (") the ministry" → "the ministry"), day words glued before it ("November a spokesperson for the firm"
 * → "a spokesperson for the firm"; "May Hollis" stays, a name), an unmatched closing bracket and commas after
 * its last. May be empty.
 */
export const trimClaimant = (text: string, source: Span): Span => {
  let { start, end } = source;
  for (;;) {
    const head = text.slice(start, end);
    const junk = LEADING_JUNK.exec(head);
    if (junk) {
      start += junk[0].length;
      continue;
    }
    const day = LEADING_DAY.exec(head);
    if (day && dayWord(day[1]!, head.slice(day[0].length))) {
      start += day[0].length;
      continue;
    }
    break;
  }
  for (;;) {
    const words = text.slice(start, end);
    if (end > start && /[\s,;:—–-]$/u.test(words)) end -= 1;
    else if (unmatchedClose(words)) end -= 1;
    else break;
  }
  return { start, end };
};
