import {
  ATTACHED_CLAUSE_PRONOUNS,
  ATTACHED_PHRASE_TAGS,
  ATTACHED_PLACE_STANCES,
} from '../../lang/en/attribution-attached-pronouns.js';
import { RELATIVE_CLAUSE_OPENERS } from '../../lang/en/attribution-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import { type Span, spanContains } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { Token } from '../../model/token.js';
import { clauseSubject } from './clause-subject.js';
import { spacedDash } from './noun-phrase.js';
import { sourceEntity } from './source-entity.js';

/** Most words of the noun phrase of a contact clause ("a charge", "an allegation it has long rejected"). */
const MAX_PHRASE = 3;

/** The index of the comma (or spaced dash) before the relative word or noun phrase that precedes token `p`. */
const attachingComma = (toks: readonly Token[], p: number): number | null => {
  let j = p - 1;
  if (RELATIVE_CLAUSE_OPENERS.has(toks[j]?.norm ?? '')) j -= 1;
  else {
    const last = j;
    while (j >= 0 && last - j < MAX_PHRASE && ATTACHED_PHRASE_TAGS.has(toks[j]!.pos ?? '')) j -= 1;
    if (j === last || toks[last]!.pos !== 'NOUN') return null;
  }
  return j >= 0 && (toks[j]!.norm === ',' || spacedDash(toks, j)) ? j : null;
};

/**
 * A pronoun source in a clause attached to another by a comma or a dash — "North Korea was behind the attack,
 * which it denies", "… the leak, a charge they reject" — stands for that clause's subject (clause-subject.ts),
 * before any earlier speaker: the entity that subject names, when its type suits the pronoun (a place only
 * answering what the clause tells of it: ATTACHED_PLACE_STANCES). Null when the pronoun opens no such clause, the
 * subject names no entity, or the attached clause itself holds the same pronoun ("the regulator fined it, which
 * it called unfair": "it" is not the regulator).
 */
export const attachedSubject = (
  text: string,
  toks: readonly Token[],
  pronoun: Span,
  entities: readonly EntityMention[],
  stance: Stance,
): MentionId | null => {
  const word = text.slice(pronoun.start, pronoun.end).toLowerCase();
  const types = ATTACHED_CLAUSE_PRONOUNS[word];
  const p = toks.findIndex((t) => t.span.start === pronoun.start);
  if (!types || p < 1) return null;
  const comma = attachingComma(toks, p);
  if (comma === null) return null;
  const subject = clauseSubject(toks, comma);
  if (!subject || toks.slice(subject.boundary + 1, comma).some((t) => t.norm === word)) return null;
  const named = sourceEntity(toks, subject.source, entities);
  if (!named || !types.includes(named.type) || !spanContains(subject.source, named.span)) return null;
  return named.type !== 'place' || ATTACHED_PLACE_STANCES.has(stance) ? named.id : null;
};
