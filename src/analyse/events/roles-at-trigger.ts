import type { MentionId } from '../../model/ids.js';
import type { Layers } from '../../model/layers.js';
import type { Sentence } from '../../model/sentence.js';
import type { Span } from '../../model/span.js';
import { sentenceAt } from '../attribution/group-by-sentence.js';
import { assignTimes } from './assign-times.js';
import { clauseOf, tokenRange } from './clause-of.js';
import { type EventRoles, eventRoles } from './event-roles.js';
import { nearestMention } from './modifier-group.js';
import { ownClause } from './own-clause.js';
import { sharedAuxiliaryClause } from './shared-auxiliary.js';

/** The layers the role rules read. */
export type RoleLayers = Pick<Layers, 'sentences' | 'tokens' | 'entities' | 'places' | 'times'>;

const inSentence = <T extends { readonly span: Span }>(xs: readonly T[], s: Sentence): T[] =>
  xs.filter((x) => x.span.start >= s.span.start && x.span.end <= s.span.end);

/**
 * The roles (actors, targets, place) and time of an event whose trigger is given from outside (a gold trigger in
 * an evaluation), by the same clause and role rules as the events stage. Null when the span is in no sentence.
 * The trigger's type is unknown here, so a casualty takes no actor from a causal phrase ("killed in X's assault").
 * Its time is chosen as the stage chooses it (assignTimes with ownClause): only a time that may date its clause.
 */
export const rolesAtTrigger = (
  text: string,
  layers: RoleLayers,
  trigger: Span,
  pos: 'verb' | 'noun',
): (EventRoles & { readonly timeId: MentionId | null }) | null => {
  const si = sentenceAt(layers.sentences, trigger.start);
  const sentence = layers.sentences[si];
  if (!sentence) return null;
  const toks = inSentence(layers.tokens, sentence);
  if (toks.length === 0) return null;
  const range = tokenRange(toks, trigger.start, trigger.end);
  const resolved = new Set<MentionId>(layers.places.map((p) => p.mentionId));
  const roles = eventRoles({
    text,
    toks,
    clause: sharedAuxiliaryClause({ text, toks, trigger: range }, clauseOf(text, toks, range)),
    trigger: range,
    pos,
    entities: inSentence(layers.entities, sentence),
    isPlace: (e) => e.type === 'place' || resolved.has(e.id),
    groupMention: nearestMention(layers.entities),
  });
  // as the events stage dates its triggers: a time of another clause, or one that premodifies another noun
  // ("arrested over the 1972 killing"), does not date this trigger
  const times = inSentence(layers.times, sentence);
  const [timeId] = assignTimes([trigger], times, ownClause(text, toks, [range], times));
  return { ...roles, timeId: timeId ?? null };
};
