import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../lang/en/entities-given-names.js';
import type { Token } from '../../model/token.js';

const CAPITAL = /^\p{Lu}/u;

/**
 * Whether token `i`, a word that is never a name by itself (a month or a weekday: "May", "August"), is a family
 * name: capitalised and right after a known given name, one space between ("Theresa May", "Brian May"). A month
 * after anything else stays a date ("in May", "Friday, May 3").
 */
export const calendarSurname = (text: string, tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || t.sentence !== before.sentence || t.kind !== 'word') return false;
  if (!CAPITAL.test(text[t.span.start]!) || !CAPITAL.test(text[before.span.start]!)) return false;
  if (text.slice(before.span.end, t.span.start) !== ' ') return false;
  return MALE_GIVEN_NAMES.has(before.norm) || FEMALE_GIVEN_NAMES.has(before.norm);
};
