import { CAUSE_NOUNS, CAUSE_PREPOSITIONS } from '../../lang/en/events-causes.js';
import { VERB_GROUP_WORDS } from '../../lang/en/events-role-cues.js';
import { TRIGGER_ADVERBS } from '../../lang/en/events-syntax.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';
import { endsNounPhrase } from './role-tokens.js';

/** Words between a causal preposition and the attack noun heading its phrase ("in the government's assault"). */
const HEAD_REACH = 5;

/** The attack trigger covering token i, or null. */
export type AttackAt = (i: number) => TokenRange | null;

const attackOrCause = (
  toks: readonly Token[],
  i: number,
  attackAt: AttackAt,
  inName: (i: number) => boolean,
) => attackAt(i) ?? (CAUSE_NOUNS.has(toks[i]!.norm) && !inName(i) ? { first: i, last: i + 1 } : null);

/**
 * The attack noun heading a causal phrase after a trigger, before token `to`: "killed in the government's assault
 * on X", "killed by rebel fire", "died during shelling by Y" → the range of "assault", "rebel fire", "shelling".
 * `attackAt(i)` gives the attack trigger covering token i; a cause noun ("attack", "bombardment") outside names
 * is one too. Null when no such phrase follows ("killed in an accident", "killed in the capital").
 */
export const causalHead = (
  toks: readonly Token[],
  trigger: TokenRange,
  to: number,
  attackAt: AttackAt,
  inName: (i: number) => boolean,
): TokenRange | null => {
  for (let i = trigger.last; i < to; i += 1) {
    if (!CAUSE_PREPOSITIONS.has(toks[i]!.norm)) continue;
    for (let j = i + 1; j < Math.min(to, i + 1 + HEAD_REACH); j += 1) {
      const hit = attackOrCause(toks, j, attackAt, inName);
      if (hit) return hit;
      if (endsNounPhrase(toks[j]!)) break;
    }
  }
  return null;
};

/** Words between the attack noun heading a subject and its verb ("air strikes by the Syrian army have killed"). */
const SUBJECT_REACH = 8;
const VERBISH = new Set(['VERB', 'AUX']);
const COORDINATORS = new Set(['and', 'or', 'but']);
const endsSubject = (t: Token) =>
  (t.pos !== null && VERBISH.has(t.pos)) ||
  COORDINATORS.has(t.norm) ||
  (t.kind === 'punctuation' && t.norm !== "'s");

/**
 * The attack noun heading the subject of an active trigger ("rebel shelling killed", "air strikes by X have
 * killed"), from token `from` on, or null.
 */
export const subjectHead = (
  toks: readonly Token[],
  trigger: TokenRange,
  from: number,
  attackAt: AttackAt,
  inName: (i: number) => boolean,
): TokenRange | null => {
  let i = trigger.first - 1;
  while (i >= from && (VERB_GROUP_WORDS.has(toks[i]!.norm) || TRIGGER_ADVERBS.has(toks[i]!.norm))) i -= 1;
  for (let k = i; k >= Math.max(from, i - SUBJECT_REACH); k -= 1) {
    const hit = attackOrCause(toks, k, attackAt, inName);
    if (hit) return hit;
    if (endsSubject(toks[k]!)) return null;
  }
  return null;
};
