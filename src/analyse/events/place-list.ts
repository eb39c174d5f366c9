import { AREA_LIST_NOUNS, LIST_OPENERS } from '../../lang/en/events-place-cues.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import { isPlaceModifier } from '../entities/place-modifier.js';
import type { TriggerInSentence } from './clause-of.js';
import { plainWord, possessiveAt } from './noun-phrase-words.js';
import { lastTokenOf } from './role-tokens.js';

/** What the list reader sees of one territory-change trigger. */
export interface PlaceListInput extends TriggerInSentence {
  /** The token the trigger's clause ends before. */
  readonly end: number;
  /** The sentence's entity mentions, in text order. */
  readonly entities: readonly EntityMention[];
  readonly isPlace: (e: EntityMention) => boolean;
}

/** Words before the kind of area: "the", a count, adjectives ("the three major towns of"). */
const OPENER_REACH = 4;

/** Whether a token may open the noun phrase of a kind of area: a lower-case word that is no preposition, or a count. */
const opener = (text: string, t: Token): boolean => t.kind === 'number' || plainWord(text, t);

/** Where the names start: right after the trigger, or after "the (N) (adj) towns of". */
const listStart = (input: PlaceListInput): number => {
  const { text, toks, trigger } = input;
  // a trigger reaching to "including" lists after it ("control the north, including the towns of X, Y and Z")
  const first = LIST_OPENERS.has(toks[trigger.last - 1]?.norm ?? '') ? trigger.last : trigger.first + 1;
  for (let i = first; i < Math.min(input.end, first + OPENER_REACH + 1); i += 1) {
    const t = toks[i]!;
    if (AREA_LIST_NOUNS.has(t.norm)) return toks[i + 1]?.norm === 'of' ? i + 2 : -1;
    if (!opener(text, t)) break;
  }
  return first;
};

/**
 * The places a territory change lists as its object: two or more place names joined by commas and a final
 * "and" ("X, Y and Z", not the "X, Y" of "Gao, Mali"), right after the trigger ("captured X, Y and Z") or after
 * "the (N) (adj) towns of" ("took the three northern towns of X, Y and Z"), or after the "including" a trigger
 * reaches to ("control the north, including the towns of X, Y and Z"), each a name of its own (not a
 * possessor, "X's airport", nor a modifier, "X-based"). Fewer than two: none.
 */
export const placeList = (input: PlaceListInput): readonly EntityMention[] => {
  const { text, toks } = input;
  const startingAt = (i: number) =>
    i >= 0 && i < input.end ? input.entities.find((e) => e.span.start === toks[i]!.span.start) : undefined;
  const places: EntityMention[] = [];
  let i = listStart(input);
  let last = false;
  for (;;) {
    const e = startingAt(i);
    const own = e && input.isPlace(e) && !possessiveAt(text, e.span.end);
    if (!own || isPlaceModifier(text, e, input.entities)) return [];
    const next = lastTokenOf(toks, e) + 1;
    if (next > input.end) return [];
    places.push(e);
    if (last) break;
    i = next;
    if (toks[i]?.norm === ',') i += 1;
    else if (toks[i]?.norm !== 'and') return [];
    if (toks[i]?.norm === 'and') {
      last = true;
      i += 1;
    }
  }
  return places.length >= 2 ? places : [];
};
