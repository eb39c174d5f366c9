import type {
  PictureClaim,
  PictureConflict,
  PictureControl,
  PictureEntity,
  PictureEvent,
  PictureFigure,
  PictureStory,
  TimelineEntry,
} from '../../model/picture.js';

/** A story's picture without its briefing: what the incremental path keeps up to date on every report. */
export type StoryView = Omit<PictureStory, 'briefing'>;

/** A list that makes its array when asked (a chunked list, chunked-list.ts, or one derived from one). */
export interface Listed<T> {
  items(): readonly T[];
}

/** The long lists of a story's view. */
export interface ViewLists {
  readonly documentIds: Listed<string>;
  readonly events: Listed<PictureEvent>;
  readonly figures: Listed<PictureFigure>;
  readonly claims: Listed<PictureClaim>;
  readonly conflicts: Listed<PictureConflict>;
}

/** The view's other parts, as they are. */
export interface ViewParts {
  readonly id: string;
  readonly title: string;
  readonly entities: readonly PictureEntity[];
  readonly timeline: readonly TimelineEntry[];
  readonly control: readonly PictureControl[];
}

/**
 * The view of a story: buildStory's fields in buildStory's order, its long lists made into arrays when first
 * read (the same array on every read). The lists are values, so a view read long after it was made still gives
 * the story as it was then; a story that takes reports faster than it is read makes none of those arrays.
 */
export const storyView = (parts: ViewParts, lists: ViewLists): StoryView => ({
  id: parts.id,
  title: parts.title,
  get documentIds() {
    return lists.documentIds.items();
  },
  entities: parts.entities,
  get events() {
    return lists.events.items();
  },
  get figures() {
    return lists.figures.items();
  },
  get claims() {
    return lists.claims.items();
  },
  get conflicts() {
    return lists.conflicts.items();
  },
  timeline: parts.timeline,
  control: parts.control,
});
