import {
  FIGURE_MAX_SPEAKERS,
  FIGURE_SOURCE_LEADS,
  FIGURE_SPEAKER_CUE_MODIFIERS,
  FIGURE_SPEAKER_CUES,
  FIGURE_SPEAKER_DESCRIPTIONS,
  FIGURE_SPEAKER_DETERMINERS,
  FIGURE_SPEAKER_OPENERS,
} from '../../lang/en/figures-speaker-counts.js';
import { alternation } from '../../lang/word-alternation.js';

const LEAD = new RegExp(`(?<![\\p{L}-])(?:${alternation(FIGURE_SOURCE_LEADS)})\\s+$`, 'iu');
const CUE = `(?:(?:${alternation(FIGURE_SPEAKER_CUE_MODIFIERS)})\\s+){0,2}(?:${alternation(FIGURE_SPEAKER_CUES)})\\b(?!\\s+to\\b)`;
/** The head of a clause: its start, a mark or an opening word ("but"), a determiner, then the number. */
const CLAUSE_HEAD = new RegExp(
  `(?:^|[,;:"“”(—–-]|(?<!\\p{L})(?:${alternation(FIGURE_SPEAKER_OPENERS)}))\\s*(?:(?:${alternation(FIGURE_SPEAKER_DETERMINERS)})\\s+)?$`,
  'iu',
);
/** Most words of a describing phrase between the speakers and their verb ("with knowledge of the talks"). */
const MAX_DESCRIPTION_WORDS = 6;
/**
 * What may follow the counted noun before the verb: nothing, a phrase set off by commas ("two officials, speaking
 * on condition of anonymity, said"), or a describing phrase ("two people familiar with the matter said").
 */
const SPEAKERS_THEN_CUE = new RegExp(
  `^(?:\\s*,[^,]{1,80},|\\s+(?:${alternation(FIGURE_SPEAKER_DESCRIPTIONS)})(?:\\s+[^\\s,;]+){1,${MAX_DESCRIPTION_WORDS}})?\\s+${CUE}`,
  'i',
);

/**
 * Whether a number counts the sources of a report, not anything the story measures: "according to (at least) two
 * law enforcement officials", "citing three witnesses", "two officials said", "three witnesses told Reuters", "two
 * people familiar with the matter said"; not "two officials were killed" nor "two people reported missing".
 * Speakers before their verb head their clause ("…, but two officials said"; not "the blast killed two
 * civilians, a local official, said") and are few (FIGURE_MAX_SPEAKERS; a vague "dozens" is no such count).
 * The figures stage drops such a number only when it measures nothing else ("citing 300 deaths" stays).
 * `text` is the sentence, `start` the number's start (its approximator's, when it has one), `headEnd` the end of
 * its counted noun (null: none), `value` its value (null: vague).
 */
export const countsSpeakers = (
  text: string,
  start: number,
  headEnd: number | null,
  value: number | null,
): boolean => {
  const before = text.slice(0, start);
  if (LEAD.test(before)) return true;
  if (headEnd === null || value === null || value > FIGURE_MAX_SPEAKERS) return false;
  return CLAUSE_HEAD.test(before) && SPEAKERS_THEN_CUE.test(text.slice(headEnd));
};
