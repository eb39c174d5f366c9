import { parseIsoDate } from '../../model/date.js';
import type { StoryDoc } from '../story-doc.js';
import { contentWords } from '../text/content-words.js';
import { SPLIT_SHARE, STORY_THRESHOLD } from './group-stories.js';
import { combinedSimilarity, proximityOfDays } from './report-similarity.js';
import { storyClusters } from './story-clusters.js';
import { termPostings } from './term-postings.js';
import { IDF_BACKGROUND } from './tf-idf.js';

/** A live set of stories that reports join one at a time (a server or a long-running ingest). */
export interface StoryIndex {
  /** Adds a report; returns the number of the story it is now in (its first report's arrival number). */
  add(doc: StoryDoc): number;
  /** The stories, each its reports in arrival order, ordered by first report. */
  stories(): StoryDoc[][];
}

/**
 * The incremental form of groupStories: the same average-link clusters (story-clusters.ts) over the same
 * similarity (combinedSimilarity), computed for a new report against all earlier ones at once through
 * inverted indexes of terms and entity keys, so the cost follows the postings its words touch rather than
 * the number of reports. The idf is a running one (document frequencies so far); earlier vectors keep the idf
 * they were made with, so results can differ slightly from the batch door, which weighs with every report.
 * Stories merge and split as reports arrive (story-clusters.ts, `splitBelow`): a report's row against all the
 * others is recomputed from the same postings when a merge or a split needs it.
 */
export const storyIndex = (threshold = STORY_THRESHOLD): StoryIndex => {
  const docs: StoryDoc[] = [];
  const days: (number | null)[] = [];
  const vectors: Map<string, number>[] = [];
  const entityKeys: Set<string>[] = [];
  /** Each report's number of entity keys (read for every earlier report on each add: kept flat). */
  const keyCounts: number[] = [];
  const df = new Map<string, number>();
  const postings = termPostings();
  const entityPostings = new Map<string, number[]>();
  const byId = new Map<string, number>();

  /** Similarities of a report (its vector, entity keys and day) to the first `n` reports. */
  const rowAgainst = (
    vector: ReadonlyMap<string, number>,
    keys: ReadonlySet<string>,
    day: number | null,
    n: number,
  ): Float64Array => {
    const dot = new Float64Array(n);
    for (const [w, x] of vector) postings.spread(w, x, n, dot);
    const shared = new Float64Array(n);
    for (const key of keys) for (const j of entityPostings.get(key) ?? []) if (j < n) shared[j]! += 1;
    const row = new Float64Array(n);
    for (let j = 0; j < n; j += 1) {
      const small = Math.min(keys.size, keyCounts[j]!);
      const dj = days[j]!;
      row[j] = combinedSimilarity(
        dot[j]!,
        small === 0 ? 0 : shared[j]! / small,
        proximityOfDays(day === null || dj === null ? null : Math.abs(day - dj)),
      );
    }
    return row;
  };
  const clusters = storyClusters(threshold, {
    rowOf: (i) => rowAgainst(vectors[i]!, entityKeys[i]!, days[i]!, docs.length),
    splitBelow: threshold * SPLIT_SHARE,
  });

  const vectorOf = (words: readonly string[]): Map<string, number> => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    const n = docs.length + 1 + IDF_BACKGROUND;
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(w)!)) + 1);
      v.set(w, x);
      norm += x * x;
    }
    for (const [w, x] of v) v.set(w, x / Math.sqrt(norm));
    return v;
  };

  return {
    add(doc) {
      const i = docs.length;
      const vector = vectorOf(contentWords(`${doc.report.title ?? ''}\n${doc.report.text}`));
      const keys = new Set(doc.analysis.entities.filter((e) => !e.anaphoric).map((e) => e.key));
      const day =
        doc.report.published === null ? null : parseIsoDate(doc.report.published).getTime() / 86_400_000;
      const row = rowAgainst(vector, keys, day, i);
      for (const [w, x] of vector) postings.add(w, i, x);
      for (const key of keys) {
        const list = entityPostings.get(key) ?? [];
        list.push(i);
        entityPostings.set(key, list);
      }
      docs.push(doc);
      days.push(day);
      vectors.push(vector);
      entityKeys.push(keys);
      keyCounts.push(keys.size);
      byId.set(doc.report.id, i);
      clusters.add(i, row, byId.get(doc.report.duplicateOf ?? '') ?? null);
      return clusters.storyOf(i);
    },
    stories: () => clusters.stories().map((m) => m.map((i) => docs[i]!)),
  };
};
