import { compareReports, type StoryDoc } from '../../link/story-doc.js';
import type { Picture, PictureDocument } from '../../model/picture.js';
import type { Report } from '../../model/report.js';
import { pictureDocument } from '../picture-document.js';
import { lowerBound } from './sorted-array.js';
import { type StoryState, type StoryView, storyState } from './story-state.js';

/** A picture kept up to date as reports arrive; stories come from a story grouping given with every update. */
export interface LivePicture {
  /**
   * Sets the stories: every report, grouped (groupStories, or a live story index). Returns the ids of the
   * stories that changed (new, grown, or renumbered).
   */
  update(groups: readonly (readonly StoryDoc[])[]): string[];
  /** Story ids in picture order. */
  readonly storyIds: readonly string[];
  /** Every report, in report order. */
  readonly documents: readonly PictureDocument[];
  /** The stories that hold any of these reports, in picture order. */
  storiesOf(documentIds: Iterable<string>): string[];
  /** Every story less its briefing, in picture order. */
  views(): StoryView[];
  /** The story's picture less its briefing (cheap: kept up to date), or null. */
  view(storyId: string): StoryView | null;
  /** The story's picture (its briefing computed when stale), or null. */
  story(storyId: string): Picture | null;
  /** The whole picture, as buildPicture makes it for the same stories (every stale briefing computed). */
  picture(): Picture;
}

const earliest = (group: readonly StoryDoc[]): StoryDoc =>
  group.reduce((a, b) => (compareReports(b.report, a.report) < 0 ? b : a));

/**
 * The incremental form of buildPicture: documents in report order; stories ordered by their earliest report
 * and numbered `s1`, `s2`…; each story a StoryState. A story whose reports only grew takes the new ones in
 * place; a story that is new, lost reports (stories merged or split) or changed its number is built afresh.
 */
export const livePicture = (version: string): LivePicture => {
  let stories: StoryState[] = [];
  const reports: Report[] = [];
  let documents: PictureDocument[] = [];
  const known = new Map<string, PictureDocument>();

  const update = (groups: readonly (readonly StoryDoc[])[]): string[] => {
    const fresh = groups.flat().filter((d) => !known.has(d.report.id));
    for (const { report } of fresh) {
      known.set(report.id, pictureDocument(report));
      reports.splice(lowerBound(reports, report, compareReports), 0, report);
    }
    if (fresh.length > 0) documents = reports.map((r) => known.get(r.id)!);
    const byId = new Map(stories.map((s) => [s.id, s]));
    const ordered = groups
      .filter((g) => g.length > 0)
      .map((g) => ({ g, first: earliest(g) }))
      .sort((a, b) => compareReports(a.first.report, b.first.report));
    const changed: string[] = [];
    stories = ordered.map(({ g }, i) => {
      const id = `s${i + 1}`;
      const ids = new Set(g.map((d) => d.report.id as string));
      const was = byId.get(id);
      if (was?.docs.every((d) => ids.has(d.report.id))) {
        if (was.docs.length === g.length) return was;
        const have = new Set(was.docs.map((d) => d.report.id as string));
        was.add(g.filter((d) => !have.has(d.report.id)));
        changed.push(id);
        return was;
      }
      changed.push(id);
      return storyState(id, g);
    });
    return changed;
  };

  const find = (storyId: string): StoryState | undefined => stories.find((s) => s.id === storyId);

  return {
    update,
    get storyIds() {
      return stories.map((s) => s.id);
    },
    get documents() {
      return documents;
    },
    storiesOf: (documentIds) => {
      const ids = new Set(documentIds);
      return stories.filter((s) => s.docs.some((d) => ids.has(d.report.id))).map((s) => s.id);
    },
    views: () => stories.map((s) => s.view()),
    view: (storyId) => find(storyId)?.view() ?? null,
    story: (storyId) => {
      const s = find(storyId);
      if (s === undefined) return null;
      const ids = new Set(s.docs.map((d) => d.report.id as string));
      return { sitrep: version, documents: documents.filter((d) => ids.has(d.id)), stories: [s.picture()] };
    },
    picture: () => ({ sitrep: version, documents, stories: stories.map((s) => s.picture()) }),
  };
};
