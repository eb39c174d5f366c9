import { storyIndex } from '../link/stories/story-index.js';
import type { StoryDoc } from '../link/story-doc.js';
import { type LivePicture, livePicture } from '../picture/incremental/live-picture.js';
import type { Store, StoreItem } from '../store/store.js';
import { VERSION } from '../version.js';
import { currentAnalysis } from './current-analysis.js';

/** The picture of a store, kept up to date in memory as reports are added (a server's picture). */
export interface StorePicture extends Omit<LivePicture, 'update'> {
  /** Reports just added to the store: they join their stories. Returns the ids of the stories that changed. */
  add(items: readonly StoreItem[]): string[];
}

/**
 * Loads every stored report once and keeps the picture live: a new report joins a story through the live story
 * index (story-index.ts: cost follows its words' postings) and only the stories that changed are updated, in
 * place (picture/incremental). The stories are the index's, so they can differ slightly from the batch
 * grouping that `computePicture` uses (the index weighs words with the reports seen so far).
 */
export const openStorePicture = async (store: Store): Promise<StorePicture> => {
  const [reports, analyses] = await Promise.all([store.listReports(), store.listAnalyses()]);
  const analysisOf = new Map(analyses.map((a) => [a.documentId as string, a]));
  const index = storyIndex();
  const live = livePicture(VERSION);
  const join = (docs: readonly StoryDoc[]): string[] => {
    for (const d of docs) index.add(d);
    return docs.length === 0 ? [] : live.update(index.stories());
  };
  join(reports.map((report) => ({ report, analysis: currentAnalysis(report, analysisOf.get(report.id)) })));
  return {
    add: (items) => join(items),
    get storyIds() {
      return live.storyIds;
    },
    get documents() {
      return live.documents;
    },
    storiesOf: live.storiesOf,
    views: live.views,
    view: live.view,
    story: live.story,
    picture: live.picture,
  };
};
