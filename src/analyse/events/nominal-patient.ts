import {
  PATIENT_HONORIFICS,
  PATIENT_MARKER,
  PATIENT_NOMINALS,
} from '../../lang/en/events-patient-nominals.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';
import { firstTokenAt } from './role-tokens.js';

const POSSESSIVE = /^['’]s\b/;
const HONORIFICS: ReadonlySet<string> = new Set(PATIENT_HONORIFICS);

/** "Mr.", "Dr": an honorific token, which a person's name span leaves out. */
const honorific = (t: Token | undefined): boolean =>
  t !== undefined && HONORIFICS.has(t.norm.replace(/\.$/, ''));

/** A verb trigger done to someone read as a noun by the "of" after it ("the Feb. 13 killing of Mr. Kim"). */
export const nominalVerb = (toks: readonly Token[], trigger: TokenRange): boolean =>
  PATIENT_NOMINALS.has(toks[trigger.last - 1]?.norm ?? '') && toks[trigger.last]?.norm === PATIENT_MARKER;

/**
 * The patient of a noun trigger done to someone (PATIENT_NOMINALS): the name right after "of", or after "of" and
 * an honorific ("the abduction of X", "the killing of Mr. X"), else the possessors among the names read as its
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
    const at = honorific(toks[trigger.last + 1]) ? trigger.last + 2 : trigger.last + 1;
    const object = later.find((e) => firstTokenAt(toks, e.span.start) === at);
    return object ? [object] : [];
  }
  return named.filter((e) => POSSESSIVE.test(text.slice(e.span.end)));
};
