/**
 * The Multi-News dev stream (`npm run eval:stories -- --multinews-dev`): every passage of the first
 * MULTINEWS_DEV_CLUSTERS clusters of `multinews-longbench200/multi_news.jsonl` (file order; the project's dev part,
 * the later lines are the briefing eval's test part and are never read here), ingested by sitrep's own reader
 * and identifier (exact copies skipped, near-copies linked), analysed by the stages story clustering reads, and
 * streamed in file order through the product's live story index (story-index.ts, what `openStorePicture` uses).
 * Each cluster is one story, so the labels are the clusters.
 *
 * Scored are the passages that carry a report. Left out of scoring (but still streamed, as the product sees
 * them) and listed: passages the ingest cleaning empties (no report is made), and site boilerplate: a passage
 * whose text recurs, exactly or as a near-copy (identifyReports), in another cluster ("Starting in 1996, Alexa
 * Internet has been donating…" in two clusters) — no cluster owns it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { identifyReports } from '../src/ingest/identify-reports.js';
import { parseInput } from '../src/ingest/read-inputs.js';
import { splitCluster } from '../src/ingest/split-cluster.js';
import { groupStories } from '../src/link/stories/group-stories.js';
import { storyIndex } from '../src/link/stories/story-index.js';
import { corporaDir } from './lib/corpora-dir.js';
import { analysed, type Labelled } from './lib/stories-corpora.js';
import { type ClusterScore, scoreLabels } from './lib/stories-score.js';
import { smallIngests } from './stories-small-ingests.js';

/** Clusters 1..this (file lines) are the dev part. */
export const MULTINEWS_DEV_CLUSTERS = 40;

export interface Excluded {
  readonly passage: string;
  readonly reason: 'emptied by cleaning' | 'boilerplate shared across clusters' | 'exact copy (not a report)';
  readonly preview: string;
}

export interface MultiNewsDev {
  /** Every report made of the dev passages, in file order, labelled by cluster (`scored` says which count). */
  readonly stream: Labelled[];
  /** Report ids scored. */
  readonly scored: ReadonlySet<string>;
  readonly excluded: Excluded[];
  readonly passages: number;
}

const cut = (s: string): string =>
  s
    .replace(/NEWLINE_CHAR|\s+/g, ' ')
    .trim()
    .slice(0, 50);
const clusterOf = (path: string): string => `mn${path.match(/#L(\d+)\./)![1]}`;

/** Reads and analyses the dev stream. */
export const multiNewsDev = (): MultiNewsDev => {
  const name = resolve(corporaDir(), 'multinews-longbench200', 'multi_news.jsonl');
  const lines = readFileSync(name, 'utf8').split('\n').slice(0, MULTINEWS_DEV_CLUSTERS);
  const ingested = parseInput(name, Buffer.from(lines.join('\n'), 'utf8'));
  const made = new Set(ingested.map((r) => r.path));
  const excluded: Excluded[] = [];
  let passages = 0;
  lines.forEach((l, k) => {
    for (const p of splitCluster((JSON.parse(l) as { context: string }).context)) {
      passages += 1;
      const path = `${name}#L${k + 1}.p${p.n}`;
      if (!made.has(path))
        excluded.push({ passage: `mn${k + 1}.p${p.n}`, reason: 'emptied by cleaning', preview: cut(p.raw) });
    }
  });
  const { reports, skipped } = identifyReports(ingested, []);
  const byHash = new Map(ingested.map((r) => [r.contentHash, r]));
  const byPath = new Map(ingested.map((r) => [r.path, r]));
  const clusterById = new Map(reports.map((r) => [r.id as string, clusterOf(r.path)]));
  const passage = (path: string): string => path.slice(path.indexOf('#L') + 2).replace(/^(\d+)/, 'mn$1');
  const originalOf = (s: { id: string }) => reports.find((r) => r.id === s.id)!;
  // text in two clusters (an exact copy skipped by ingest, or a near-copy linked to its original) is boilerplate
  const shared = new Set<string>();
  for (const s of skipped) if (clusterOf(originalOf(s).path) !== clusterOf(s.path)) shared.add(s.id);
  for (const r of reports)
    if (r.duplicateOf !== null && clusterById.get(r.duplicateOf) !== clusterOf(r.path)) {
      shared.add(r.id);
      shared.add(r.duplicateOf);
    }
  for (const s of skipped)
    excluded.push({
      passage: passage(s.path),
      reason: shared.has(s.id) ? 'boilerplate shared across clusters' : 'exact copy (not a report)',
      preview: cut(byPath.get(s.path)!.text),
    });
  const stream = reports.map((report) => {
    const c = clusterOf(report.path);
    return { doc: analysed(report), topic: c, subtopic: c };
  });
  for (const x of stream)
    if (shared.has(x.doc.report.id))
      excluded.push({
        passage: passage(x.doc.report.path),
        reason: 'boilerplate shared across clusters',
        preview: cut(byHash.get(x.doc.report.contentHash)!.text),
      });
  const scored = new Set(stream.map((x) => x.doc.report.id as string).filter((id) => !shared.has(id)));
  return { stream, scored, excluded, passages };
};

