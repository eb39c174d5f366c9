import type { EntityMention } from '../../model/entity-mention.js';
import { type Span, spanContains } from '../../model/span.js';
import { PRONOUN_REACH, type ResolvedSource } from './resolve-source.js';

/** A claim already resolved, as the speaker a later quotation no cue reaches may go on from. */
export interface SpokenClaim extends ResolvedSource {
  readonly source: Span | null;
  readonly cue: Span;
  readonly content: Span;
}

/**
 * Who speaks a quotation no cue reaches, in sentence `sentence` (its speaker unstated): the speaker of a claim
 * told in the sentence right before it with a stated source, outside any quotation ('Smith said the town would
 * not fall. "Our soldiers will hold it."' is Smith's, even after an earlier quotation of Jones); else the
 * speaker of the last quotation within PRONOUN_REACH sentences; else none.
 */
export const uncuedSpeaker = (sentence: number, resolved: readonly SpokenClaim[]): EntityMention | null => {
  const last = resolved.at(-1);
  const quoted = (r: SpokenClaim) =>
    resolved.some((q) => q !== r && q.direct && spanContains(q.content, r.cue));
  if (last && last.sentence === sentence - 1 && !last.direct && last.source !== null && !quoted(last))
    return last.mention;
  const speaker = [...resolved].reverse().find((r) => r.direct && sentence - r.sentence <= PRONOUN_REACH);
  return speaker?.mention ?? null;
};
