import { UNDERGOER_VERBS } from '../../lang/en/events-causes.js';
import { PATIENT_MARKER, PATIENT_NOMINALS } from '../../lang/en/events-patient-nominals.js';
import {
  FEMALE_HONORIFICS,
  FEMALE_PRONOUNS,
  MALE_HONORIFICS,
  MALE_PRONOUNS,
  NOUN_PHRASE_TAGS,
  PERSON_NOUNS,
  VICTIM_OBJECT_PRONOUNS,
  VICTIM_POSSESSIVE_PRONOUNS,
  VICTIM_SUBJECT_PRONOUNS,
} from '../../lang/en/events-pronoun-victims.js';
import { PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, TRIGGER_ADVERBS } from '../../lang/en/events-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';
import { coordinatedSubject } from './coordinated-subject.js';
import { auxiliaryBefore } from './role-tokens.js';

/** What the pronoun rule sees of one trigger done to someone that names no victim. */
export interface PronounVictimInput {
  readonly text: string;
  /** The tokens of the trigger's sentence. */
  readonly toks: readonly Token[];
  readonly trigger: TokenRange;
  readonly pos: 'verb' | 'noun';
  /** A passive verb ("was kidnapped"): its subject undergoes it, as an undergoer verb's does ("died"). */
  readonly passive: boolean;
  /**
   * Entity mentions of the previous sentence (and of the one before it when the previous names no person) and of
   * the trigger's own, in text order.
   */
  readonly entities: readonly EntityMention[];
  /** Where the previous sentence starts: a name before it is two sentences back. */
  readonly previousStart?: number;
  /** The trigger's actors: never its victim ("Smith shot him"). */
  readonly actorIds: readonly MentionId[];
}

/** Between a passive subject and its verb: auxiliaries and adverbs ("she had reportedly been kidnapped"). */
const BETWEEN = new Set([...PASSIVE_AUXILIARIES, ...PERFECT_AUXILIARIES, ...TRIGGER_ADVERBS]);

/** The index of the pronoun standing for the victim of the trigger, or null. */
const victimPronoun = (input: PronounVictimInput): number | null => {
  const { toks, trigger, pos } = input;
  const undergoes = input.passive || UNDERGOER_VERBS.has(toks[trigger.first]?.norm ?? '');
  if (pos === 'noun') {
    // "her abduction", not "his killing of four men"
    const before = trigger.first - 1;
    const noun = toks[trigger.last - 1]?.norm ?? '';
    const ok =
      PATIENT_NOMINALS.has(noun) &&
      toks[trigger.last]?.norm !== PATIENT_MARKER &&
      VICTIM_POSSESSIVE_PRONOUNS.has(toks[before]?.norm ?? '');
    return ok ? before : null;
  }
  if (undergoes) {
    // "she was found stabbed", "he was beaten and stabbed": past the participles and link to the auxiliary
    let i = auxiliaryBefore(toks, trigger.first - 1);
    while (i >= 0 && BETWEEN.has(toks[i]!.norm)) i -= 1;
    // "he had a seizure and died": the subject of the verb the trigger is joined to
    const named = (k: number) =>
      input.entities.some((e) => e.span.start < toks[k]!.span.end && toks[k]!.span.start < e.span.end);
    const subject = i >= 0 ? (coordinatedSubject(toks, i, named) ?? i) : i;
    return subject >= 0 && VICTIM_SUBJECT_PRONOUNS.has(toks[subject]!.norm) ? subject : null;
  }
  const object = trigger.last;
  if (!VICTIM_OBJECT_PRONOUNS.has(toks[object]?.norm ?? '')) return null;
  // "killed her husband": a possessive (an untagged word after "her" may be one too)
  const next = toks[object + 1];
  const possessive =
    next !== undefined && next.kind === 'word' && (next.pos === null || NOUN_PHRASE_TAGS.has(next.pos));
  return toks[object]!.norm === 'her' && possessive ? null : object;
};

type Gender = 'male' | 'female';
const pronounGender = (w: string): Gender | null =>
  MALE_PRONOUNS.has(w) ? 'male' : FEMALE_PRONOUNS.has(w) ? 'female' : null;

const wordsIn = (text: string, from: number, to: number): string[] =>
  [...text.slice(from, to).matchAll(/[A-Za-z]+/g)].map((m) => m[0].toLowerCase());

/** The gender an honorific opening a name, or right before it, tells ("Mrs McConville"), else null. */
const honorificGender = (text: string, e: EntityMention): Gender | null => {
  const first = wordsIn(text, e.span.start, e.span.end)[0] ?? '';
  const before = wordsIn(text, Math.max(0, e.span.start - 6), e.span.start).at(-1) ?? '';
  const title = [first, before];
  if (title.some((w) => MALE_HONORIFICS.has(w))) return 'male';
  return title.some((w) => FEMALE_HONORIFICS.has(w)) ? 'female' : null;
};

/**
 * Another one the pronoun may stand for: a pronoun of the other gender between the name and it ("Davis wrote of
 * her father …, and he died"); with the name in the sentence before, a singular pronoun or a noun naming one
 * person earlier in the pronoun's own sentence ("He added … his arrest", "the gunman _ he had been shot").
 */
const rivalled = (input: PronounVictimInput, at: number, name: EntityMention, gender: Gender): boolean => {
  const { text, toks } = input;
  const between = wordsIn(text, name.span.end, toks[at]!.span.start);
  if (between.some((w) => pronounGender(w) !== null && pronounGender(w) !== gender)) return true;
  if (name.span.start >= toks[0]!.span.start) return false;
  // "Omar Haddad was shot. A guard was hurt. He died": two sentences back, a noun naming one person between
  if (name.span.start < (input.previousStart ?? name.span.start) && between.some((w) => PERSON_NOUNS.has(w)))
    return true;
  return toks.slice(0, at).some((k) => pronounGender(k.norm) !== null || PERSON_NOUNS.has(k.norm));
};

/** The words of a person's key: "Lopez" and "Maria Lopez" name one person. */
const words = (e: EntityMention): string[] => e.key.split(/\s+/).filter(Boolean);
const samePerson = (a: EntityMention, b: EntityMention): boolean => {
  const [x, y] = [words(a), words(b)].sort((p, q) => p.length - q.length);
  return x!.length > 0 && x!.every((w) => y!.includes(w));
};

/**
 * The victim a pronoun stands for ("Maria Lopez disappeared. Police said she was kidnapped."): the subject of a
 * passive or undergoer verb, the object of an active one, the possessor of a noun done to someone, read back to
 * the person named before it in its sentence or the one before (or, that naming none, the one before that), when exactly one person (its actors and persons
 * of the other gender by honorific aside) is named there and no rival stands between (rivalled). Null when no
 * such pronoun, no person or two persons ("Maria told Ana she was …").
 */
export const pronounVictim = (input: PronounVictimInput): EntityMention | null => {
  const at = victimPronoun(input);
  if (at === null) return null;
  const pronounStart = input.toks[at]!.span.start;
  const gender = pronounGender(input.toks[at]!.norm)!;
  const people = input.entities.filter(
    (e) =>
      e.type === 'person' &&
      e.span.end <= pronounStart &&
      !input.actorIds.includes(e.id) &&
      (honorificGender(input.text, e) ?? gender) === gender,
  );
  const nearest = people.at(-1);
  if (nearest === undefined || !people.every((e) => samePerson(e, nearest))) return null;
  return rivalled(input, at, nearest, gender) ? null : nearest;
};
