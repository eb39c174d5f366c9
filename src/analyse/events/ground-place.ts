import { VERB_GROUP_WORDS } from '../../lang/en/events-role-cues.js';
import { OBJECT_BREAKS } from '../../lang/en/events-sense-words.js';
import {
  NON_SUBJECT_PREPOSITIONS,
  PASSIVE_AUXILIARIES,
  PLACE_PREPOSITIONS,
  TRIGGER_ADVERBS,
} from '../../lang/en/events-syntax.js';
import {
  TERRITORY_COMPLEMENT_PREPOSITIONS,
  TERRITORY_OBJECT_REACH,
  TERRITORY_PRONOUNS,
} from '../../lang/en/events-territory-cues.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Span } from '../../model/span.js';

const WORDS = /^[\p{L}\s'’-]*$/u;
/** Words that end a noun phrase: a preposition or clause word ("of" joins: "the northern half of X"). */
const BREAKS = new Set(
  [...OBJECT_BREAKS, ...PLACE_PREPOSITIONS, ...NON_SUBJECT_PREPOSITIONS].filter((w) => w !== 'of'),
);
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}’']+/gu) ?? [];

/** Between a place and the verb after it, only its verb group ("X was finally retaken", "X has fallen"). */
const VERB_GROUP = new Set([...VERB_GROUP_WORDS, ...PASSIVE_AUXILIARIES, ...TRIGGER_ADVERBS]);

/**
 * Whether a place is what a territory verb at `trigger` takes: its object or complement after it ("seized X",
 * "took control of X", "advanced on X", not "moved into offices in X"), or its subject before it with only the
 * verb group between ("X was captured", "X has fallen"), not after a preposition ("in X, the firm moved").
 */
export const groundPlace = (text: string, trigger: Span, place: EntityMention): boolean => {
  if (place.span.start >= trigger.end) {
    const gap = text.slice(trigger.end, place.span.start);
    const between = words(gap);
    if (!WORDS.test(gap) || between.length >= TERRITORY_OBJECT_REACH) return false;
    const first = TERRITORY_COMPLEMENT_PREPOSITIONS.has(between[0] ?? '') ? 1 : 0;
    return !between.slice(first).some((w) => BREAKS.has(w));
  }
  if (place.span.end > trigger.start) return false;
  const gap = text.slice(place.span.end, trigger.start);
  const lead = text.slice(Math.max(0, place.span.start - 30), place.span.start);
  const before = words(lead.slice(lead.search(/[^.!?]*$/))).at(-1);
  return WORDS.test(gap) && words(gap).every((w) => VERB_GROUP.has(w)) && !BREAKS.has(before ?? '');
};

/**
 * Whether a pronoun that may stand for a place follows a territory verb ("seized it"), and the sentence before
 * names a place (trigger-sense.ts asks that sentence for arms too).
 */
export const pronounGround = (text: string, trigger: Span, before: readonly EntityMention[]): boolean =>
  TERRITORY_PRONOUNS.has(words(text.slice(trigger.end, trigger.end + 12))[0] ?? '') &&
  before.some((e) => e.type === 'place');

/**
 * The place a pronoun right after a territory verb stands for ("Troops reached X. They seized it."): the one place
 * (by key) the sentence before names, else none.
 */
export const pronounPlace = (
  text: string,
  trigger: Span,
  before: readonly EntityMention[],
  isPlace: (e: EntityMention) => boolean,
): EntityMention | null => {
  if (!TERRITORY_PRONOUNS.has(words(text.slice(trigger.end, trigger.end + 12))[0] ?? '')) return null;
  const places = before.filter(isPlace);
  return new Set(places.map((e) => e.key)).size === 1 ? places.at(-1)! : null;
};
