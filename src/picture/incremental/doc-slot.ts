import type { StoryDoc } from '../../link/story-doc.js';

/**
 * One report's place in a story that grows: its rank in report order (published, then id) and how many claims
 * and figures the reports before it hold, which fix the positional ids (`c<n>`, `f<n>`) of its own.
 * Mutable bookkeeping of the incremental picture (story-state.ts); never part of a picture.
 */
export interface DocSlot {
  readonly doc: StoryDoc;
  readonly id: string;
  /** Position in the story's report order. */
  rank: number;
  /** Claims and figures of the reports before this one (set while the report's parts are in place). */
  claimBase: number;
  figureBase: number;
}

export const docSlot = (doc: StoryDoc): DocSlot => ({
  doc,
  id: doc.report.id,
  rank: -1,
  claimBase: 0,
  figureBase: 0,
});

/** Report order of two slots of one story, by their current ranks. */
export const bySlotRank = (a: DocSlot, b: DocSlot): number => a.rank - b.rank;
