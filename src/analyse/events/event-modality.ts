import {
  MODALITY_CUES,
  MODALITY_REACH,
  NEGATION_REACH,
  STANCE_MODALITY,
  SUBJECT_MODALS,
} from '../../lang/en/events-modality.js';
import type { Modality } from '../../model/event-type.js';
import type { Stance } from '../../model/stance.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';

const SUBJECT_REACH = 6;

const says = (toks: readonly Token[], from: number, to: number, phrases: readonly string[]): boolean => {
  const words = ` ${toks
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ')} `;
  return phrases.some((p) => words.includes(` ${p} `));
};

/**
 * Whether the text says the event happened: words before the trigger in its clause ("did not", "fear that",
 * "would", "plans to"), a modal after a trigger that opens its clause ("Capturing X would be …"), or the stance
 * of the attribution it is told under (a denial, a warning, a hope, a proposal). Strongest first.
 */
export const eventModality = (
  toks: readonly Token[],
  clause: TokenRange,
  trigger: TokenRange,
  stance: Stance | null,
): Modality => {
  const fromStance = stance ? (STANCE_MODALITY[stance] ?? null) : null;
  const windowStart = Math.max(clause.first, trigger.first - MODALITY_REACH);
  const negationStart = Math.max(clause.first, trigger.first - NEGATION_REACH);
  const opensClause = trigger.first === clause.first;
  for (const { modality, phrases } of MODALITY_CUES) {
    if (fromStance === modality) return modality;
    const from = modality === 'denied' ? negationStart : windowStart;
    if (says(toks, from, trigger.first, phrases)) return modality;
    if (
      modality === 'hypothetical' &&
      opensClause &&
      says(toks, trigger.last, Math.min(clause.last, trigger.last + SUBJECT_REACH), SUBJECT_MODALS)
    )
      return modality;
  }
  return 'happened';
};
