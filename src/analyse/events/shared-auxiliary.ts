import { PASSIVE_AUXILIARIES } from '../../lang/en/events-syntax.js';
import { clauseOf, type TokenRange, type TriggerInSentence } from './clause-of.js';
import { auxiliaryBefore } from './role-tokens.js';

/**
 * The clause of a trigger whose participle shares a passive auxiliary across a comma ("X was shot, stabbed and
 * beaten": "stabbed" is told of X too): the clause reaches back to the auxiliary's own clause. Any other clause
 * is kept; `inName` tells a name's token ("IS" is no auxiliary).
 */
export const sharedAuxiliaryClause = (
  input: TriggerInSentence,
  clause: TokenRange,
  inName: (i: number) => boolean = () => false,
): TokenRange => {
  const { text, toks, trigger } = input;
  if (toks[clause.first - 1]?.norm !== ',') return clause;
  const aux = auxiliaryBefore(toks, trigger.first - 1, inName);
  if (aux < 0 || aux >= clause.first || !PASSIVE_AUXILIARIES.has(toks[aux]!.norm) || inName(aux))
    return clause;
  return { first: clauseOf(text, toks, { first: aux, last: aux + 1 }).first, last: clause.last };
};
