import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import type { EventTrigger } from '../../lang/en/event-trigger.js';
import { ADJECTIVE_PREPOSITIONS, MODIFIED_HEADS } from '../../lang/en/events-role-cues.js';
import {
  NON_SUBJECT_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  RELATIVE_DETERMINERS,
} from '../../lang/en/events-syntax.js';
import { EVENT_TRIGGERS } from '../../lang/en/events-triggers.js';
import { ACLED_EVENT_TRIGGERS } from '../../lang/en/events-triggers-acled.js';
import { type Span, span } from '../../model/span.js';
import { definiteUse } from './definite-use.js';
import { isObjectBreak, possessiveAt } from './noun-phrase-words.js';
import { verbReading } from './verb-reading.js';

/** A trigger found in the text. */
export interface TriggerHit {
  readonly span: Span;
  readonly trigger: EventTrigger;
}

const escapePhrase = (p: string): string => p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/\s+/g, '\\s+');
const alternation = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapePhrase)
    .join('|');
const GAP = (within: number) => `(?:\\W+\\w+){0,${Math.max(0, within - 1)}}?\\W+`;

/** Words after an "-ed" trigger that show it is a verb, not an adjective ("were killed in", "fled to"). */
const NOT_NOUNS = new Set([
  ...DETERMINERS,
  ...NON_SUBJECT_PREPOSITIONS,
  ...PLACE_PREPOSITIONS,
  'and',
  'or',
  'by',
]);

const ALL_TRIGGERS: readonly EventTrigger[] = [...EVENT_TRIGGERS, ...ACLED_EVENT_TRIGGERS];
const SIMPLE = ALL_TRIGGERS.filter((t) => !t.followedBy && !t.precededBy);
const BY_PHRASE = new Map<string, EventTrigger>();
for (const t of SIMPLE) for (const p of t.phrases) if (!BY_PHRASE.has(p)) BY_PHRASE.set(p, t);
/** A noun trigger of a verb trigger's phrase: what the phrase tells when read as a noun ("the killing of X"). */
const NOUN_BY_PHRASE = new Map<string, EventTrigger>();
for (const t of SIMPLE)
  for (const p of t.phrases)
    if (t.pos === 'noun' && BY_PHRASE.get(p)?.pos === 'verb') NOUN_BY_PHRASE.set(p, t);
const SIMPLE_RE = new RegExp(`\\b(?:${alternation(SIMPLE.flatMap((t) => t.phrases))})\\b`, 'gi');

/** Triggers that need a word nearby ("brought down … plane") get a pattern each. */
const GAPPED: readonly { readonly re: RegExp; readonly trigger: EventTrigger }[] = ALL_TRIGGERS.flatMap(
  (t) => {
    const gap = GAP(t.within ?? 1);
    if (t.followedBy)
      return [
        {
          re: new RegExp(`\\b(?:${alternation(t.phrases)})${gap}(?:${alternation(t.followedBy)})\\b`, 'gi'),
          trigger: t,
        },
      ];
    if (t.precededBy)
      return [
        {
          re: new RegExp(`\\b(?:${alternation(t.precededBy)})${gap}(?:${alternation(t.phrases)})\\b`, 'gi'),
          trigger: t,
        },
      ];
    return [];
  },
);

const PREVIOUS_WORD = /([\w'’]+)[^\w'’]*$/;
const NEXT_WORD = /^\s+([a-z]+)/i;
const OUT = /^-out\b/i;

/** A noun trigger before a head noun qualifies it ("mortar systems", "fighting positions"): no event is told. */
const modifierUse = (text: string, end: number): boolean =>
  MODIFIED_HEADS.has(NEXT_WORD.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '');

/** An "-ed" trigger after a preposition and before a noun is an adjective ("from bombed buildings", "bombed-out"). */
const adjectiveUse = (text: string, s: Span): boolean => {
  if (!/ed$/i.test(text.slice(s.start, s.end))) return false;
  const rest = text.slice(s.end, s.end + 20);
  if (OUT.test(rest)) return true;
  const prev = PREVIOUS_WORD.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1]?.toLowerCase() ?? '';
  const next = NEXT_WORD.exec(rest)?.[1]?.toLowerCase();
  return ADJECTIVE_PREPOSITIONS.has(prev) && next !== undefined && !NOT_NOUNS.has(next);
};

const PAST = /ed$/i;

/**
 * A verb trigger after a determiner or a possessive is a noun referring back ("the advance", "Assad's advance");
 * not a past tense after a relative "that" ("the group that seized the north").
 */
const nounUse = (text: string, s: Span): boolean => {
  const prev = PREVIOUS_WORD.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1]?.toLowerCase();
  if (prev !== undefined && RELATIVE_DETERMINERS.has(prev) && PAST.test(text.slice(s.start, s.end)))
    return false;
  return prev !== undefined && (DETERMINERS.has(prev) || /['’]s$/.test(prev));
};

const GAP_WORD = /[a-z]+/gi;

/**
 * A `plainGap` trigger whose gap is no noun phrase of its `followedBy` word: a preposition or clause word in it
 * ("took the bus to the city"), or that word a possessor ("took the town's mayor hostage").
 */
const brokenGap = (text: string, h: TriggerHit): boolean => {
  if (!h.trigger.plainGap) return false;
  const words = text.slice(h.span.start, h.span.end).match(GAP_WORD) ?? [];
  return words.slice(1, -1).some(isObjectBreak) || possessiveAt(text, h.span.end);
};

/**
 * Every trigger of the lexicon in the text, left to right, without overlaps (the longest wins). `sameSentence`
 * rejects gapped matches that run across a sentence end.
 */
export const matchTriggers = (text: string, sameSentence: (s: Span) => boolean): readonly TriggerHit[] => {
  const hits: TriggerHit[] = [];
  for (const m of text.matchAll(SIMPLE_RE)) {
    const trigger = BY_PHRASE.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (trigger) hits.push({ span: span(m.index, m.index + m[0].length), trigger });
  }
  for (const { re, trigger } of GAPPED) {
    for (const m of text.matchAll(re)) hits.push({ span: span(m.index, m.index + m[0].length), trigger });
  }
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: TriggerHit[] = [];
  let end = 0;
  for (const hit of hits) {
    if (hit.span.start < end || !sameSentence(hit.span) || brokenGap(text, hit)) continue;
    // a verb trigger read as a noun tells its phrase's noun trigger, if it has one, else nothing
    const read =
      hit.trigger.pos === 'verb' &&
      !hit.trigger.precededBy &&
      (nounUse(text, hit.span) || (hit.trigger.transitive === true && !verbReading(text, hit.span)));
    const noun = read
      ? NOUN_BY_PHRASE.get(text.slice(hit.span.start, hit.span.end).toLowerCase())
      : undefined;
    if (read && !noun) continue;
    const h = noun ? { ...hit, trigger: noun } : hit;
    if (h.trigger.pos === 'noun' && !h.trigger.followedBy && modifierUse(text, h.span.end)) continue;
    if (h.trigger.pos === 'verb' && !h.trigger.followedBy && adjectiveUse(text, h.span)) continue;
    if (h.trigger.definite && !definiteUse(text, h.span)) continue;
    kept.push(h);
    end = h.span.end;
  }
  return kept;
};
