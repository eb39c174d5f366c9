import { RELATIVE_PRONOUNS } from '../../lang/en/events-role-cues.js';
import { TIME_OCCASION_PREPOSITIONS } from '../../lang/en/time-premodifier-words.js';
import type { TimeMention } from '../../model/time-mention.js';
import type { Token } from '../../model/token.js';
import { clauseOf, type TokenRange, tokenRange } from './clause-of.js';
import { premodifiedNominal } from './premodified-nominal.js';

const VERB_TAGS = new Set(['VERB']);
/** "that" as a conjunction ("said that …"), not a relative pronoun. */
const CONJUNCTION_TAGS = new Set(['SCONJ']);

/** Whether a clause has a verb outside `except`. */
const hasVerb = (toks: readonly Token[], clause: TokenRange, except: TokenRange | null): boolean =>
  toks
    .slice(clause.first, clause.last)
    .some(
      (k, i) =>
        VERB_TAGS.has(k.pos ?? '') &&
        (except === null || i + clause.first < except.first || i + clause.first >= except.last),
    );

const within = (inner: TokenRange, outer: TokenRange): boolean =>
  inner.first >= outer.first && inner.last <= outer.last;

/** Whether a relative pronoun stands in [first, last) ("the 1996 bombing that killed …"). */
const relativeIn = (toks: readonly Token[], first: number, last: number): boolean =>
  toks.slice(first, last).some((k) => RELATIVE_PRONOUNS.has(k.norm) && !CONJUNCTION_TAGS.has(k.pos ?? ''));

/**
 * Whether a time may date a trigger: it lies in the trigger's clause, or its own clause tells nothing else (no
 * verb: "On Saturday, …", "Overnight, …"). A time in another clause with a verb of its own dates that clause's
 * happening ("Having failed to reach him in 2001, …, officials were told about the raid"). A relative clause
 * counts with the clause before it ("the May 2 raid, which killed …"). A time that premodifies a noun dates that
 * noun's happening and a relative clause after it ("the 1996 bombing that killed …"), but not the rest of its
 * clause ("arrested over the 1972 killing": not the arrest) unless the clause happened in it ("killed in
 * Tuesday's attack").
 */
export const ownClause = (
  text: string,
  toks: readonly Token[],
  triggers: readonly TokenRange[],
  times: readonly TimeMention[],
) => {
  const ranges = times.map((t) => tokenRange(toks, t.span.start, t.span.end));
  const premodified = ranges.map((r) => premodifiedNominal(toks, r));
  return (time: number, trigger: number): boolean => {
    const range = ranges[time]!;
    let mine = clauseOf(text, toks, triggers[trigger]!);
    // a relative clause ("…, which killed …") is dated with the clause it qualifies (past verbless appositions)
    if (RELATIVE_PRONOUNS.has(toks[mine.first]?.norm ?? '')) {
      let first = mine.first;
      while (first > 1) {
        const before = clauseOf(text, toks, { first: first - 2, last: first - 1 });
        first = before.first;
        if (hasVerb(toks, before, null)) break;
      }
      mine = { first, last: mine.last };
    }
    // a time that starts in the clause dates it, even if it runs on ("Saturday (26 November)")
    const fits =
      (range.first >= mine.first && range.first < mine.last) ||
      !hasVerb(toks, clauseOf(text, toks, range), range);
    const p = premodified[time];
    if (!p || TIME_OCCASION_PREPOSITIONS.has(toks[p.opens - 1]?.norm ?? '')) return fits;
    const r = triggers[trigger]!;
    return within(r, p.noun) || (fits && relativeIn(toks, p.noun.last, r.first));
  };
};
