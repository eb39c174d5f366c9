/**
 * Small ingests of the Multi-News dev clusters (eval/stories-multinews-dev.ts), as `sitrep report` sees one
 * cluster's file: each cluster of two or more scored reports ingested alone (a story that splits is a recall
 * loss: the 2012 Mali coup's three passages as two stories), and every pair of such clusters ingested together
 * (a story across the two is a precision loss), each grouped by the batch door (groupStories) over just those
 * reports, so the idf is the few reports' own.
 */
import { groupStories, STORY_THRESHOLD } from '../src/link/stories/group-stories.js';
import type { Labelled } from './lib/stories-corpora.js';
import { bcubed } from './stories-metrics.js';

/** What a small-ingest run reads of the dev stream (eval/stories-multinews-dev.ts's MultiNewsDev). */
interface DevStream {
  readonly stream: readonly Labelled[];
  readonly scored: ReadonlySet<string>;
}

export interface SmallIngests {
  readonly clusters: number;
  /** Clusters that, ingested alone, fall into more than one story. */
  readonly aloneSplit: number;
  readonly aloneB3R: number;
  readonly pairs: number;
  /** Pairs of clusters, ingested together, with a story that holds reports of both. */
  readonly pairsMerged: number;
  readonly pairsB3P: number;
  readonly pairsB3R: number;
}

const labels = (items: readonly Labelled[], threshold: number): { gold: string[]; pred: string[] } => {
  const story = new Map<string, string>();
  groupStories(
    items.map((x) => x.doc),
    { threshold },
  ).forEach((g, k) => {
    for (const d of g) story.set(d.report.id, `p${k}`);
  });
  return { gold: items.map((x) => x.topic), pred: items.map((x) => story.get(x.doc.report.id)!) };
};

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Scores the dev clusters ingested alone and in pairs (scored reports only), stories at `threshold`. */
export const smallIngests = (dev: DevStream, threshold = STORY_THRESHOLD): SmallIngests => {
  const byCluster = new Map<string, Labelled[]>();
  for (const x of dev.stream)
    if (dev.scored.has(x.doc.report.id)) byCluster.set(x.topic, [...(byCluster.get(x.topic) ?? []), x]);
  const clusters = [...byCluster.values()].filter((c) => c.length >= 2);
  let aloneSplit = 0;
  let aloneR = 0;
  for (const c of clusters) {
    const { gold, pred } = labels(c, threshold);
    if (new Set(pred).size > 1) aloneSplit += 1;
    aloneR += bcubed(gold, pred).r;
  }
  let pairs = 0;
  let pairsMerged = 0;
  let p = 0;
  let r = 0;
  for (let a = 0; a < clusters.length; a += 1)
    for (let b = a + 1; b < clusters.length; b += 1) {
      const { gold, pred } = labels([...clusters[a]!, ...clusters[b]!], threshold);
      const across = new Set(pred.slice(0, clusters[a]!.length));
      if (pred.slice(clusters[a]!.length).some((x) => across.has(x))) pairsMerged += 1;
      const s = bcubed(gold, pred);
      p += s.p;
      r += s.r;
      pairs += 1;
    }
  return {
    clusters: clusters.length,
    aloneSplit,
    aloneB3R: r4(aloneR / Math.max(1, clusters.length)),
    pairs,
    pairsMerged,
    pairsB3P: r4(p / Math.max(1, pairs)),
    pairsB3R: r4(r / Math.max(1, pairs)),
  };
};
