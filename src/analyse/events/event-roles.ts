import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import { UNDERGOER_PREDICATES, UNDERGOER_VERBS } from '../../lang/en/events-causes.js';
import { LIGHT_VERB_PARTICLES, LIGHT_VERBS } from '../../lang/en/events-role-cues.js';
import { AGENT_MARKERS, TARGET_MARKERS } from '../../lang/en/events-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import { type AttackAt, causalHead, subjectHead } from './causal-head.js';
import type { TokenRange, TriggerInSentence } from './clause-of.js';
import { eventPlace } from './event-place.js';
import { type GroupMention, modifierActors } from './modifier-group.js';
import { nominalPatient, nominalVerb } from './nominal-patient.js';
import { partnerActors } from './partner-actors.js';
import { roleScope } from './role-scope.js';
import {
  firstTokenAt,
  governingPreposition,
  isPassive,
  lastTokenOf,
  lightVerbBefore,
  nounPhraseStart,
  subjectPreposition,
} from './role-tokens.js';

export interface EventRoles {
  readonly actorIds: readonly MentionId[];
  readonly targetIds: readonly MentionId[];
  readonly placeId: MentionId | null;
  readonly passive: boolean;
  /** The actors are those of the attack a causal phrase or the subject names ("killed in X's assault"). */
  readonly caused: boolean;
}

/** What the role rules see of one trigger. */
export interface RoleInput extends TriggerInSentence {
  readonly clause: TokenRange;
  readonly pos: 'verb' | 'noun';
  /** Entity mentions of the sentence, in text order. */
  readonly entities: readonly EntityMention[];
  readonly isPlace: (e: EntityMention) => boolean;
  /** A mention elsewhere of the group a modifier word names ("rebel fire"): an actor when no entity is. */
  readonly groupMention?: GroupMention;
  /**
   * The attack trigger covering a token: given, a trigger without actors takes those of the attack heading a
   * causal phrase after it ("killed in the government's assault", "killed by rebel fire") or, active, its subject
   * ("rebel shelling killed").
   */
  readonly attackAt?: AttackAt;
  /** A two-sided event (a clash): the entities "between X and Y" or "with X" after the trigger are actors too. */
  readonly partners?: boolean;
  /** An event done to someone (a killing, a kidnapping): a name right before it, read as a noun, is the victim. */
  readonly victim?: boolean;
}

