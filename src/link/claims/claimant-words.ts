import { CLAIMANT_FRAGMENT_WORDS, CLAIMANT_PRONOUNS } from '../../lang/en/claimant-fragments.js';
import { PERSON_TITLES } from '../../lang/en/entities-titles.js';
import {
  NUMBER_GROUPS,
  NUMBER_SCALES,
  NUMBER_TENS,
  NUMBER_UNITS,
} from '../../lang/en/figures-number-words.js';
import type { Attribution } from '../../model/attribution.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Span } from '../../model/span.js';
import { claimantSpan } from './claimant-span.js';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.%-]*/gu;
const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES);

/** A number, share or quantifier: no one ("64%", "Five", "more", "most of them"). */
const fragmentWord = (word: string): boolean => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return (
    /^[\d.,%-]+$/u.test(w) ||
    CLAIMANT_FRAGMENT_WORDS.has(w) ||
    Object.hasOwn(NUMBER_UNITS, w) ||
    Object.hasOwn(NUMBER_TENS, w) ||
    Object.hasOwn(NUMBER_SCALES, w) ||
    Object.hasOwn(NUMBER_GROUPS, w)
  );
};

/** A determiner before a title ("the spokesman"). */
const TITLE_DETERMINER = /^(?:the|a|an)\s+/iu;

/**
 * A person named right after `end`, past spaces or a comma ("President| Dana Pell", "the spokesman|, Ahmed
 * Ali"): its mention, if any.
 */
const nameAfter = (
  text: string,
  end: number,
  mentions: readonly EntityMention[],
): EntityMention | undefined =>
  mentions.find(
    (m) =>
      m.type === 'person' && m.span.start >= end && /^(?:\s+|\s*,\s*)$/u.test(text.slice(end, m.span.start)),
  );

/**
 * The words that name who makes a claim or states a figure (claimantSpan cuts them from the source phrase), or
 * null when they name no one a reader can tell: no source; nothing left; numbers and quantifiers alone
 * ("64%", "Five", "more"); a personal pronoun ("He", "They") with no antecedent (with one, the antecedent's
 * name where the report gives it); a bare capitalised title ("President") unless a person's name follows it,
 * which joins it ("President Dana Pell"), past a comma too ("the spokesman, Ahmed Ali": a title after a
 * determiner stays when no name follows). Reads the report's own mentions only, never the entity index.
 */
export const claimantWords = (
  text: string,
  attribution: Pick<Attribution, 'source' | 'sourceMentionId'>,
  mentions: readonly EntityMention[],
): Span | null => {
  if (attribution.source === null) return null;
  const cut = claimantSpan(text, attribution.source);
  const phrase = text.slice(cut.start, cut.end);
  const words = phrase.match(WORD) ?? [];
  if (words.length === 0 || words.every(fragmentWord)) return null;
  if (words.length === 1 && CLAIMANT_PRONOUNS.has(phrase.toLowerCase())) {
    const antecedent = mentions.find((m) => m.id === attribution.sourceMentionId);
    const named =
      antecedent &&
      !CLAIMANT_PRONOUNS.has(text.slice(antecedent.span.start, antecedent.span.end).toLowerCase());
    return named ? { start: antecedent.span.start, end: antecedent.span.end } : null;
  }
  const bare = phrase.replace(TITLE_DETERMINER, '');
  const determined = bare !== phrase;
  if (
    (determined || /^\p{Lu}/u.test(phrase)) &&
    TITLES.has((bare.match(WORD) ?? []).join(' ').toLowerCase())
  ) {
    const name = nameAfter(text, cut.end, mentions);
    if (name) return { start: cut.start, end: name.span.end };
    if (!determined) return null;
  }
  return cut;
};
