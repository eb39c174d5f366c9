import type { PictureDocument, PictureStory } from '../model/picture.js';
import type { StorySummary } from '../model/story-summary.js';

export type { StorySummary };

/** What a summary reads: every report, and the stories (their briefings are not needed). */
export interface StoryOverview {
  readonly documents: readonly PictureDocument[];
  readonly stories: readonly Omit<PictureStory, 'briefing'>[];
}

const summary = (p: StoryOverview, s: StoryOverview['stories'][number]): StorySummary => {
  const ids = new Set(s.documentIds);
  const documents = p.documents.filter((d) => ids.has(d.id));
  const originals = documents.filter((d) => d.duplicateOf === null || !ids.has(d.duplicateOf));
  const dates = documents.map((d) => d.published).filter((d) => d !== null);
  return {
    id: s.id,
    title: s.title,
    reports: documents.length,
    sources: new Set(originals.map((d) => d.outlet?.toLowerCase() ?? `#${d.id}`)).size,
    events: s.events.length,
    figures: s.figures.length,
    conflicts: s.conflicts.length,
    lastUpdate: dates.sort().at(-1) ?? null,
  };
};

/** One line per story of the picture: what the story list shows. */
export const summariseStories = (p: StoryOverview): StorySummary[] => p.stories.map((s) => summary(p, s));
