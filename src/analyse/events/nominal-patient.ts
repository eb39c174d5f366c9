import { PATIENT_MARKER, PATIENT_NOMINALS } from '../../lang/en/events-patient-nominals.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';
import { firstTokenAt } from './role-tokens.js';

const POSSESSIVE = /^['’]s\b/;

/**
 * The patient of a noun trigger done to someone (PATIENT_NOMINALS): the name right after "of" ("the abduction
 * of X"), else the possessors among the names read as its actors ("X's abduction"); none for another noun ("the
 * army's offensive"). `named`: the names before the trigger read as its actors; `later`: the names after it.
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
    const object = later.find((e) => firstTokenAt(toks, e.span.start) === trigger.last + 1);
    return object ? [object] : [];
  }
  return named.filter((e) => POSSESSIVE.test(text.slice(e.span.end)));
};
