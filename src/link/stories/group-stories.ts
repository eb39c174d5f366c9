import { compareReports, type StoryDoc } from '../story-doc.js';
import { contentWords } from '../text/content-words.js';
import { averageLink } from './average-link.js';
import { reportSimilarity, type StoryFeatures } from './report-similarity.js';
import { storyClusters } from './story-clusters.js';
import { tfIdfVectors } from './tf-idf.js';

/**
 * Two groups of reports whose average pairwise similarity reaches this tell the same story. Tuned on ECB+ dev
 * (197 reports, 16 sub-topics of "similar but different" events, analysed by the pipeline; eval/stories.ts
 * --split dev): incremental average link at 0.25 gives sub-topic B-cubed P 0.91 / R 0.88 / F1 0.90, the best
 * of the sweep. The tests pin it with two same-story reports and one unrelated report (group-stories.test.ts).
 */
export const STORY_THRESHOLD = 0.25;

/**
 * Topics (events of one kind, e.g. two different office shootings) are stories merged by average link, best
 * pair first, while the average similarity of their reports reaches this. Tuned on ECB+ dev (eval/stories.ts
 * --split dev) under perturbation (full reports, first five sentences, three random halves, a quarter): topic
 * B-cubed F1 ≥ 0.99 in every variant from 0.06 to 0.08; 0.07 is the middle.
 */
export const TOPIC_THRESHOLD = 0.07;

/**
 * A story re-clusters (and may split) when one of its reports is on average less similar to the rest than
 * this share of the story threshold (0.1 at 0.25). On ECB+ dev it changes no story: shares up to 0.6 give the
 * same sub-topic F1; 0.8 splits stories that should hold.
 */
export const SPLIT_SHARE = 0.4;

const featuresOf = (docs: readonly StoryDoc[]): StoryFeatures[] => {
  const vectors = tfIdfVectors(docs.map((d) => contentWords(`${d.report.title ?? ''}\n${d.report.text}`)));
  return docs.map((d, i) => ({
    vector: vectors[i]!,
    entityKeys: new Set(d.analysis.entities.filter((e) => !e.anaphoric).map((e) => e.key)),
    published: d.report.published,
  }));
};

/**
 * Groups reports into stories: the one door to story clustering. Reports are taken in report order (published,
 * then id) and clustered incrementally (story-clusters.ts): each joins the story it is most similar to on
 * average, or starts one, stories that come to resemble each other merge (average link), and a story one of
 * whose reports no longer fits re-clusters and may split (SPLIT_SHARE). Similarity is TF-IDF cosine (idf over
 * the given reports), shared entities and date proximity; a near-duplicate follows the report it copies and
 * counts as that one report. The result depends only on the reports, not their input order. Output: stories
 * ordered by their earliest report, each story's reports in report order. `level: 'topic'`: the stories are
 * then merged into topics by average link, best pair first, at TOPIC_THRESHOLD (or `threshold`), so every
 * topic is a union of whole stories. `threshold` sets the level's own threshold.
 */
export const groupStories = (
  input: readonly StoryDoc[],
  options: { readonly threshold?: number; readonly level?: 'story' | 'topic' } = {},
): StoryDoc[][] => {
  const docs = [...input].sort((a, b) => compareReports(a.report, b.report));
  const index = new Map(docs.map((d, i) => [d.report.id as string, i]));
  const features = featuresOf(docs);
  const similarity = (i: number, j: number): number => reportSimilarity(features[i]!, features[j]!);
  const topic = options.level === 'topic';
  const threshold = topic ? STORY_THRESHOLD : (options.threshold ?? STORY_THRESHOLD);
  const clusters = storyClusters(threshold, {
    rowOf: (i) => Float64Array.from({ length: docs.length }, (_, j) => (i === j ? 0 : similarity(i, j))),
    splitBelow: threshold * SPLIT_SHARE,
  });
  docs.forEach((d, i) => {
    const row = Float64Array.from({ length: i }, (_, j) => similarity(i, j));
    clusters.add(i, row, index.get(d.report.duplicateOf ?? '') ?? null);
  });
  const groups = topic
    ? averageLink(clusters.stories(), similarity, options.threshold ?? TOPIC_THRESHOLD)
    : clusters.stories();
  return groups.map((m) => m.map((i) => docs[i]!));
};