export interface StreamScore extends ClusterScore {
  readonly gold: number;
}

/** B-cubed and ARI of predicted groups (report ids) against the clusters, over the scored reports only. */
export const scoreGroups = (dev: MultiNewsDev, groups: readonly (readonly string[])[]): StreamScore => {
  const label = new Map<string, string>();
  groups.forEach((g, k) => {
    for (const id of g) label.set(id, `p${k}`);
  });
  const items = dev.stream.filter((x) => dev.scored.has(x.doc.report.id));
  const gold = items.map((x) => x.topic);
  const pred = items.map((x) => label.get(x.doc.report.id)!);
  return { ...scoreLabels(gold, pred), gold: new Set(gold).size };
};

/** The product's live stories: the stream added one report at a time to a story index, in file order. */
export const streamStories = (dev: MultiNewsDev, threshold?: number): string[][] => {
  const index = storyIndex(threshold);
  for (const x of dev.stream) index.add(x.doc);
  return index.stories().map((s) => s.map((d) => d.report.id as string));
};

/**
 * Prints and returns the dev stream's scores: the live index's stories (the product's), and the batch door's
 * stories and topics (groupStories) at the given thresholds; the left-out passages listed.
 */
export const runMultiNewsDev = (
  dev: MultiNewsDev,
  thresholds: { readonly story: number; readonly topic: number },
  line: (s: StreamScore) => string,
): Record<string, number> => {
  console.log(
    `\nMulti-News dev stream, clusters 1-${MULTINEWS_DEV_CLUSTERS} (${dev.passages} passages, ${dev.stream.length} reports, ${dev.scored.size} scored)`,
  );
  for (const e of dev.excluded) console.log(`  not scored: ${e.passage} (${e.reason}): "${e.preview}"`);
  const live = scoreGroups(dev, streamStories(dev, thresholds.story));
  const ids = (groups: readonly (readonly { report: { id: string } }[])[]): string[][] =>
    groups.map((g) => g.map((d) => d.report.id));
  const docs = dev.stream.map((x) => x.doc);
  const batch = scoreGroups(dev, ids(groupStories(docs, { threshold: thresholds.story })));
  const topic = scoreGroups(
    dev,
    ids(
      groupStories(docs, { level: 'topic', threshold: thresholds.topic, storyThreshold: thresholds.story }),
    ),
  );
  console.log(`  stories, live index (the product's): ${line(live)}`);
  console.log(`  stories, batch door:                 ${line(batch)}`);
  console.log(`  topics (threshold ${thresholds.topic}):              ${line(topic)}`);
  const small = smallIngests(dev, thresholds.story);
  console.log(
    `  each cluster alone (${small.clusters} of 2+ reports): ${small.aloneSplit} split, mean B3 R ${small.aloneB3R.toFixed(3)}`,
  );
  console.log(
    `  each pair together (${small.pairs}): ${small.pairsMerged} with a story across both, mean B3 P ${small.pairsB3P.toFixed(3)} R ${small.pairsB3R.toFixed(3)}`,
  );
  const out: Record<string, number> = {
    mnDevAloneSplit: small.aloneSplit,
    mnDevAloneB3R: small.aloneB3R,
    mnDevPairsMerged: small.pairsMerged,
    mnDevPairsB3P: small.pairsB3P,
    mnDevPairsB3R: small.pairsB3R,
  };
  for (const [k, s] of Object.entries({ Live: live, Story: batch, Topic: topic })) {
    out[`mnDev${k}B3P`] = s.b3P;
    out[`mnDev${k}B3R`] = s.b3R;
    out[`mnDev${k}B3F1`] = s.b3F1;
    out[`mnDev${k}Ari`] = s.ari;
  }
  return out;
};

/** The scored reports of the dev stream (the tuner's Multi-News set: clusters 1-40 mixed, boilerplate left out). */
export const multiNewsDevItems = (): Labelled[] => {
  const dev = multiNewsDev();
  return dev.stream.filter((x) => dev.scored.has(x.doc.report.id));
};
