import type { Span } from '../../model/span.js';

/** Capitalised words, then a comma, an age of one to three digits, and a comma or the phrase's end. */
const AGED = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)\s*,\s*\d{1,3}\s*(?:,|$)/u;

/**
 * The name a source phrase opens with when an age follows it, set off by commas ("Ahmed, 26, a student" →
 * "Ahmed"): a person, whatever the phrase adds after the age. Null otherwise ("Troops, 300 of them", "the
 * man, 26").
 */
export const agedName = (text: string, source: Span): Span | null => {
  const m = AGED.exec(text.slice(source.start, source.end));
  return m ? { start: source.start, end: source.start + m[1]!.length } : null;
};
