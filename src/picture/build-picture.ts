import { groupStories } from '../link/stories/group-stories.js';
import { compareReports, type StoryDoc } from '../link/story-doc.js';
import type { Analysis } from '../model/layers.js';
import type { Picture } from '../model/picture.js';
import type { Report } from '../model/report.js';
import { emptyAnalysis } from '../pipeline/empty-analysis.js';
import { buildStory } from './build-story.js';
import { pictureDocument } from './picture-document.js';

/**
 * The situation picture of a set of analysed reports. Pure and deterministic: reports are put in order
 * (published, then id) first, so the same input in any order gives the same picture; story ids are `s1`, `s2`…
 * by earliest report, and every id inside a story is prefixed with its story id.
 */
export const buildPicture = (
  input: { readonly reports: readonly Report[]; readonly analyses: readonly Analysis[] },
  options: { readonly version: string },
): Picture => {
  const reports = [...input.reports].sort(compareReports);
  const analysisOf = new Map(input.analyses.map((a) => [a.documentId as string, a]));
  const docs: StoryDoc[] = reports.map((report) => ({
    report,
    analysis: analysisOf.get(report.id) ?? emptyAnalysis(report.id),
  }));
  return {
    sitrep: options.version,
    documents: reports.map(pictureDocument),
    stories: groupStories(docs).map((group, i) => buildStory(`s${i + 1}`, group)),
  };
};
