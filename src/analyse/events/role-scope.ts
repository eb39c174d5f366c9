import {
  LIGHT_VERBS,
  PLACE_RELATIVES,
  PREPOSITIONAL_SUBORDINATORS,
  RELATIVE_PRONOUNS,
  SUBJECT_STARTS,
  SUBORDINATORS,
  VERB_GROUP_WORDS,
} from '../../lang/en/events-role-cues.js';
import { PASSIVE_AUXILIARIES, TRIGGER_ADVERBS } from '../../lang/en/events-syntax.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';

/**
 * Where a trigger's roles may be found inside its clause. A subordinate or relative clause is the scope of its
 * own verb: "Hammond condemns attacks which have killed civilians" (Hammond is not the killer), "the city that
 * rebels seized" (rebels seized, the city's recapturer did not), "fled … since the regime began" (the regime is
 * not what was fled).
 */
export interface RoleScope {
  /** Subjects and places before the trigger start at this token. */
  readonly from: number;
  /** Objects and places after the trigger end before this token. */
  readonly to: number;
  /** A relative clause between subject and trigger, skipped ("the YPG, which controls X, moved into …"). */
  readonly skip: TokenRange | null;
  /** The last token of the antecedent of a relative word opening the trigger's clause, and what it stands for. */
  readonly antecedent: { readonly token: number; readonly as: 'subject' | 'place' } | null;
}

/** Token i begins an entity, or a pronoun or determiner starting a subject ("that the army seized"). */
export type StartsSubject = (i: number) => boolean;

const VERBISH = new Set(['VERB', 'AUX']);
const COORDINATORS = new Set(['and', 'or']);
const isVerbGroupWord = (norm: string) =>
  VERB_GROUP_WORDS.has(norm) || PASSIVE_AUXILIARIES.has(norm) || TRIGGER_ADVERBS.has(norm);
/** A verb among tokens [from, to): tagged so (not an auxiliary), or a light verb ("since the regime began"). */
const hasVerb = (toks: readonly Token[], from: number, to: number): boolean =>
  toks
    .slice(from, to)
    .some(
      (t) => LIGHT_VERBS.has(t.norm) || (t.pos !== null && VERBISH.has(t.pos) && !isVerbGroupWord(t.norm)),
    );

/** "that" is a relative pronoun or conjunction when a subject or the verb follows it, not in "that town". */
const thatOpens = (
  toks: readonly Token[],
  i: number,
  startsSubject: StartsSubject,
  trigger: number,
): boolean => {
  const next = toks[i + 1];
  if (next === undefined) return false;
  if (startsSubject(i + 1) || SUBJECT_STARTS.has(next.norm) || i + 1 === trigger) return true;
  let j = i + 1;
  while (j < toks.length && isVerbGroupWord(toks[j]!.norm)) j += 1;
  return j > i + 1 && (j === trigger || (toks[j]!.pos !== null && VERBISH.has(toks[j]!.pos!)));
};

/** The antecedent of a relative word at token i: the token before it, or before the comma before it. */
const antecedentOf = (toks: readonly Token[], i: number, clauseFirst: number): number | null => {
  const j = i === clauseFirst && toks[i - 1]?.norm === ',' ? i - 2 : i - 1;
  return j >= 0 ? j : null;
};

/** The role scope of a trigger inside its clause (see RoleScope). */
export const roleScope = (
  toks: readonly Token[],
  clause: TokenRange,
  trigger: TokenRange,
  pos: 'verb' | 'noun',
  startsSubject: StartsSubject,
): RoleScope => {
  let from = clause.first;
  let skip: TokenRange | null = null;
  let antecedent: RoleScope['antecedent'] = null;
  for (let i = trigger.first - 1; i >= clause.first; i -= 1) {
    const norm = toks[i]!.norm;
    // "after walking in Moscow's Red Square": a subjectless gerund clause keeps the setting of the event
    const gerund = /ing$/.test(toks[i + 1]?.norm ?? '');
    const verbAhead = !gerund && (pos === 'verb' || hasVerb(toks, i + 1, trigger.first));
    // "…'s campaign compared …, while accusing Trump": the gerund right after goes on with the main subject
    const participle = gerund && pos === 'verb' && i + 1 === trigger.first;
    if ((SUBORDINATORS.has(norm) && !participle) || (PREPOSITIONAL_SUBORDINATORS.has(norm) && verbAhead)) {
      from = i + 1;
      break;
    }
    const relative =
      RELATIVE_PRONOUNS.has(norm) && (norm !== 'that' || thatOpens(toks, i, startsSubject, trigger.first));
    if (!relative && !PLACE_RELATIVES.has(norm)) continue;
    let gap = i + 1;
    while (gap < trigger.first && isVerbGroupWord(toks[gap]!.norm) && !startsSubject(gap)) gap += 1;
    // "attacks which have killed and injured civilians": the trigger shares the relative's verb group
    if (gap < trigger.first && COORDINATORS.has(toks[trigger.first - 1]!.norm)) gap = trigger.first;
    const opensSubject = startsSubject(gap) || SUBJECT_STARTS.has(toks[gap]!.norm);
    if (relative && pos === 'verb' && gap < trigger.first && !opensSubject) {
      // "The YPG militia which controls the district moved into …": the relative clause sits inside the subject.
      skip = { first: i, last: trigger.first };
      continue;
    }
    from = i + 1;
    const token = antecedentOf(toks, i, clause.first);
    if (token !== null && PLACE_RELATIVES.has(norm)) antecedent = { token, as: 'place' };
    else if (token !== null && gap === trigger.first && pos === 'verb') antecedent = { token, as: 'subject' };
    break;
  }
  let to = clause.last;
  for (let i = trigger.last; i < clause.last; i += 1) {
    const norm = toks[i]!.norm;
    const opens =
      SUBORDINATORS.has(norm) ||
      PLACE_RELATIVES.has(norm) ||
      (RELATIVE_PRONOUNS.has(norm) && (norm !== 'that' || thatOpens(toks, i, startsSubject, -1))) ||
      (PREPOSITIONAL_SUBORDINATORS.has(norm) &&
        !/ing$/.test(toks[i + 1]?.norm ?? '') &&
        hasVerb(toks, i + 1, clause.last));
    if (opens) {
      to = i;
      break;
    }
  }
  return { from, to, skip, antecedent };
};
