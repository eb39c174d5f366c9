import { AFTER_TAKEN_AREA, TAKEN_AREA_KINDS } from '../../lang/en/events-place-cues.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { GeoPrecision } from '../../model/geo.js';
import type { TriggerInSentence } from './clause-of.js';
import { plainWord, possessiveAt } from './noun-phrase-words.js';

/** What the reader of "took the town" sees of one territory-change trigger without a place. */
export interface TakenAreaInput extends TriggerInSentence {
  /** The document's entity mentions, in text order. */
  readonly entities: readonly EntityMention[];
  readonly isPlace: (e: EntityMention) => boolean;
  /** How precise the gazetteer entry a place mention resolves to is, null when unresolved. */
  readonly precisionOf: (e: EntityMention) => GeoPrecision | null;
  /** The offset where the earlier text a place may be taken from starts (a few sentences back). */
  readonly since: number;
}

/** Adjectives between "the" and the kind ("the strategic northern town"). */
const ADJECTIVE_REACH = 2;

/** The precisions that fit "the <kind>" as the trigger's object ("took the town"), or null. */
const takenKind = ({ text, toks, trigger }: TakenAreaInput): readonly GeoPrecision[] | null => {
  const first = trigger.first + 1;
  if (toks[first]?.norm !== 'the') return null;
  for (let i = first + 1; i <= first + 1 + ADJECTIVE_REACH && i < toks.length; i += 1) {
    const t = toks[i]!;
    const kinds = TAKEN_AREA_KINDS.get(t.norm);
    if (kinds) {
      const next = toks[i + 1];
      if (possessiveAt(text, t.span.end)) return null;
      // the phrase ends there: punctuation, a name, a preposition ("in", not "of": "the town of X"), …
      const ends =
        next === undefined ||
        (next.norm !== 'of' && !plainWord(text, next)) ||
        AFTER_TAKEN_AREA.has(next.norm);
      return ends ? kinds : null;
    }
    if (!plainWord(text, t)) return null;
  }
  return null;
};

/**
 * The place a territory change takes when it calls it only by its kind ("rebels took the town", "seized the
 * base on Sunday"): the place named a few sentences before whose gazetteer precision fits the kind (a town is a
 * populated place, not a country), when those sentences name only one such place; else none. Not "took the
 * town's mayor hostage", "the town hall", "the town of …".
 */
export const takenArea = (input: TakenAreaInput): EntityMention | null => {
  const kinds = takenKind(input);
  if (kinds === null) return null;
  const before = input.toks[input.trigger.first]!.span.start;
  const fitting = input.entities.filter((e) => {
    if (e.span.start < input.since || e.span.end > before || !input.isPlace(e)) return false;
    const precision = input.precisionOf(e);
    return precision !== null && kinds.includes(precision);
  });
  const last = fitting.reduce<EntityMention | null>(
    (a, e) => (a && a.span.start > e.span.start ? a : e),
    null,
  );
  return new Set(fitting.map((e) => e.key)).size === 1 ? last : null;
};
