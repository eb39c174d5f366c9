import {
  NAMED_PATIENT_EXCLUDED_PHRASES,
  NAMED_PATIENT_NEXT_HEADS,
  NAMED_PATIENT_OF,
  NAMED_PATIENT_TIME_LINKS,
} from '../../lang/en/events-named-patient.js';
import { PATIENT_HONORIFICS } from '../../lang/en/events-patient-nominals.js';
import { alternation } from '../../lang/word-alternation.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Span } from '../../model/span.js';

const EXCLUDED = new RegExp(`\\b(?:${alternation(NAMED_PATIENT_EXCLUDED_PHRASES)})\\b`, 'i');
const NEXT_WORD = /^\s*([a-z]+)/i;
/** "Maria Lopez's death", "Jones' sudden death": a possessive mark, at most one lower-case word. */
const POSSESSED = /^['’]s?\s+(?:[a-z]+\s+)?$/;
/** "the death of X", "the death of Mr. X": an honorific may stand before the name, which leaves it out. */
const OF = new RegExp(
  `^\\s+${NAMED_PATIENT_OF}\\s+(?:(?:${alternation(PATIENT_HONORIFICS)})\\.?\\s+)?$`,
  'i',
);
const TIME_AFTER = new RegExp(`^\\s+(?:(?:${alternation(NAMED_PATIENT_TIME_LINKS)})\\s+)?$`, 'i');
/** "the 1957 death of X", "Tuesday's death": a time right before the noun, possessive or not. */
const TIME_BEFORE = /^(?:['’]s?)?\s+$/;

/**
 * Whether a `namedPatient` noun at `trigger` tells a happening (events-triggers.ts): a person named as its
 * possessor ("Maria Lopez's death") or right after "of" and maybe an honorific ("the death of Maria Lopez", "the
 * death of Mr. Kim"), the noun heading its own phrase (not "death threats"), in a sentence not about a punishment
 * or a count ("sentenced to death", "the death penalty", "death row", "the death toll").
 */
export const namedPatientUse = (
  text: string,
  trigger: Span,
  sentence: Span,
  entities: readonly EntityMention[],
): boolean => {
  if (EXCLUDED.test(text.slice(sentence.start, sentence.end).replace(/\s+/g, ' '))) return false;
  const next = NEXT_WORD.exec(text.slice(trigger.end, trigger.end + 30))?.[1]?.toLowerCase() ?? '';
  if (NAMED_PATIENT_NEXT_HEADS.has(next)) return false;
  return entities.some(
    (e) =>
      e.type === 'person' &&
      ((e.span.end <= trigger.start && POSSESSED.test(text.slice(e.span.end, trigger.start))) ||
        (e.span.start >= trigger.end && OF.test(text.slice(trigger.end, e.span.start)))),
  );
};

/**
 * Whether a time may date a `namedPatient` noun: it stands right by it ("the 1957 death of X", "X's death on
 * Friday"). A time elsewhere in its clause dates what is told of the death ("convicted X in 2012 in Maria's
 * death"), not the death.
 */
export const namedPatientTime = (text: string, trigger: Span, time: Span): boolean =>
  time.start >= trigger.end
    ? TIME_AFTER.test(text.slice(trigger.end, time.start))
    : time.end <= trigger.start && TIME_BEFORE.test(text.slice(time.end, trigger.start));
