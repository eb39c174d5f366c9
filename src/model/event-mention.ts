import type { EventType, Modality } from './event-type.js';
import type { Evidence } from './evidence.js';
import type { MentionId } from './ids.js';
import type { Span } from './span.js';

/**
 * How much of its place a territory change took as told: `whole` the place itself ("captured the town of X"),
 * `part` ground inside it ("advanced in east X", "seized parts of X").
 */
export type ChangeExtent = 'whole' | 'part';

/** One telling of an event inside one document. */
export interface EventMention {
  readonly id: MentionId;
  /** The word(s) that name the event ("seized", "air strikes", "fled"). */
  readonly trigger: Span;
  /** The clause or sentence the event is told in (what a citation points to). */
  readonly span: Span;
  readonly type: EventType;
  readonly modality: Modality;
  readonly actorIds: readonly MentionId[];
  readonly targetIds: readonly MentionId[];
  readonly placeId: MentionId | null;
  /** A territory change's extent at its place (ChangeExtent); null when untold, unplaced or another type. */
  readonly extent: ChangeExtent | null;
  readonly timeId: MentionId | null;
  readonly figureIds: readonly MentionId[];
  /** The attribution the event is told under ("…, the Observatory said"), or null when the outlet says it. */
  readonly attributionId: MentionId | null;
  readonly evidence: Evidence;
}
