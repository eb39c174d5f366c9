import {
  BE_FORMS,
  DETERMINERS,
  PRE_CUE_MODIFIERS,
  SOURCE_PRONOUNS,
} from '../../lang/en/attribution-syntax.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { phraseLeftOf } from './noun-phrase.js';

/** The source phrase before a cue; `boundary` is the token index that ended it (-1: sentence start). */
export interface SourceBefore {
  readonly source: Span | null;
  readonly head: Span | null;
  readonly boundary: number;
}

const between = (toks: readonly Token[], first: number, last: number): Span =>
  span(toks[first]!.span.start, toks[last]!.span.end);

/**
 * The subject of a reporting cue at token `cue`: a pronoun, a noun phrase, or "Head, apposition," (whose head is
 * where the entity is looked for). Null when the cue is a noun, an adjective or passive ("the said document",
 * "was reported") or no phrase stands before it.
 */
export const sourceBefore = (toks: readonly Token[], cue: number): SourceBefore | null => {
  const prev = toks[cue - 1];
  if (prev && (DETERMINERS.has(prev.norm) || BE_FORMS.has(prev.norm))) return null;
  let k = cue - 1;
  while (k >= 0 && PRE_CUE_MODIFIERS.has(toks[k]!.norm)) k -= 1;
  const t = toks[k];
  if (!t) return { source: null, head: null, boundary: -1 };
  if (BE_FORMS.has(t.norm)) return null;
  if (t.norm in SOURCE_PRONOUNS) return { source: t.span, head: t.span, boundary: k - 1 };
  if (t.norm === ',') {
    const appos = phraseLeftOf(toks, k - 1);
    if (!appos || appos.first > k - 1 || toks[appos.boundary]?.norm !== ',') return null;
    const head = phraseLeftOf(toks, appos.boundary - 1);
    if (!head || head.first > appos.boundary - 1) return null;
    return {
      source: between(toks, head.first, k - 1),
      head: between(toks, head.first, appos.boundary - 1),
      boundary: head.boundary,
    };
  }
  const np = phraseLeftOf(toks, k);
  if (!np) return null;
  if (np.first > k) return { source: null, head: null, boundary: np.boundary };
  const s = between(toks, np.first, k);
  return { source: s, head: s, boundary: np.boundary };
};
