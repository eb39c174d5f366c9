import type { StoryDoc } from '../../link/story-doc.js';
import type { MentionId } from '../../model/ids.js';
import { spanContains } from '../../model/span.js';

/** How a report's parts read some of its entity mentions (see mentionUse). */
export interface MentionUse {
  /** Its events place or act through them: event merging compares their ids. */
  readonly merging: boolean;
  /** Its claims, figures or events name them (merging included). */
  readonly named: boolean;
}

/**
 * Whether a report's claims, figures or events name any of `mentions` (whose entity ids changed): events
 * through places, actors and targets; claims and figures through their attribution's source, and the speakers
 * joined to it inside the source phrase (coClaimantIds); figures through their place.
 */
export const mentionUse = (doc: StoryDoc, mentions: ReadonlySet<MentionId>): MentionUse => {
  const { attributions, figures, events, entities } = doc.analysis;
  const merging = events.some(
    (e) => (e.placeId !== null && mentions.has(e.placeId)) || e.actorIds.some((a) => mentions.has(a)),
  );
  const inSource = (): boolean => {
    const spans = entities.flatMap((m) => (mentions.has(m.id) ? [m.span] : []));
    return attributions.some((a) => a.source !== null && spans.some((x) => spanContains(a.source!, x)));
  };
  const named =
    merging ||
    attributions.some((a) => a.sourceMentionId !== null && mentions.has(a.sourceMentionId)) ||
    figures.some((f) => f.placeId !== null && mentions.has(f.placeId)) ||
    events.some((e) => e.targetIds.some((t) => mentions.has(t))) ||
    inSource();
  return { merging, named };
};
