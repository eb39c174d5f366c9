import {
  SOURCE_CLOCK_ZONES,
  SOURCE_DAY_LEADS,
  SOURCE_DAY_PARTS,
  SOURCE_DEICTIC_DAYS,
  SOURCE_WEEKDAYS,
} from '../../lang/en/attribution-source-times.js';
import { TIME_MONTHS } from '../../lang/en/time-calendar-words.js';
import { type Span, span } from '../../model/span.js';

const any = (words: readonly string[]): string => words.map((w) => w.replace(/\./g, '\\.')).join('|');
/** A word as written, or with its first letter capitalised at a sentence start. */
const either = (words: readonly string[]): string =>
  any(words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));

const ZONE = `(?:\\s*(?:${any(SOURCE_CLOCK_ZONES)})(?![\\w]))?`;
const MERIDIEM = '\\s*[AaPp]\\.?\\s?[Mm]\\b\\.?';
/** "12:01 P.M.", "10:42 GMT", "8am BST", "8:44AM BST 16 Sep 2013": a live blog's or a dateline's stamp. */
const CLOCK = new RegExp(
  `^(?:\\d{1,2}:\\d{2}(?:${MERIDIEM})?|\\d{1,2}${MERIDIEM})${ZONE}(?:,?\\s+\\d{1,2}\\s+(?:${any(Object.keys(TIME_MONTHS))})\\.?(?:\\s+\\d{4})?)?[\\s,:;|–—-]*`,
);
const WEEKDAY = `(?:(?:${either(SOURCE_DAY_LEADS)})\\s+)?(?:${any(SOURCE_WEEKDAYS)})(?:\\s+(?:${any(SOURCE_DAY_PARTS)}))?`;
const DATE = `(?:[Oo]n\\s+)?(?:${any(Object.keys(TIME_MONTHS))})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`;
/** "India's health ministry on Tuesday", "The LAPD early Monday", "officials yesterday". */
const TIME_WORDS = `(?:${WEEKDAY}|${DATE}|(?:${any(SOURCE_DEICTIC_DAYS)}))`;
const TRAILING_TIME = new RegExp(`,?\\s+${TIME_WORDS}$`);

/**
 * A source phrase without the time words around it: what lies across a line break from the cue (a headline or
 * dateline line run into the sentence), a leading clock stamp ("12:01 P.M. Prime Minister Benjamin Netanyahu"),
 * a trailing day or date before the cue ("Republicans on Sunday said"), a trailing opening bracket. Null when nothing is left but a clock
 * stamp; a day alone stays (PolNeAR dev: such sources overlap the annotated source more often than not).
 */
export const trimSource = (text: string, source: Span, cue: Span): Span | null => {
  let { start, end } = source;
  const words = text.slice(start, end);
  if (words.includes('\n')) {
    if (end <= cue.start) start += words.lastIndexOf('\n') + 1;
    else end = start + words.indexOf('\n');
  }
  const lead = CLOCK.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  // Only before its cue: after it, a day belongs to the phrase ("according to figures published … on Friday").
  const tail = source.end <= cue.start ? TRAILING_TIME.exec(text.slice(start, end)) : null;
  if (tail && tail.index > 0) end = start + tail.index;
  const inner = text.slice(start, end);
  start += inner.length - inner.trimStart().length;
  // An opening bracket left at the end belongs to what follows ("some people (say, …"), as does the space before it.
  end -= inner.length - inner.replace(/[\s([{]+$/, '').length;
  if (start >= end) return null;
  return start === source.start && end === source.end ? source : span(start, end);
};
