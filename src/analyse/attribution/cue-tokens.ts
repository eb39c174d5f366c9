import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';

/** The tokens a cue covers, as [first, one past the last]; first is -1 when no token ends after its start. */
export const cueTokens = (toks: readonly Token[], cue: Span): [number, number] => {
  const first = toks.findIndex((t) => t.span.end > cue.start);
  if (first < 0) return [-1, -1];
  let last = first;
  while (last < toks.length && toks[last]!.span.start < cue.end) last += 1;
  return [first, last];
};
