import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import { NOUN_READING_LEADS, VERB_READING_OBJECTS } from '../../lang/en/events-verb-readings.js';
import type { Span } from '../../model/span.js';

const PREVIOUS_WORD = /([\w'’]+)[^\w'’]*$/;
const NEXT_WORD = /^[ \t]+([\w'’]+)/;
const LOWER = /^\p{Ll}/u;
const NUMBER = /^\d/;

/**
 * Whether a word that is as often a noun as a verb (a `transitive` trigger: "murder") is read as a verb at `s`:
 * lower-case, an object opening right after it (a determiner, a number, a listed pronoun or people noun), and no
 * determiner, possessive or preposition before it ("they murder civilians", "to murder him"; not "murder
 * charges", "allegations of murder", "the murder the police solved").
 */
export const verbReading = (text: string, s: Span): boolean => {
  if (!LOWER.test(text.slice(s.start, s.end))) return false;
  const prev = PREVIOUS_WORD.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1]?.toLowerCase();
  if (prev !== undefined && (DETERMINERS.has(prev) || NOUN_READING_LEADS.has(prev) || /['’]s?$/.test(prev)))
    return false;
  const next = NEXT_WORD.exec(text.slice(s.end, s.end + 30))?.[1];
  if (next === undefined) return false;
  const word = next.toLowerCase();
  return NUMBER.test(word) || VERB_READING_OBJECTS.has(word);
};
