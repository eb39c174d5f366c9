import { ATTRIBUTION_PERSON_HEADS } from '../../lang/en/attribution-person-heads.js';
import { SOURCE_HEAD_CUTS } from '../../lang/en/attribution-source-heads.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Span } from '../../model/span.js';
import { pronounTypes, relativePronounOf } from './resolve-source.js';

/** The head word of a source phrase: the last word before its first comma, preposition or relative word. */
const headWord = (phrase: string): string | undefined => {
  const words = phrase.toLowerCase().match(/\p{L}+|,/gu) ?? [];
  const cut = words.findIndex((w, i) => i > 0 && SOURCE_HEAD_CUTS.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).at(-1);
};

/**
 * Whether a source describes one person it does not name ("a spokesman for President Okafor", "the lawyer for
 * John Smith", "an aide to the governor"): its speaker is no person mention (`speaker`), it is no pronoun, and
 * its head is a person word (ATTRIBUTION_PERSON_HEADS; not a title: "the president" is often someone named
 * before). A later "he" or "she" stands for that unnamed person, never for someone the phrase names.
 */
export const describedSpeaker = (
  text: string,
  source: Span | null,
  speaker: EntityMention | null,
): boolean => {
  if (source === null || speaker?.type === 'person') return false;
  if (pronounTypes(text, source) !== null || relativePronounOf(text, source) !== null) return false;
  const head = headWord(text.slice(source.start, source.end));
  return head !== undefined && ATTRIBUTION_PERSON_HEADS.has(head);
};
