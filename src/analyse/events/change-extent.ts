import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import {
  ADVANCE_TRIGGER_WORDS,
  FALL_VERBS,
  PART_ADJECTIVES,
  PART_NOUNS,
  PART_PREPOSITIONS,
  WHOLE_KIND_NOUNS,
} from '../../lang/en/events-extent-cues.js';
import { PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, TRIGGER_ADVERBS } from '../../lang/en/events-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { ChangeExtent } from '../../model/event-mention.js';
import type { Token } from '../../model/token.js';
import type { TriggerInSentence } from './clause-of.js';
import { plainWord, possessiveAt } from './noun-phrase-words.js';
import { firstTokenAt, lastTokenOf } from './role-tokens.js';

/** What the extent reader sees of one territory-change trigger and the place found for it in its sentence. */
export interface ChangeExtentInput extends TriggerInSentence {
  readonly place: EntityMention;
  /** The trigger is a passive verb ("was captured"). */
  readonly passive: boolean;
}

/** Words between the trigger and its place read for the object's noun phrase ("control of the strategic town of"). */
const OBJECT_REACH = 8;
/** Words from the trigger to its place read for a part ("control of nearly half of the rebel-held areas of"). */
const PART_REACH = 14;
/** Words between a place subject and its trigger ("X has now been captured"). */
const SUBJECT_REACH = 4;

const BETWEEN_SUBJECT = new Set([...PASSIVE_AUXILIARIES, ...PERFECT_AUXILIARIES, ...TRIGGER_ADVERBS, 'now']);

/** A word of a noun phrase naming the place whole: "the", "control", "of" after a kind, an adjective. */
const wholeWord = (text: string, toks: readonly Token[], i: number): boolean => {
  const t = toks[i]!;
  if (DETERMINERS.has(t.norm) || WHOLE_KIND_NOUNS.has(t.norm)) return true;
  if (t.norm === 'of') return WHOLE_KIND_NOUNS.has(toks[i - 1]?.norm ?? '');
  // an adjective ("strategic", "rebel-held"), not a noun the place belongs to ("the mayor of")
  return plainWord(text, t) && toks[i + 1]?.norm !== 'of';
};

/** The place told as the object after the trigger: part, whole or untold. */
const objectExtent = (input: ChangeExtentInput, at: number): ChangeExtent | null => {
  const { text, toks, trigger } = input;
  // a gapped trigger holds its preposition ("pushed this far into")
  const words = toks.slice(trigger.first + 1, at);
  if (words.length > PART_REACH) return null;
  if (words.some((t) => PART_PREPOSITIONS.has(t.norm) || PART_NOUNS.has(t.norm))) return 'part';
  if (PART_ADJECTIVES.has(toks[at - 1]?.norm ?? '') && plainWord(text, toks[at - 1]!)) return 'part';
  if (possessiveAt(text, input.place.span.end)) return 'part';
  if (ADVANCE_TRIGGER_WORDS.has(toks[trigger.first]!.norm)) return null;
  const gap = toks.slice(trigger.last, at);
  if (gap.length > OBJECT_REACH) return null;
  return gap.every((_, k) => wholeWord(text, toks, trigger.last + k)) ? 'whole' : null;
};

/** The place told as the subject before the trigger ("X was captured", "X fell to"): whole, part or untold. */
const subjectExtent = (input: ChangeExtentInput, at: number): ChangeExtent | null => {
  const { text, toks, trigger } = input;
  const before = toks[at - 1];
  if (before && (PART_PREPOSITIONS.has(before.norm) || PART_ADJECTIVES.has(before.norm))) return 'part';
  const takes = input.passive || FALL_VERBS.has(toks[trigger.first]!.norm);
  if (!takes) return null;
  const gap = toks.slice(lastTokenOf(toks, input.place) + 1, trigger.first);
  if (gap.length > SUBJECT_REACH || !gap.every((t) => BETWEEN_SUBJECT.has(t.norm))) return null;
  if (possessiveAt(text, input.place.span.end)) return 'part';
  // "the town of X was captured": the place opens the clause or follows "the <kind> of"
  return before === undefined || !plainWord(text, before) || before.norm === 'of' ? 'whole' : null;
};

/**
 * How much of its place a territory change took, as its telling says: `whole` when the place is what was taken
 * ("captured the town of X", "seized control of X", "X was captured", "X fell to the rebels"); `part` when ground
 * was taken inside it ("advanced in X", "pushed into X", "seized parts of X", "made gains in east X", "the
 * outskirts of X", "X's eastern districts"); null when the telling does not say ("secured a zone around X",
 * "advanced towards X", "rebels in X").
 */
export const changeExtent = (input: ChangeExtentInput): ChangeExtent | null => {
  const at = firstTokenAt(input.toks, input.place.span.start);
  return at >= input.trigger.last ? objectExtent(input, at) : subjectExtent(input, at);
};
