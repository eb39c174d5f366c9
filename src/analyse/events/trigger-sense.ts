import { OBJECT_BREAKS } from '../../lang/en/events-sense-words.js';
import { TRIGGER_SENSES, type TriggerSense } from '../../lang/en/events-trigger-senses.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Span } from '../../model/span.js';
import { groundPlace, pronounGround } from './ground-place.js';
import type { TriggerHit } from './match-triggers.js';

const WORD = /[a-z0-9]+(?:['’][a-z]+)*|[^\sa-z0-9]/giu;
const PREVIOUS_WORD = /([a-z]+)[^a-z]*$/i;
/** Only words (no punctuation) between a capture and its object ("capturing or killing X", "the"). */
const OBJECT_GAP = /^[\sa-z]*$/i;
/** Words read after a trigger beyond its reach: the longest phrase looked for, and the word after it. */
const WORDS_PAST_REACH = 6;

/** The lower-case words (and punctuation marks) right after `end`, up to a clause mark. */
const wordsAfter = (text: string, end: number, n: number): string[] => {
  const out: string[] = [];
  for (const m of text.slice(end, end + 120).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (!/^[a-z0-9]/.test(w) || out.length >= n + WORDS_PAST_REACH) break;
    out.push(w);
  }
  return out;
};

const startsAt = (words: readonly string[], k: number, phrase: string): boolean =>
  phrase.split(' ').every((w, i) => words[k + i] === w);

/**
 * Whether one of the phrases starts within `reach` words after the trigger, before a preposition, and is not
 * followed by one of `unless` ("of the government", not "of the government headquarters").
 */
const followed = (
  words: readonly string[],
  phrases: readonly string[],
  reach: number,
  unless: readonly string[] = [],
): boolean => {
  const ends = (k: number, p: string) => !unless.includes(words[k + p.split(' ').length] ?? '');
  for (let k = 0; k < Math.min(reach, words.length); k += 1) {
    if (phrases.some((p) => startsAt(words, k, p) && ends(k, p))) return true;
    if (OBJECT_BREAKS.includes(words[k]!)) return false;
  }
  return false;
};

/** A person named within `reach` words after the trigger, with no punctuation between ("capture Osama X"). */
const personObject = (text: string, end: number, entities: readonly EntityMention[], reach: number) =>
  entities.some((e) => {
    if (e.type !== 'person' || e.span.start < end) return false;
    const gap = text.slice(end, e.span.start);
    const words = gap.toLowerCase().match(/[a-z]+/g) ?? [];
    return words.length < reach && OBJECT_GAP.test(gap) && !words.some((w) => OBJECT_BREAKS.includes(w));
  });

/**
 * One of `verbs` within `reach` words before the trigger, with only words of the trigger's own noun phrase between
 * (no punctuation, no OBJECT_BREAKS word): the trigger is its object ("clearing two roadside bombs").
 */
const objectOf = (text: string, start: number, verbs: readonly string[], reach: number): boolean => {
  const before = text.slice(Math.max(0, start - 20 * reach), start);
  const gap = /((?:[a-z0-9]+[\s-]+)*)$/i.exec(before)?.[1] ?? '';
  const words = (gap.toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(-reach).reverse();
  const at = words.findIndex((w) => verbs.includes(w));
  return at >= 0 && !words.slice(0, at).some((w) => OBJECT_BREAKS.includes(w));
};

/** A sentence next to a trigger's own: its span and the entities it names. */
export interface NearSentence {
  readonly span: Span;
  readonly entities: readonly EntityMention[];
}

const cueIn = (text: string, s: Span, cues: readonly string[]): boolean =>
  (
    text
      .slice(s.start, s.end)
      .toLowerCase()
      .match(/[a-z]+/g) ?? []
  ).some((w) => cues.includes(w));
const grouped = (entities: readonly EntityMention[]): boolean => entities.some((e) => e.type === 'group');

/**
 * No group named in the sentence, no place the trigger takes (groundPlace), none of `cues` among its words, nor
 * "it" standing for a place named in a sentence before that has a group or a cue ("Troops reached X. They seized
 * it.", pronounGround).
 */
const unarmed = (
  text: string,
  hit: TriggerHit,
  sentence: NearSentence,
  previous: NearSentence | null,
  cues: readonly string[],
): boolean => {
  const { entities } = sentence;
  if (grouped(entities) || cueIn(text, sentence.span, cues)) return false;
  if (entities.some((e) => e.type === 'place' && groundPlace(text, hit.span, e))) return false;
  return !(
    previous !== null &&
    pronounGround(text, hit.span, previous.entities) &&
    (grouped(previous.entities) || cueIn(text, previous.span, cues))
  );
};

const applies = (
  s: TriggerSense,
  text: string,
  hit: TriggerHit,
  entities: readonly EntityMention[],
  sentence: Span,
  previous: NearSentence | null,
) => {
  const reach = s.reach ?? 1;
  if (s.unarmed && unarmed(text, hit, { span: sentence, entities }, previous, s.unarmed)) return true;
  if (s.after) {
    const back = s.afterWithin ?? 1;
    const before = text.slice(Math.max(0, hit.span.start - 20 * back), hit.span.start);
    const clause = before.slice(before.search(/[^,;:.!?]*$/));
    const prev =
      back === 1 ? [PREVIOUS_WORD.exec(before)?.[1] ?? ''] : (clause.match(/[a-z]+/gi) ?? []).slice(-back);
    if (prev.some((w) => s.after!.includes(w.toLowerCase()))) return true;
  }
  if (s.objectOf && objectOf(text, hit.span.start, s.objectOf, reach)) return true;
  if (s.object === 'person' && personObject(text, hit.span.end, entities, reach)) return true;
  return (
    s.before !== undefined && followed(wordsAfter(text, hit.span.end, reach), s.before, reach, s.beforeUnless)
  );
};

/**
 * The sense a trigger has in its context (TRIGGER_SENSES): the hit retyped ("captured the commander" is an
 * arrest), the hit unchanged when no sense applies, or null when it tells no event ("told in advance").
 * `previous` is the sentence before, which "it" after a territory verb may take its place from.
 */
export const triggerSense = (
  text: string,
  hit: TriggerHit,
  entities: readonly EntityMention[],
  sentence: Span,
  previous: NearSentence | null = null,
): TriggerHit | null => {
  const phrase = text.slice(hit.span.start, hit.span.end).toLowerCase().replace(/\s+/g, ' ');
  const sense = TRIGGER_SENSES.find(
    (s) =>
      (s.phrases.includes(phrase) || s.ofType === hit.trigger.type) &&
      applies(s, text, hit, entities, sentence, previous),
  );
  if (!sense) return hit;
  return sense.type === null ? null : { ...hit, trigger: { ...hit.trigger, type: sense.type } };
};
