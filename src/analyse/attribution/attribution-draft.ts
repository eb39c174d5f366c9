import type { Span } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { Token } from '../../model/token.js';
import type { QuoteRegion } from './find-quotes.js';

/** One sentence as the cue rules see it. */
export interface SentenceView {
  readonly text: string;
  readonly index: number;
  readonly span: Span;
  readonly toks: readonly Token[];
  /** The previous sentence's span, or null for the first sentence. */
  readonly previous: Span | null;
  /** Quote regions by the offset of their opening mark, and by the offset of their closing mark. */
  readonly quotesByOpen: ReadonlyMap<number, QuoteRegion>;
  readonly quotesByClose: ReadonlyMap<number, QuoteRegion>;
}

/** An attribution before its source is resolved and it gets an id. */
export interface AttributionDraft {
  readonly sentence: number;
  readonly source: Span | null;
  /** Where inside the source to look for the entity (the head of "Moscow, a key regime ally"); else source. */
  readonly head: Span | null;
  readonly cue: Span;
  readonly content: Span;
  readonly stance: Stance;
  readonly direct: boolean;
  /** The cue itself hedges ("claimed"). */
  readonly hedgedCue: boolean;
  /** "…, but said …": the source is that of the previous attribution in the sentence. */
  readonly inheritsSource: boolean;
  /**
   * A quotation going on from the one told by the claim with this cue ('"…," Ahmed said. "…"'): that claim's
   * speaker speaks it (quote-continuation.ts).
   */
  readonly continues?: Span;
  /** The source is known to be unstated (a passive cue with no agent): no earlier speaker stands in for it. */
  readonly unstated?: boolean;
  readonly rule: string;
  readonly confidence: number;
}
