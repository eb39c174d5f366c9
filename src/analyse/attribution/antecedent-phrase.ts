import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { phraseLeftOf, spacedDash } from './noun-phrase.js';

/** Most tokens of a parenthesis skipped between an antecedent and its relative pronoun ("(MNLA)"). */
const MAX_PARENTHESIS = 8;

/**
 * The noun phrase a relative pronoun source stands for: "a rich supporter who wants", "the National Movement
 * for the Liberation of Azawad (MNLA), which wants" (a comma or a dash, and a short parenthesis, may stand between). Null
 * when the pronoun is not a token of `toks` or no noun phrase ends right before it.
 */
export const antecedentPhrase = (toks: readonly Token[], pronoun: Span): Span | null => {
  const at = toks.findIndex((t) => t.span.start === pronoun.start);
  // "much of which", "in which": the pronoun is the object of a preposition, not the subject of its clause.
  if (at < 1 || toks[at - 1]!.pos === 'ADP') return null;
  let j = at - 1;
  if (toks[j]!.norm === ',' || spacedDash(toks, j)) j -= 1;
  if (toks[j]?.norm === ')') {
    const open = toks.findLastIndex((t, i) => i < j && t.norm === '(');
    if (open < 0 || j - open > MAX_PARENTHESIS) return null;
    j = open - 1;
  }
  if (j < 0) return null;
  const np = phraseLeftOf(toks, j);
  if (!np || np.first > j || toks[np.first]!.pos === 'ADP' || toks[j]!.pos === 'ADP') return null;
  return span(toks[np.first]!.span.start, toks[j]!.span.end);
};
