import { ADDRESSEE_VERBS, NON_PLACE_PREPOSITIONS } from '../../lang/en/events-place-cues.js';
import { LIGHT_VERBS } from '../../lang/en/events-role-cues.js';
import { PLACE_PREPOSITIONS } from '../../lang/en/events-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import { isPlaceModifier } from '../entities/place-modifier.js';
import type { TokenRange, TriggerInSentence } from './clause-of.js';
import type { RoleScope } from './role-scope.js';
import { firstTokenAt, governingPreposition, lastTokenOf } from './role-tokens.js';

/** What the place rule sees of one trigger (see eventRoles). */
export interface PlaceInput extends TriggerInSentence {
  readonly clause: TokenRange;
  /** The first token of the noun phrase of a noun trigger ("the Aleppo offensive"), null for a verb. */
  readonly nounPhrase: number | null;
  readonly scope: RoleScope;
  /** The sentence's entity mentions, in text order. */
  readonly entities: readonly EntityMention[];
  readonly isPlace: (e: EntityMention) => boolean;
}

const DIRECT_OBJECT_REACH = 3;
const VERB_TAGS = new Set(['VERB']);
const isVerb = (t: Token) => LIGHT_VERBS.has(t.norm) || (t.pos !== null && VERB_TAGS.has(t.pos));

/**
 * Where an event happened, among the place names of its clause that do not qualify something else ("US-led")
 * nor follow "with"/"by" ("a war with Israel"). After the trigger: its direct object ("captured the entire
 * Hanano district in eastern Aleppo"), else the first under a place preposition, else the first. Else the
 * antecedent of "where" ("Tariq al-Bab, where fighting raged") or of the relative opening the clause. Else one
 * before it: for a noun, one in its noun phrase, its clause's opening phrase ("In Aleppo fighting …"), a bare
 * subject or with no verb between ("the attack in Daquq was an air strike"), not "the route to Turkey before
 * encircling it and beginning an assault". Else the first in a subordinate clause after it
 * ("died when his jet crashed in Yemen").
 */
export const eventPlace = (input: PlaceInput): EntityMention | null => {
  const { text, toks, clause, trigger, scope } = input;
  const triggerStart = toks[trigger.first]!.span.start;
  const triggerEnd = toks[trigger.first]!.span.end;
  const prepAt = (e: EntityMention) => governingPreposition(toks, e, scope.from);
  const usable = (e: EntityMention) =>
    input.isPlace(e) &&
    !isPlaceModifier(text, e, input.entities) &&
    !ADDRESSEE_VERBS.has(toks[firstTokenAt(toks, e.span.start) - 1]?.norm ?? '') &&
    !NON_PLACE_PREPOSITIONS.has(toks[prepAt(e) ?? -1]?.norm ?? '');
  const within = (from: number, to: number) => {
    const lo = toks[from]?.span.start ?? Number.POSITIVE_INFINITY;
    const hi = toks[to - 1]?.span.end ?? Number.NEGATIVE_INFINITY;
    return input.entities.filter((e) => e.span.start >= lo && e.span.end <= hi && usable(e));
  };
  const skipped = (e: EntityMention) =>
    scope.skip !== null &&
    firstTokenAt(toks, e.span.start) >= scope.skip.first &&
    lastTokenOf(toks, e) < scope.skip.last;

  const after = within(trigger.first, Math.max(scope.to, trigger.last)).filter(
    (e) => e.span.start >= triggerEnd,
  );
  const direct = after.find((e) => {
    const at = firstTokenAt(toks, e.span.start);
    return at - trigger.last < DIRECT_OBJECT_REACH && prepAt(e) === null;
  });
  const found =
    direct ?? after.find((e) => PLACE_PREPOSITIONS.has(toks[prepAt(e) ?? -1]?.norm ?? '')) ?? after[0];
  if (found) return found;

  const antecedent = scope.antecedent
    ? input.entities.find((e) => lastTokenOf(toks, e) === scope.antecedent!.token)
    : null;
  if (antecedent && input.isPlace(antecedent)) return antecedent;

  const np = input.nounPhrase;
  const before = within(scope.from, trigger.first).filter((e) => {
    if (e.span.end > triggerStart || skipped(e)) return false;
    if (np === null) return true;
    const p = prepAt(e);
    const at = firstTokenAt(toks, e.span.start);
    return at >= np || p === null || p === scope.from || !toks.slice(at, np).some(isVerb);
  });
  return before.at(-1) ?? within(scope.to, clause.last).find((e) => e.span.start >= triggerEnd) ?? null;
};
