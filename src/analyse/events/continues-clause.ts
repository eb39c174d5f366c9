import { CONTINUATIONS, VERB_GROUP_WORDS } from '../../lang/en/events-role-cues.js';
import { PASSIVE_AUXILIARIES } from '../../lang/en/events-syntax.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';

/**
 * A clause after another in the sentence that opens with its verb trigger has no subject of its own: it goes
 * on with the subject of the clause before ("Rebels brought down a plane, killing both pilots"; "Government
 * forces captured Hanano, …, and have begun pushing into …").
 */
export const continuesClause = (toks: readonly Token[], clause: TokenRange, trigger: TokenRange): boolean => {
  if (clause.first === 0 || trigger.first < clause.first) return false;
  for (let i = clause.first; i < trigger.first; i += 1) {
    const norm = toks[i]!.norm;
    if (!CONTINUATIONS.has(norm) && !VERB_GROUP_WORDS.has(norm) && !PASSIVE_AUXILIARIES.has(norm))
      return false;
  }
  return true;
};
