import { RELAYED_PRONOUNS } from '../../lang/en/attribution-relay.js';
import { SOURCE_PRONOUNS, SOURCE_RELATIVE_PRONOUNS } from '../../lang/en/attribution-syntax.js';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';
import { unnamedAntecedent } from './unnamed-antecedent.js';

/** How far back (in sentences) a pronoun source looks for its antecedent. */
export const PRONOUN_REACH = 4;

/** A source already resolved, as antecedent candidates for later pronouns. */
export interface ResolvedSource {
  readonly sentence: number;
  readonly mention: EntityMention | null;
  readonly direct: boolean;
  /** The source describes a person it does not name ("a spokesman for President Okafor": described-speaker.ts). */
  readonly described?: boolean;
  /** The source's words, when stated. */
  readonly source?: Span | null;
}

/**
 * The pronoun's compatible entity types, or null when the source is not a pronoun (an object pronoun counts: a
 * relay names its speaker so, "quoted him as saying").
 */
export const pronounTypes = (text: string, s: Span): readonly EntityType[] | null => {
  const word = text.slice(s.start, s.end).toLowerCase();
  return SOURCE_PRONOUNS[word] ?? RELAYED_PRONOUNS[word] ?? null;
};

/**
 * A pronoun source's antecedent: the nearest earlier attribution source of a compatible type, else the nearest
 * compatible entity mention before the pronoun (both within PRONOUN_REACH sentences). A person pronoun after a
 * source that describes a person without naming them ('said a spokesman for President Okafor. "…," he added')
 * stands for that person: none, not someone the description names; so does "they" or "it" after a source that
 * names no entity but agrees with it ("Authorities said …. They said": unnamed-antecedent.ts).
 */
export const resolvePronoun = (
  text: string,
  types: readonly EntityType[],
  at: Span,
  sentence: number,
  earlier: readonly ResolvedSource[],
  entitiesBySentence: readonly (readonly EntityMention[])[],
): MentionId | null => {
  if (types.length === 0) return null;
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const r = earlier[i]!;
    if (sentence - r.sentence > PRONOUN_REACH) break;
    if (r.described && types.includes('person')) return null;
    if (
      !r.mention &&
      r.source &&
      unnamedAntecedent(text, text.slice(at.start, at.end).toLowerCase(), r.source)
    )
      return null;
    if (r.mention && types.includes(r.mention.type)) return r.mention.id;
  }
  for (let s = sentence; s >= 0 && sentence - s <= PRONOUN_REACH; s -= 1) {
    const list = entitiesBySentence[s] ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const e = list[i]!;
      if (e.span.end <= at.start && types.includes(e.type)) return e.id;
    }
  }
  return null;
};

/**
 * The relative pronoun a source opens with ("who", "which", "who overthrew the president"), or null: such a
 * source names no one until its antecedent is found.
 */
export const relativePronounOf = (text: string, at: Span): Span | null => {
  const first = /^[\p{L}]+/u.exec(text.slice(at.start, at.end))?.[0] ?? '';
  return first.toLowerCase() in SOURCE_RELATIVE_PRONOUNS
    ? { start: at.start, end: at.start + first.length }
    : null;
};

/** What may stand between an antecedent and its relative pronoun: a short parenthesis ("(MNLA)"), a comma or a dash. */
const ANTECEDENT_GAP = /^\s*(?:\([^()]{1,40}\))?\s*(?:,|\s[-–—]{1,2})?\s*$/;

/**
 * A relative pronoun source's antecedent: the compatible entity mention ending right before it, with at most a
 * short parenthesis and a comma between ("Kent Carper, who said", "GTM Research, which added", "the National
 * Movement for the Liberation of Azawad (MNLA), which wants"); null when the source is no relative pronoun or a
 * description stands between ("her husband, who also spoke").
 */
export const relativeAntecedent = (
  text: string,
  at: Span,
  entities: readonly EntityMention[],
): MentionId | null => {
  const types = SOURCE_RELATIVE_PRONOUNS[text.slice(at.start, at.end).toLowerCase()];
  if (types === undefined) return null;
  const before = entities.filter(
    (e) =>
      e.span.end <= at.start &&
      types.includes(e.type) &&
      ANTECEDENT_GAP.test(text.slice(e.span.end, at.start)),
  );
  return before.at(-1)?.id ?? null;
};
