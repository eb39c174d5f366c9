import {
  PATIENT_HONORIFICS,
  PATIENT_LIST_JOINER,
  PATIENT_MARKER,
  PATIENT_NOMINALS,
} from '../../lang/en/events-patient-nominals.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';
import { firstTokenAt, lastTokenOf } from './role-tokens.js';

const POSSESSIVE = /^['’]s\b/;
const HONORIFICS: ReadonlySet<string> = new Set(PATIENT_HONORIFICS);

/** "Mr.", "Dr": an honorific token, which a person's name span leaves out. */
const honorific = (t: Token | undefined): boolean =>
  t !== undefined && HONORIFICS.has(t.norm.replace(/\.$/, ''));

/** A verb trigger done to someone read as a noun by the "of" after it ("the Feb. 13 killing of Mr. Kim"). */
export const nominalVerb = (toks: readonly Token[], trigger: TokenRange): boolean =>
  PATIENT_NOMINALS.has(toks[trigger.last - 1]?.norm ?? '') && toks[trigger.last]?.norm === PATIENT_MARKER;

/** The token past an honorific at `i` ("Mr. Kim" → "Kim"). */
const pastHonorific = (toks: readonly Token[], i: number): number => (honorific(toks[i]) ? i + 1 : i);

/**
 * The names listed from token `at` ("of X, Y and Mr. Z"): names joined by commas and a final "and" (as
 * placeList reads places), each maybe after an honorific; without that final "and" only the first ("of X, a
 * diplomat", "of X, Y said").
 */
const listedNames = (
  text: string,
  toks: readonly Token[],
  at: number,
  later: readonly EntityMention[],
): EntityMention[] => {
  const startingAt = (i: number) => later.find((e) => firstTokenAt(toks, e.span.start) === i);
  // "of X and Y's brother": a possessor is no name of the list
  const own = (e: EntityMention | undefined) =>
    e && !POSSESSIVE.test(text.slice(e.span.end)) ? e : undefined;
  const first = startingAt(at);
  if (!first) return [];
  const names = [first];
  let i = lastTokenOf(toks, first) + 1;
  for (;;) {
    const comma = toks[i]?.norm === ',';
    if (comma) i += 1;
    const and = toks[i]?.norm === PATIENT_LIST_JOINER;
    if (!comma && !and) break;
    const next = own(startingAt(pastHonorific(toks, and ? i + 1 : i)));
    if (!next) break;
    names.push(next);
    if (and) return names;
    i = lastTokenOf(toks, next) + 1;
  }
  return [first];
};

/**
 * The patients of a noun trigger done to someone (PATIENT_NOMINALS): the name right after "of", or after "of" and
 * an honorific ("the abduction of X", "the killing of Mr. X"), with those listed after it ("the killings of X
 * and Y"), else the possessors among the names read as its
 * actors ("X's abduction"); none for another noun ("the army's offensive"). `named`: the names before the trigger
 * read as its actors; `later`: the names after it.
 */
export const nominalPatient = (
  text: string,
  toks: readonly Token[],
  trigger: TokenRange,
  named: readonly EntityMention[],
  later: readonly EntityMention[],
): EntityMention[] => {
  if (!PATIENT_NOMINALS.has(toks[trigger.last - 1]?.norm ?? '')) return [];
  if (toks[trigger.last]?.norm === PATIENT_MARKER) {
    return listedNames(text, toks, pastHonorific(toks, trigger.last + 1), later);
  }
  return named.filter((e) => POSSESSIVE.test(text.slice(e.span.end)));
};
