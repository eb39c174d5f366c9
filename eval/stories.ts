/**
 * npm run eval:stories — story clustering (src/link/stories, the one door `groupStories`) on ECB+ test topics
 * (each topic holds two look-alike sub-topics, ecb vs ecbplus) and MEANTIME (4 topic corpora): B-cubed F1 and
 * ARI at topic level (`level: 'topic'`: the stories merged by average link at TOPIC_THRESHOLD) and sub-topic
 * level (STORY_THRESHOLD, the product's stories).
 * Every report goes through sitrep's own ingest and analysis first. `--split dev` scores the ECB+ dev topics
 * (the ones to tune on) and sweeps thresholds. Last line: {"benchmark", "metrics", "anchors"}.
 */
import { resolve } from 'node:path';
import { groupStories, STORY_THRESHOLD, TOPIC_THRESHOLD } from '../src/link/stories/group-stories.js';
import type { StoryDoc } from '../src/link/story-doc.js';
import { corporaDir } from './lib/corpora-dir.js';
import { ecbTopic, readCatFolder } from './lib/ecb-reader.js';
import { storyDoc } from './lib/ecb-story-docs.js';
import { adjustedRand, bcubed } from './stories-metrics.js';

const CORPORA = corporaDir();
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1]! : 'test';
const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

interface Labelled {
  readonly doc: StoryDoc;
  readonly topic: string;
  readonly subtopic: string;
}

const predicted = (items: readonly Labelled[], threshold: number, level: 'story' | 'topic'): string[] => {
  const label = new Map<string, string>();
  groupStories(
    items.map((x) => x.doc),
    { threshold, level },
  ).forEach((g, k) => {
    for (const d of g) label.set(d.report.id, `p${k}`);
  });
  return items.map((x) => label.get(x.doc.report.id)!);
};

/** Scores clusters of `by` level (topics, or stories) against gold `level` labels. */
const score = (
  items: readonly Labelled[],
  level: 'topic' | 'subtopic',
  threshold: number,
  by: 'story' | 'topic' = level === 'topic' ? 'topic' : 'story',
) => {
  const gold = items.map((x) => x[level]);
  const pred = predicted(items, threshold, by);
  const b = bcubed(gold, pred);
  return {
    b3P: r4(b.p),
    b3R: r4(b.r),
    b3F1: r4(b.f1),
    ari: r4(adjustedRand(gold, pred)),
    clusters: new Set(pred).size,
  };
};

const t0 = performance.now();
const ecb: Labelled[] = readCatFolder(resolve(CORPORA, 'ecbplus', split)).map((d) => ({
  doc: storyDoc(d.name, d.text),
  ...ecbTopic(d.name),
}));
const meantime: Labelled[] =
  split === 'test'
    ? ['airbus', 'apple', 'gm', 'stock'].flatMap((corpus) =>
        readCatFolder(resolve(CORPORA, `meantime-en/intra_cross-doc_annotation/corpus_${corpus}`)).map(
          (d) => ({
            doc: storyDoc(`${corpus}-${d.name}`, d.text),
            topic: corpus,
            subtopic: corpus,
          }),
        ),
      )
    : [];
console.log(
  `read and analysed ${ecb.length + meantime.length} reports in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

if (split === 'dev') {
  console.log(`topic threshold (stories at ${STORY_THRESHOLD})   topic B3 P/R/F1   ARI`);
  for (const t of [0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12, 0.15]) {
    const a = score(ecb, 'topic', t);
    console.log(`${t.toFixed(2).padStart(9)}   ${a.b3P}/${a.b3R}/${a.b3F1}  ${a.ari}`);
  }
  console.log('story threshold   sub-topic B3 P/R/F1   ARI');
  for (const t of [0.15, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35]) {
    const b = score(ecb, 'subtopic', t);
    console.log(`${t.toFixed(2).padStart(9)}   ${b.b3P}/${b.b3R}/${b.b3F1}  ${b.ari}`);
  }
}
const ecbTopicScore = score(ecb, 'topic', TOPIC_THRESHOLD);
const ecbSubScore = score(ecb, 'subtopic', STORY_THRESHOLD);
const ecbStoriesAsTopics = score(ecb, 'topic', STORY_THRESHOLD, 'story');
console.log(
  `\nECB+ ${split} (${ecb.length} reports, ${new Set(ecb.map((x) => x.topic)).size} topics, ${new Set(ecb.map((x) => x.subtopic)).size} sub-topics)`,
);
console.log(`  topic     (threshold ${TOPIC_THRESHOLD}): ${JSON.stringify(ecbTopicScore)}`);
console.log(`  sub-topic (threshold ${STORY_THRESHOLD}): ${JSON.stringify(ecbSubScore)}`);
console.log(`  stories scored against topics: ${JSON.stringify(ecbStoriesAsTopics)}`);
const metrics: Record<string, number> = {
  ecbTopicB3F1: ecbTopicScore.b3F1,
  ecbTopicAri: ecbTopicScore.ari,
  ecbSubtopicB3F1: ecbSubScore.b3F1,
  ecbSubtopicAri: ecbSubScore.ari,
};
if (meantime.length > 0) {
  const m = score(meantime, 'topic', TOPIC_THRESHOLD);
  const ms = score(meantime, 'topic', STORY_THRESHOLD, 'story');
  console.log(`\nMEANTIME (${meantime.length} reports, 4 topic corpora; no sub-topics)`);
  console.log(`  topic (threshold ${TOPIC_THRESHOLD}): ${JSON.stringify(m)}`);
  console.log(`  stories scored against topics: ${JSON.stringify(ms)}`);
  metrics.meantimeTopicB3F1 = m.b3F1;
  metrics.meantimeTopicAri = m.ari;
}
console.log(
  JSON.stringify({
    benchmark: `stories-ecbplus-${split}${meantime.length > 0 ? '+meantime' : ''}`,
    metrics,
    anchors: {
      bars: { topicB3F1: 0.95, subtopicB3F1: 0.75 },
      thresholds: { topic: TOPIC_THRESHOLD, story: STORY_THRESHOLD },
    },
  }),
);
