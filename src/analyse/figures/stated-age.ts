import {
  FIGURE_MILITARY_NOUNS,
  FIGURE_PEOPLE_NOUNS,
  FIGURE_THING_NOUNS,
} from '../../lang/en/figures-counted-nouns.js';
import { FIGURE_MEASURE_CUES } from '../../lang/en/figures-measure-cues.js';
import { FIGURE_MAX_AGE } from '../../lang/en/figures-not-figures.js';
import {
  FIGURE_AGE_NOT_SUBJECTS,
  FIGURE_AGE_PRONOUNS,
  FIGURE_AGE_VERBS,
} from '../../lang/en/figures-stated-ages.js';
import { alternation } from '../../lang/word-alternation.js';
import type { QuantityCore } from './quantity-core.js';

/** A subject word, then an age verb, then the number: "he was ", "Spacey was ", "who turned ". */
const STATED = new RegExp(`([\\p{L}'’.-]+)\\s+(?:${alternation(FIGURE_AGE_VERBS)})\\s+$`, 'iu');
/** "he's 14": the verb glued to the pronoun. */
const GLUED = /\b(he|she|who)['’]s\s+$/i;
/** What may not follow an age: a part of a whole, a rate, a score, a unit sign ("was 14 of the 30", "24/7"). */
const NOT_AFTER = /^\s*(?:of\b|out\s+of\b|per\b|[-/%:.]\d|[-/%°])/i;
const PRONOUNS = new Set(FIGURE_AGE_PRONOUNS);
/** "At 17, he joined the army": an opening "At" + number + comma before a pronoun. */
const AT_OPENING = /^\s*At\s+$/;
const AT_AFTER = new RegExp(
  `^,\\s+(?:${alternation(FIGURE_AGE_PRONOUNS.filter((p) => p !== 'who'))})\\b`,
  'i',
);
const NOT_SUBJECTS = new Set([
  ...FIGURE_AGE_NOT_SUBJECTS,
  ...FIGURE_MEASURE_CUES.flatMap((c) => c.words).map((w) => w.toLowerCase()),
  ...FIGURE_PEOPLE_NOUNS,
  ...FIGURE_MILITARY_NOUNS,
  ...FIGURE_THING_NOUNS,
]);

/**
 * A person's age stated by a verb: "when he was 14", "Spacey was 24 at the time", "the boy, who was 12, was
 * hit", "she turned 30", "At 17, he joined". The subject is a singular personal pronoun or a capitalised name that is no measure cue
 * or counted noun; the number stands bare (no unit, no counted noun after it) and is at most an age. "14 were
 * killed", "was 24 hours", "was 14 percent", "the death toll was 24" stay figures. `text` is the sentence;
 * offsets are into it; `close` says a counted noun follows the number.
 */
export const isStatedAge = (core: QuantityCore, text: string, close: boolean): boolean => {
  if (close || core.unit !== null || (core.kind !== 'digits' && core.kind !== 'words')) return false;
  const v = core.value;
  if (v === null || !Number.isInteger(v) || v < 1 || v > FIGURE_MAX_AGE) return false;
  if (NOT_AFTER.test(text.slice(core.end))) return false;
  const before = text.slice(0, core.start);
  if (AT_OPENING.test(before) && AT_AFTER.test(text.slice(core.end))) return true;
  if (GLUED.test(before)) return true;
  const subject = STATED.exec(before)?.[1];
  if (subject === undefined) return false;
  const lower = subject.toLowerCase();
  if (PRONOUNS.has(lower)) return true;
  return /^\p{Lu}\p{Ll}/u.test(subject) && !NOT_SUBJECTS.has(lower) && !/s$/.test(lower);
};
