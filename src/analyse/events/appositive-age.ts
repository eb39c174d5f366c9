import { VERB_GROUP_WORDS } from '../../lang/en/events-role-cues.js';
import {
  APPOSITIVE_AGE_MAX,
  PARTICIPLE_JOINERS,
  PARTICIPLE_TAGS,
  PASSIVE_AUXILIARIES,
  PASSIVE_LINKS,
  TRIGGER_ADVERBS,
} from '../../lang/en/events-syntax.js';
import type { Token } from '../../model/token.js';
import { clauseOf, type TokenRange, type TriggerInSentence } from './clause-of.js';

const WHOLE = /^\d{1,3}$/;
/** What may stand between the age and the trigger: its verb group ("was found", "has also been", "was shot,"). */
const VERB_GROUP = new Set([
  ...VERB_GROUP_WORDS,
  ...PASSIVE_AUXILIARIES,
  ...TRIGGER_ADVERBS,
  ...PASSIVE_LINKS,
  ...PARTICIPLE_JOINERS,
]);
/** A word of a trigger's verb group ("was found", "has also been"). */
export const inVerbGroup = (t: Token) =>
  VERB_GROUP.has(t.norm) || (t.pos !== null && PARTICIPLE_TAGS.has(t.pos));

/**
 * The clause of a trigger right after a name and its age between commas ("Maria Lopez, 47, was stabbed", the
 * headline "Maria Lopez, 47, stabbed to death"): when only the trigger's verb group stands between the age and it,
 * the clause reaches back over the age to the name's own clause, so the name is the trigger's subject. Any other
 * clause is kept ("X, 27, face charges after five were injured"); `nameEndsAt` tells a person name's last token.
 */
export const appositiveAgeClause = (
  input: TriggerInSentence,
  clause: TokenRange,
  nameEndsAt: (i: number) => boolean,
): TokenRange => {
  const { text, toks, trigger } = input;
  const at = clause.first;
  if (!toks.slice(at, trigger.first).every(inVerbGroup)) return clause;
  const age = toks[at - 2];
  if (toks[at - 1]?.norm !== ',' || toks[at - 3]?.norm !== ',' || age === undefined) return clause;
  if (!WHOLE.test(age.norm) || Number(age.norm) > APPOSITIVE_AGE_MAX || !nameEndsAt(at - 4)) return clause;
  return { first: clauseOf(text, toks, { first: at - 4, last: at - 3 }).first, last: clause.last };
};
