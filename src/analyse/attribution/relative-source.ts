import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { antecedentPhrase } from './antecedent-phrase.js';
import { relativeAntecedent, relativePronounOf } from './resolve-source.js';
import { sourceEntity } from './source-entity.js';

/**
 * A source that opens with a relative pronoun ("which", "who overthrew the president"), resolved through its
 * antecedent: the entity named right before the pronoun (resolve-source.ts relativeAntecedent) or inside the noun
 * phrase before it, the source staying as written (as PolNeAR marks it); else that phrase takes the pronoun's
 * place ("The captains who overthrew the president"), and with no phrase there the source is null (no one).
 * Null when the source opens with no relative pronoun.
 */
export const relativeSource = (
  text: string,
  toks: readonly Token[],
  source: Span,
  entities: readonly EntityMention[],
): { readonly source: Span | null; readonly id: MentionId | null } | null => {
  const pronoun = relativePronounOf(text, source);
  if (!pronoun) return null;
  const named = relativeAntecedent(text, pronoun, entities);
  if (named) return { source, id: named };
  const antecedent = antecedentPhrase(toks, pronoun);
  if (!antecedent) return { source: null, id: null };
  const id = sourceEntity(toks, antecedent, entities)?.id ?? null;
  if (id) return { source, id };
  return { source: pronoun.end < source.end ? span(antecedent.start, source.end) : antecedent, id: null };
};
