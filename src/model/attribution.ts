import type { Evidence } from './evidence.js';
import type { MentionId } from './ids.js';
import type { Span } from './span.js';
import type { Stance } from './stance.js';

/** "X said Y", "according to X, Y", "Y, the monitor said": source, cue and content spans. */
export interface Attribution {
  readonly id: MentionId;
  /** The words naming the source ("the Britain-based Observatory", "it"), or null when unstated. */
  readonly source: Span | null;
  /** The entity mention the source resolves to, or null. */
  readonly sourceMentionId: MentionId | null;
  /** The cue ("said", "according to", "denied"). */
  readonly cue: Span;
  /** What is attributed. */
  readonly content: Span;
  readonly stance: Stance;
  /** True when the content is a direct quotation. */
  readonly direct: boolean;
  /** Hedge words in or around the cue ("reportedly", "claimed"), as spans. */
  readonly hedges: readonly Span[];
  /**
   * The earlier attribution this one answers, for denials and confirmations ("Rebels denied the claims",
   * "X confirmed that …" repeating an earlier claim); null otherwise.
   */
  readonly refersTo: MentionId | null;
  readonly evidence: Evidence;
}
