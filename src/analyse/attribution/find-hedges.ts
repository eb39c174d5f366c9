import { ATTRIBUTION_HEDGES } from '../../lang/en/attribution-hedges.js';
import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';

const firstAtOrAfter = (tokens: readonly Token[], offset: number): number => {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Hedge words inside `range` (the source, cue and content of an attribution), skipping nouns such as
 * "the claims" (a determiner before the word makes it a thing, not a hedge).
 */
export const findHedges = (tokens: readonly Token[], range: Span): Span[] => {
  const hedges: Span[] = [];
  for (let i = firstAtOrAfter(tokens, range.start); i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.span.end > range.end) break;
    if (!ATTRIBUTION_HEDGES.has(t.norm)) continue;
    const prev = tokens[i - 1];
    if (prev && DETERMINERS.has(prev.norm)) continue;
    hedges.push(t.span);
  }
  return hedges;
};
