import {
  DEFINITE_TRIGGER_GAP,
  DEFINITE_TRIGGER_LEADS,
  DEFINITE_TRIGGER_MODIFIERS,
} from '../../lang/en/events-role-cues.js';
import type { Span } from '../../model/span.js';

const WORDS_BEFORE = /[\p{L}\p{N}'’.-]+/gu;
const POSSESSIVE = /['’]s?$/u;
const DATE_OR_NAME = /^(?:\p{N}|\p{Lu})/u;

/**
 * Whether a noun at `s` is made definite (events-role-cues.ts DEFINITE_TRIGGER_LEADS): a definite determiner or a
 * possessive before it, with at most DEFINITE_TRIGGER_GAP words between, each a date or number, a capitalised name
 * or a listed modifier ("the 1957 murder", "the IRA murder", "Maria's murder", "his arrest", "the Nov. 1
 * shooting"; not "allegations of murder", "those risking arrest", "to arrest the men").
 */
export const definiteUse = (text: string, s: Span): boolean => {
  const words = text.slice(Math.max(0, s.start - 80), s.start).match(WORDS_BEFORE) ?? [];
  for (let k = words.length - 1, gap = 0; k >= 0 && gap <= DEFINITE_TRIGGER_GAP; k -= 1, gap += 1) {
    const w = words[k]!;
    if (DEFINITE_TRIGGER_LEADS.has(w.toLowerCase())) return true;
    if (POSSESSIVE.test(w) && /['’]/u.test(w)) return true;
    if (!DATE_OR_NAME.test(w) && !DEFINITE_TRIGGER_MODIFIERS.has(w.toLowerCase())) return false;
  }
  return false;
};
