import {
  AGENT_MARKERS,
  NON_SUBJECT_PREPOSITIONS,
  PASSIVE_AUXILIARIES,
  PLACE_PREPOSITIONS,
  TARGET_MARKERS,
  TRIGGER_ADVERBS,
} from '../../lang/en/events-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';

export interface EventRoles {
  readonly actorIds: readonly MentionId[];
  readonly targetIds: readonly MentionId[];
  readonly placeId: MentionId | null;
  readonly passive: boolean;
}

/** What the role rules see of one trigger. */
export interface RoleInput {
  readonly toks: readonly Token[];
  readonly clause: TokenRange;
  readonly trigger: TokenRange;
  readonly pos: 'verb' | 'noun';
  /** Entity mentions of the sentence, in text order. */
  readonly entities: readonly EntityMention[];
  readonly isPlace: (e: EntityMention) => boolean;
}

const ACTOR_TYPES = new Set(['person', 'organization', 'group']);
const PREPOSITION_REACH = 3;
const MODIFIER_REACH = 2;
const ALL_PREPOSITIONS = new Set([...NON_SUBJECT_PREPOSITIONS, ...PLACE_PREPOSITIONS, ...AGENT_MARKERS]);

const firstTokenAt = (toks: readonly Token[], offset: number): number => {
  const i = toks.findIndex((t) => t.span.start >= offset);
  return i < 0 ? toks.length : i;
};

/** The preposition heading the phrase an entity sits in ("the district of X" → of), within a few words. */
const governingPreposition = (toks: readonly Token[], e: EntityMention, from: number): string | null => {
  const at = firstTokenAt(toks, e.span.start);
  for (let i = at - 1; i >= Math.max(from, at - PREPOSITION_REACH); i -= 1) {
    if (ALL_PREPOSITIONS.has(toks[i]!.norm)) return toks[i]!.norm;
  }
  return null;
};

/** A verb trigger right after a form of "be" ("were killed", "was reportedly seized") or before "by" is passive. */
const isPassive = (toks: readonly Token[], trigger: TokenRange): boolean => {
  let i = trigger.first - 1;
  while (i >= 0 && TRIGGER_ADVERBS.has(toks[i]!.norm)) i -= 1;
  if (i >= 0 && PASSIVE_AUXILIARIES.has(toks[i]!.norm)) return true;
  return AGENT_MARKERS.has(toks[trigger.last]?.norm ?? '');
};

/**
 * Actors, targets and place of a trigger inside its clause. Verb: the subject entities before it are actors
 * (after it, "by X" when passive) and the objects after it are targets. Noun: a modifier right before it
 * ("rebel fire") or "by X" is the actor, "on/against X" the target. The place is the first place after it in a
 * prepositional phrase ("seized the district of X", "near X"), else the first after it, else the last before.
 */
export const eventRoles = (input: RoleInput): EventRoles => {
  const { toks, clause, trigger, pos } = input;
  const clauseStart = toks[clause.first]!.span.start;
  const clauseEnd = toks[clause.last - 1]!.span.end;
  const triggerStart = toks[trigger.first]!.span.start;
  // A gapped trigger holds its object ("brought down a Syrian air force plane"): what follows its first word counts.
  const triggerEnd = toks[trigger.first]!.span.end;
  const inClause = input.entities.filter((e) => e.span.start >= clauseStart && e.span.end <= clauseEnd);
  const before = inClause.filter((e) => e.span.end <= triggerStart);
  const after = inClause.filter((e) => e.span.start >= triggerEnd);
  const prep = (e: EntityMention) => governingPreposition(toks, e, clause.first);
  const actorish = (e: EntityMention) => ACTOR_TYPES.has(e.type) && !input.isPlace(e);
  const byAgents = after.filter((e) => actorish(e) && AGENT_MARKERS.has(prep(e) ?? ''));
  const passive = pos === 'verb' && isPassive(toks, trigger);

  let actors: EntityMention[];
  let targets: EntityMention[];
  if (pos === 'noun') {
    const near = toks[Math.max(clause.first, trigger.first - MODIFIER_REACH)]!.span.start;
    actors = [...before.filter((e) => actorish(e) && e.span.start >= near && prep(e) === null), ...byAgents];
    targets = after.filter((e) => actorish(e) && TARGET_MARKERS.has(prep(e) ?? ''));
  } else if (passive) {
    actors = byAgents;
    targets = before.filter((e) => actorish(e) && prep(e) === null);
  } else {
    actors = before.filter((e) => actorish(e) && prep(e) === null);
    targets = after.filter((e) => {
      const p = prep(e);
      return actorish(e) && (p === null || TARGET_MARKERS.has(p));
    });
  }

  const places = inClause.filter(input.isPlace);
  const placesAfter = places.filter((e) => e.span.start >= triggerEnd);
  const place =
    placesAfter.find((e) => PLACE_PREPOSITIONS.has(prep(e) ?? '')) ??
    placesAfter[0] ??
    places.filter((e) => e.span.end <= triggerStart).at(-1) ??
    null;
  return {
    actorIds: actors.map((e) => e.id),
    targetIds: targets.map((e) => e.id),
    placeId: place?.id ?? null,
    passive,
  };
};
