import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import {
  ACTOR_HEADS,
  LIGHT_VERB_PARTICLES,
  LIGHT_VERBS,
  PLACE_RELATIVES,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
} from '../../lang/en/events-role-cues.js';
import {
  AGENT_MARKERS,
  LINK_COMPLEMENT_TAGS,
  NO_OBJECT_NEXT,
  NO_OBJECT_PHRASES,
  NON_SUBJECT_PREPOSITIONS,
  OBJECT_VERB_PARTICIPLES,
  PARTICIPLE_JOINERS,
  PARTICIPLE_TAGS,
  PASSIVE_AUXILIARIES,
  PASSIVE_LINKS,
  PERFECT_AUXILIARIES,
  PLACE_PREPOSITIONS,
  PRESENT_PARTICIPLE,
  TRIGGER_ADVERBS,
} from '../../lang/en/events-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';

const PREPOSITION_REACH = 3;
const NOUN_PHRASE_REACH = 4;
const ALL_PREPOSITIONS = new Set([...NON_SUBJECT_PREPOSITIONS, ...PLACE_PREPOSITIONS, ...AGENT_MARKERS]);
const VERBISH = new Set(['VERB', 'AUX']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const COORDINATORS = new Set(['and', 'or', 'but']);

/** The first token starting at or after a character offset. */
export const firstTokenAt = (toks: readonly Token[], offset: number): number => {
  const i = toks.findIndex((t) => t.span.start >= offset);
  return i < 0 ? toks.length : i;
};

/** The token holding an entity's last character. */
export const lastTokenOf = (toks: readonly Token[], e: EntityMention): number =>
  firstTokenAt(toks, e.span.end) - 1;

/** "to" before a verb marks an infinitive ("to determine X"), no phrase X sits in. */
const infinitive = (toks: readonly Token[], i: number): boolean =>
  toks[i]!.norm === 'to' && toks[i + 1]?.pos === 'VERB';

/** The preposition heading the phrase an entity sits in ("the district of X" → its index), within a few words. */
export const governingPreposition = (
  toks: readonly Token[],
  e: EntityMention,
  from: number,
): number | null => {
  const at = firstTokenAt(toks, e.span.start);
  for (let i = at - 1; i >= Math.max(from, at - PREPOSITION_REACH); i -= 1) {
    if (ALL_PREPOSITIONS.has(toks[i]!.norm)) return infinitive(toks, i) ? null : i;
  }
  return null;
};

/** The preposition an actor candidate sits under, null when "members of X" (X is the subject's true head). */
export const subjectPreposition = (toks: readonly Token[], e: EntityMention, from: number): string | null => {
  const i = governingPreposition(toks, e, from);
  if (i === null) return null;
  if (toks[i]!.norm === 'of' && ACTOR_HEADS.has(toks[i - 1]?.norm ?? '')) return null;
  return toks[i]!.norm;
};

/** The token before `i` past adverbs ("were also killed"), or -1. */
const pastAdverbs = (toks: readonly Token[], i: number): number => {
  let j = i;
  while (j >= 0 && TRIGGER_ADVERBS.has(toks[j]!.norm)) j -= 1;
  return j;
};

/** How many participles joined before a trigger are skipped looking for its auxiliary ("shot, beaten and"). */
const JOINED_REACH = 3;

/**
 * The token where a trigger's verb group starts, looking back from `i`: past adverbs, participles joined to it
 * ("was beaten and stabbed"), or a passive link's complement ("was found guilty and executed"), and a passive
 * link after an auxiliary ("was found stabbed"), or -1.
 */
export const auxiliaryBefore = (
  toks: readonly Token[],
  i: number,
  inName: (i: number) => boolean = () => false,
): number => {
  let j = pastAdverbs(toks, i);
  for (let n = 0; n < JOINED_REACH && j > 0 && PARTICIPLE_JOINERS.has(toks[j]!.norm); n += 1) {
    // "shot, burned, and stabbed": a comma before the joiner
    const c = toks[j]!.norm !== ',' && toks[j - 1]!.norm === ',' && j > 1 ? j - 2 : j - 1;
    const conjunct = toks[c]!;
    // "was found guilty and executed": a link's complement stands for a participle
    const complement =
      LINK_COMPLEMENT_TAGS.has(conjunct.pos ?? '') && PASSIVE_LINKS.has(toks[c - 1]?.norm ?? '');
    if ((!PARTICIPLE_TAGS.has(conjunct.pos ?? '') && !complement) || inName(c)) break;
    j = pastAdverbs(toks, c - 1);
  }
  if (j >= 0 && PASSIVE_LINKS.has(toks[j]!.norm)) {
    const aux = pastAdverbs(toks, j - 1);
    if (aux >= 0 && PASSIVE_AUXILIARIES.has(toks[aux]!.norm) && !inName(aux)) return aux;
  }
  return j;
};

/**
 * A verb trigger right after a form of "be" ("were killed", "was reportedly seized"; not "were killing"), also
 * past participles joined to it ("was beaten and stabbed") or a passive link ("was found stabbed"), or before
 * "by" is passive; `inName` tells a name's token ("IS killed" is active).
 */
export const isPassive = (
  toks: readonly Token[],
  trigger: TokenRange,
  inName: (i: number) => boolean = () => false,
): boolean => {
  const i = auxiliaryBefore(toks, trigger.first - 1, inName);
  const progressive = PRESENT_PARTICIPLE.test(toks[trigger.first]!.norm);
  if (i >= 0 && PASSIVE_AUXILIARIES.has(toks[i]!.norm) && !inName(i) && !progressive) return true;
  const next = toks[trigger.last];
  // "the officer killed in the line of duty": a participle that needs an object and has none
  const phrase = NO_OBJECT_PHRASES.some((ws) => ws.every((w, k) => toks[trigger.last + k]?.norm === w));
  const bare = next === undefined || next.kind === 'punctuation' || NO_OBJECT_NEXT.has(next.norm) || phrase;
  if (trigger.last - trigger.first === 1 && OBJECT_VERB_PARTICIPLES.has(toks[trigger.first]!.norm) && bare)
    return !PERFECT_AUXILIARIES.has(toks[i]?.norm ?? '');
  return AGENT_MARKERS.has(next?.norm ?? '');
};

/** A token that ends a noun phrase read leftward or rightward (a preposition, verb, clause word, punctuation). */
export const endsNounPhrase = (t: Token): boolean =>
  ALL_PREPOSITIONS.has(t.norm) ||
  LIGHT_VERBS.has(t.norm) ||
  COORDINATORS.has(t.norm) ||
  RELATIVE_PRONOUNS.has(t.norm) ||
  PLACE_RELATIVES.has(t.norm) ||
  SUBORDINATORS.has(t.norm) ||
  (t.pos !== null && VERBISH.has(t.pos)) ||
  (t.kind === 'punctuation' && !POSSESSIVE_MARKS.has(t.norm));

/** The first token of the noun phrase a noun trigger heads ("the government's assault" → "the"). */
export const nounPhraseStart = (toks: readonly Token[], trigger: TokenRange, from: number): number => {
  let i = trigger.first;
  while (i > from && trigger.first - i < NOUN_PHRASE_REACH && !endsNounPhrase(toks[i - 1]!)) {
    i -= 1;
    if (DETERMINERS.has(toks[i]!.norm)) break;
  }
  return i;
};

/** The light verb taking a noun phrase starting at `np` as object ("carried out a … attack"), or null. */
export const lightVerbBefore = (toks: readonly Token[], np: number, from: number): number | null => {
  let i = np - 1;
  if (i > from && LIGHT_VERB_PARTICLES.has(toks[i]!.norm)) i -= 1;
  return i >= from && LIGHT_VERBS.has(toks[i]!.norm) ? i : null;
};