const ACTOR_TYPES = new Set(['person', 'organization', 'group']);
const POSSESSIVE = /^['’]s\b/;

/**
 * Actors, targets and place of a trigger inside its clause, within the trigger's own subordinate or relative
 * clause (roleScope). Verb: the subject entities before it are actors (after it, "by X" when passive; the
 * antecedent of "who" when it opens the clause; "X" of "fell to X") and the objects after it are targets. Noun: an
 * entity in its noun phrase ("rebel fire", "the government's assault"), the subject of a light verb taking it
 * ("IS carried out a mortar attack") or "by X" right after it is the actor, "on/against X" the target. A person
 * named as possessor ("Assad's forces") is neither; with no entity there, a modifier naming a group ("rebel fire")
 * stands for a mention of it elsewhere. A verb whose subject undergoes the event ("died") takes it as target.
 * Given `attackAt`, a trigger left without actors takes those of the attack its causal phrase ("killed in the
 * government's assault", "killed by rebel fire") or its subject ("rebel shelling killed") names. The place is
 * the first place after the trigger, else the antecedent of "where", else the last before; names that qualify
 * something else ("US-led") are no place.
 */
export const eventRoles = (input: RoleInput): EventRoles => {
  const { text, toks, clause, trigger } = input;
  // "the Feb. 13 killing of Mr. Kim": a verb trigger done to someone with "of" after it is a noun
  const pos = input.pos === 'verb' && input.victim && nominalVerb(toks, trigger) ? 'noun' : input.pos;
  const triggerStart = toks[trigger.first]!.span.start;
  // A gapped trigger holds its object ("brought down a Syrian air force plane"): what follows its first word counts.
  const triggerEnd = toks[trigger.first]!.span.end;
  const entityStarts = new Set(input.entities.map((e) => firstTokenAt(toks, e.span.start)));
  const scope = roleScope(toks, clause, trigger, pos, (i) => entityStarts.has(i));
  const lo = toks[scope.from]!.span.start;
  const hi = toks[Math.max(scope.to, trigger.last) - 1]!.span.end;
  const skipped = (e: EntityMention) =>
    scope.skip !== null &&
    e.span.start >= toks[scope.skip.first]!.span.start &&
    e.span.end <= toks[scope.skip.last - 1]!.span.end;
  const inScope = input.entities.filter((e) => e.span.start >= lo && e.span.end <= hi && !skipped(e));
  // a name ending inside a trigger phrase that starts with its head ("Russian warplanes" of "warplanes bombed")
  // stands before the verb
  const before = inScope.filter(
    (e) => e.span.end <= triggerStart || (e.span.start < triggerStart && e.span.end <= triggerEnd),
  );
  const after = inScope.filter((e) => e.span.start >= triggerEnd);
  // a name after the trigger is governed by a preposition after its first word ("charged with killing X": none)
  const prep = (e: EntityMention) => {
    const i = governingPreposition(toks, e, e.span.start >= triggerEnd ? trigger.first + 1 : scope.from);
    return i === null ? null : toks[i]!.norm;
  };
  const possessor = (e: EntityMention) => e.type === 'person' && POSSESSIVE.test(text.slice(e.span.end));
  const actorish = (e: EntityMention) => ACTOR_TYPES.has(e.type) && !input.isPlace(e) && !possessor(e);
  const subjects = (xs: readonly EntityMention[]) =>
    xs.filter((e) => actorish(e) && subjectPreposition(toks, e, scope.from) === null);
  const endingAt = (token: number) => input.entities.find((e) => lastTokenOf(toks, e) === token) ?? null;
  const byAgents = after.filter((e) => actorish(e) && AGENT_MARKERS.has(prep(e) ?? ''));
  const inName = (i: number) =>
    input.entities.some((e) => e.span.start <= toks[i]!.span.start && toks[i]!.span.end <= e.span.end);
  const passive = pos === 'verb' && isPassive(toks, trigger, inName);
  // "Three fighters died": the subject undergoes the event, as a passive verb's does
  const undergoes = passive || (pos === 'verb' && UNDERGOER_VERBS.has(toks[trigger.first]!.norm));

  let actors: EntityMention[];
  let targets: EntityMention[];
  if (pos === 'noun') {
    const np = nounPhraseStart(toks, trigger, scope.from);
    const npStart = toks[np]!.span.start;
    // a possessor's name may begin before the words the phrase reaches back to ("Mr. Kim Jong-nam's death")
    const inPhrase = (e: EntityMention) => e.span.start >= npStart || (possessor(e) && e.span.end > npStart);
    // a person's name is the actor of an event noun only as its possessor ("Assad's air strikes"), not in
    // "Hammond condemned barrel bomb attacks"
    actors = before.filter(
      (e) => inPhrase(e) && (actorish(e) || possessor(e)) && (e.type !== 'person' || possessor(e)),
    );
    const light = lightVerbBefore(toks, np, scope.from);
    if (actors.length === 0 && light !== null && !isPassive(toks, { first: light, last: light + 1 }))
      actors = subjects(before.filter((e) => e.span.end <= toks[light]!.span.start));
    // "by X" right after the noun, or after a participle taking it ("a raid conducted by X"), not "held by X" further on
    const byAt = (i: number) =>
      toks.slice(trigger.last, i).every((t) => LIGHT_VERBS.has(t.norm) || LIGHT_VERB_PARTICLES.has(t.norm));
    actors = [...actors, ...byAgents.filter((e) => byAt(governingPreposition(toks, e, scope.from)!))];
    if (actors.length === 0 && input.groupMention)
      actors = modifierActors(toks, np, trigger.last - 1, inName, input.groupMention);
    targets = after.filter((e) => actorish(e) && TARGET_MARKERS.has(prep(e) ?? ''));
    // "X was dead": the subject
    if (UNDERGOER_PREDICATES.has(toks[trigger.first]!.norm) && isPassive(toks, trigger, inName))
      targets = [...subjects(before), ...targets];
    // "Maria's abduction", "the abduction of Maria": the one it is done to
    // a list of names after "of" may run past a comma that ends the clause ("the killings of X, Y and Z")
    const later = input.entities.filter((e) => e.span.start >= triggerEnd && actorish(e) && !skipped(e));
    const patient = nominalPatient(text, toks, trigger, actors, later);
    actors = actors.filter((e) => !patient.includes(e));
    targets = [...patient, ...targets.filter((e) => !patient.includes(e))];
  } else if (toks[trigger.last - 1]!.norm === 'to') {
    // "The city fell to coalition forces": the actor follows
    actors = after.filter((e) => actorish(e) && firstTokenAt(toks, e.span.start) <= trigger.last + 1);
    targets = subjects(before);
  } else if (undergoes) {
    actors = byAgents;
    targets = subjects(before);
  } else {
    actors = subjects(before);
    targets = after.filter((e) => {
      const p = prep(e);
      return actorish(e) && (p === null || TARGET_MARKERS.has(p));
    });
  }
  if (pos === 'verb') {
    const antecedent = scope.antecedent?.as === 'subject' ? endingAt(scope.antecedent.token) : null;
    if (antecedent && actorish(antecedent) && undergoes && targets.length === 0) targets = [antecedent];
    else if (antecedent && actorish(antecedent) && !undergoes && actors.length === 0) actors = [antecedent];
    // A verb trigger read as a noun ("a statement on the SDF advance"): the name right before it is the actor
    const adjacent = endingAt(trigger.first - 1);
    // a determiner right before the name, or before a lower-case particle of it ("the bin X killing")
    const determined = (e: EntityMention) => {
      const at = firstTokenAt(toks, e.span.start);
      const particle = /^[a-z]+$/.test(
        text.slice(toks[at - 1]?.span.start ?? 0, toks[at - 1]?.span.end ?? 0),
      );
      return (
        DETERMINERS.has(toks[at - 1]?.norm ?? '') || (particle && DETERMINERS.has(toks[at - 2]?.norm ?? ''))
      );
    };
    const named = adjacent && actorish(adjacent) && before.includes(adjacent) && determined(adjacent);
    // "the Khashoggi killing": the victim
    if (named && input.victim) {
      targets = [adjacent, ...targets.filter((e) => e !== adjacent)];
      actors = actors.filter((e) => e !== adjacent);
    } else if (actors.length === 0 && !undergoes && named) actors = [adjacent];
  }

  const place = eventPlace({
    text,
    toks,
    clause,
    trigger,
    nounPhrase: pos === 'noun' ? nounPhraseStart(toks, trigger, scope.from) : null,
    scope,
    entities: input.entities,
    isPlace: input.isPlace,
  });
  // "killed in the government's assault on X": the actors of the attack the causal phrase names
  const cause = input.attackAt;
  const head =
    actors.length === 0 && cause
      ? (causalHead(toks, trigger, scope.to, cause, inName) ??
        (undergoes ? null : subjectHead(toks, trigger, scope.from, cause, inName)))
      : null;
  const { attackAt: _, ...rest } = input;
  const causeIds = head ? eventRoles({ ...rest, trigger: head, pos: 'noun' }).actorIds : [];
  // "clashes between X and Y", "clashed with X": every side is an actor
  const sides = input.partners ? partnerActors(toks, trigger, after, actorish) : [];
  actors = [...actors, ...sides.filter((e) => !actors.includes(e))];
  targets = targets.filter((e) => !sides.includes(e));
  const actorIds = causeIds.length > 0 ? causeIds : actors.map((e) => e.id);
  return {
    actorIds,
    targetIds: targets.map((e) => e.id),
    placeId: place?.id ?? null,
    passive,
    caused: causeIds.length > 0,
  };
};
