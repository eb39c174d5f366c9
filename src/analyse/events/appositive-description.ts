import {
  APPOSITIVE_LEADS,
  APPOSITIVE_MAX_TOKENS,
  APPOSITIVE_VERB_TAGS,
} from '../../lang/en/events-appositives.js';
import { RELATIVE_PRONOUNS, VERB_GROUP_WORDS } from '../../lang/en/events-role-cues.js';
import { CLAUSE_BOUNDARIES, PASSIVE_AUXILIARIES } from '../../lang/en/events-syntax.js';
import type { Token } from '../../model/token.js';
import { inVerbGroup } from './appositive-age.js';
import { clauseOf, type TokenRange, type TriggerInSentence } from './clause-of.js';

/**
 * A word that makes a stretch a clause rather than a noun phrase: a verb, an auxiliary, a relative pronoun, clause
 * punctuation ("'s" in a description is a possessive: "the country's ruler").
 */
const clauseWord = (t: Token): boolean =>
  CLAUSE_BOUNDARIES.has(t.norm) ||
  (t.pos !== null && APPOSITIVE_VERB_TAGS.has(t.pos)) ||
  RELATIVE_PRONOUNS.has(t.norm) ||
  VERB_GROUP_WORDS.has(t.norm) ||
  (PASSIVE_AUXILIARIES.has(t.norm) && !t.norm.startsWith("'"));

/**
 * The clause of a trigger right after a name and a description of the person between commas ("Omar Haddad, the
 * younger brother of the ruler, was killed"): when only the trigger's verb group stands between the description
 * and it, and the description is a short noun phrase (it opens with a determiner or possessive, has no verb and
 * names no one itself: `named` tells a token inside an entity), the clause reaches back to the name's own clause,
 * so the name is the trigger's subject. Any other clause is kept; `nameEndsAt` tells a person name's last token.
 */
export const appositiveDescriptionClause = (
  input: TriggerInSentence,
  clause: TokenRange,
  nameEndsAt: (i: number) => boolean,
  named: (i: number) => boolean,
): TokenRange => {
  const { text, toks, trigger } = input;
  const at = clause.first;
  if (toks[at - 1]?.norm !== ',') return clause;
  if (!toks.slice(at, trigger.first).every(inVerbGroup)) return clause;
  let comma = at - 2;
  while (comma >= 0 && toks[comma]!.norm !== ',' && at - 1 - comma <= APPOSITIVE_MAX_TOKENS) comma -= 1;
  if (comma < 1 || toks[comma]!.norm !== ',' || !APPOSITIVE_LEADS.has(toks[comma + 1]?.norm ?? ''))
    return clause;
  for (let i = comma + 1; i < at - 1; i += 1) if (clauseWord(toks[i]!) || named(i)) return clause;
  if (!nameEndsAt(comma - 1)) return clause;
  return { first: clauseOf(text, toks, { first: comma - 1, last: comma }).first, last: clause.last };
};
