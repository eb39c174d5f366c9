import { RELATIVE_PRONOUNS } from '../../lang/en/events-role-cues.js';
import type { TimeMention } from '../../model/time-mention.js';
import type { Token } from '../../model/token.js';
import { clauseOf, type TokenRange, tokenRange } from './clause-of.js';

const VERB_TAGS = new Set(['VERB']);

/** Whether a clause has a verb outside `except`. */
const hasVerb = (toks: readonly Token[], clause: TokenRange, except: TokenRange | null): boolean =>
  toks
    .slice(clause.first, clause.last)
    .some(
      (k, i) =>
        VERB_TAGS.has(k.pos ?? '') &&
        (except === null || i + clause.first < except.first || i + clause.first >= except.last),
    );

/**
 * Whether a time may date a trigger: it lies in the trigger's clause, or its own clause tells nothing else (no
 * verb: "On Saturday, …", "Overnight, …"). A time in another clause with a verb of its own dates that clause's
 * happening ("Having failed to reach him in 2001, …, officials were told about the raid"). A relative clause
 * counts with the clause before it ("the May 2 raid, which killed …").
 */
export const ownClause =
  (text: string, toks: readonly Token[], triggers: readonly TokenRange[], times: readonly TimeMention[]) =>
  (time: number, trigger: number): boolean => {
    const t = times[time]!;
    const range = tokenRange(toks, t.span.start, t.span.end);
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
    if (range.first >= mine.first && range.first < mine.last) return true;
    return !hasVerb(toks, clauseOf(text, toks, range), range);
  };
