/** Scores of story clustering (the one door, groupStories) over a labelled report set. */
import { groupStories } from '../../src/link/stories/group-stories.js';
import { adjustedRand, bcubed } from '../stories-metrics.js';
import type { Labelled } from './stories-corpora.js';

export interface ClusterScore {
  readonly b3P: number;
  readonly b3R: number;
  readonly b3F1: number;
  readonly ari: number;
  readonly clusters: number;
}

export interface ScoreOptions {
  /** The gold labels scored against. */
  readonly gold: 'topic' | 'subtopic';
  /** What is clustered: the product's stories, or topics (stories merged by average link). */
  readonly by: 'story' | 'topic';
  /** The threshold of the `by` level (default: its constant). */
  readonly threshold?: number;
  /** The threshold stories are formed at under topics (default STORY_THRESHOLD). */
  readonly storyThreshold?: number;
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The predicted cluster number of every item, in item order. */
export const predictedLabels = (items: readonly Labelled[], o: Omit<ScoreOptions, 'gold'>): string[] => {
  const label = new Map<string, string>();
  groupStories(
    items.map((x) => x.doc),
    {
      level: o.by,
      ...(o.threshold === undefined ? {} : { threshold: o.threshold }),
      ...(o.storyThreshold === undefined ? {} : { storyThreshold: o.storyThreshold }),
    },
  ).forEach((g, k) => {
    for (const d of g) label.set(d.report.id, `p${k}`);
  });
  return items.map((x) => label.get(x.doc.report.id)!);
};

/** B-cubed P/R/F1 and ARI of predicted labels against gold labels, item by item (rounded to 4 places). */
export const scoreLabels = (gold: readonly string[], pred: readonly string[]): ClusterScore => {
  const b = bcubed(gold, pred);
  return {
    b3P: r4(b.p),
    b3R: r4(b.r),
    b3F1: r4(b.f1),
    ari: r4(adjustedRand(gold, pred)),
    clusters: new Set(pred).size,
  };
};

/** B-cubed P/R/F1 and ARI of the clusters against the gold labels (rounded to 4 places). */
export const scoreClusters = (items: readonly Labelled[], o: ScoreOptions): ClusterScore =>
  scoreLabels(
    items.map((x) => x[o.gold]),
    predictedLabels(items, o),
  );
