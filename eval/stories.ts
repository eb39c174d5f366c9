/**
 * npm run eval:stories — story clustering (src/link/stories, the one door `groupStories`): B-cubed P/R/F1 and
 * ARI at topic level (`level: 'topic'`: stories merged by average link at TOPIC_THRESHOLD, reports sharing a
 * subject counting SUBJECT_BONUS more similar and SIGNATURE_WEIGHT × their stories' signature cosine more,
 * blended with the groups' centroid cosine at CENTROID_WEIGHT) and at sub-topic / story level (STORY_THRESHOLD,
 * the product's stories). Reports are read by sitrep's own readers and analysed by the stages story clustering
 * reads (eval/lib/stories-corpora.ts). Tuning and every ECB+ test score so far: docs/eval-stories.md.
 * - default (test): ECB+ test topics (each two look-alike sub-topics, ecb vs ecbplus), reported once, and
 *   MEANTIME (4 topic corpora; also a tuning set, so not a held-out figure).
 * - `--split dev`: the sets the thresholds are tuned on (eval/stories-tune.ts): ECB+ dev, MEANTIME, the
 *   Multi-News dev clusters 1-40 mixed (each cluster one story: a precision set for topics, a full set for
 *   stories; the later clusters are the briefing eval's test part) and the WCEP Aleppo entries (one story).
 * - `--multinews-dev`: only the Multi-News dev stream (clusters 1-40 in file order, streamed through the live
 *   story index; eval/stories-multinews-dev.ts); `--split dev` scores it too.
 * `--story X --topic Y` score other thresholds (e.g. the previous 0.2 / 0.08, now with the bonus). Last line: JSON.
 */
import {
  CENTROID_WEIGHT,
  SIGNATURE_WEIGHT,
  STORY_THRESHOLD,
  SUBJECT_BONUS,
  TOPIC_THRESHOLD,
} from '../src/link/stories/group-stories.js';
import { SUBJECT_REPEATS } from '../src/link/stories/subject-keys.js';
import { ecbReports, type Labelled, meantimeReports, wcepAleppoReports } from './lib/stories-corpora.js';
import { type ClusterScore, scoreClusters } from './lib/stories-score.js';
import { multiNewsDev, multiNewsDevItems, runMultiNewsDev } from './stories-multinews-dev.js';

const arg = (name: string): string | null =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : null;
const devOnly = process.argv.includes('--multinews-dev');
const split = devOnly ? 'multinews-dev' : arg('--split') === 'dev' ? 'dev' : 'test';
const story = Number(arg('--story') ?? STORY_THRESHOLD);
const topic = Number(arg('--topic') ?? TOPIC_THRESHOLD);

const t0 = performance.now();
const sets: { name: string; key: string; items: Labelled[]; subtopics: boolean }[] =
  split === 'multinews-dev'
    ? []
    : split === 'dev'
      ? [
          { name: 'ECB+ dev', key: 'ecbDev', items: ecbReports('dev'), subtopics: true },
          { name: 'MEANTIME (tuning set)', key: 'meantime', items: meantimeReports(), subtopics: false },
          {
            name: 'Multi-News dev, clusters 1-40 mixed (boilerplate left out)',
            key: 'multiNews',
            items: multiNewsDevItems(),
            subtopics: true,
          },
          { name: 'WCEP Aleppo entries', key: 'wcep', items: wcepAleppoReports(), subtopics: true },
        ]
      : [
          { name: 'ECB+ test', key: 'ecb', items: ecbReports('test'), subtopics: true },
          { name: 'MEANTIME (tuning set)', key: 'meantime', items: meantimeReports(), subtopics: false },
        ];
const dev = split === 'test' ? null : multiNewsDev();
const total = sets.reduce((t, s) => t + s.items.length, dev?.stream.length ?? 0);
console.log(`read and analysed ${total} reports in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const line = (s: ClusterScore): string =>
  `B3 P ${s.b3P.toFixed(3)} R ${s.b3R.toFixed(3)} F1 ${s.b3F1.toFixed(3)}  ARI ${s.ari.toFixed(3)}  ${s.clusters} clusters`;
const metrics: Record<string, number> = {};
for (const s of sets) {
  const topics = new Set(s.items.map((x) => x.topic)).size;
  const subs = new Set(s.items.map((x) => x.subtopic)).size;
  console.log(`\n${s.name} (${s.items.length} reports, ${topics} topics, ${subs} sub-topics/stories)`);
  const t = scoreClusters(s.items, { gold: 'topic', by: 'topic', threshold: topic, storyThreshold: story });
  console.log(`  topic     (threshold ${topic}, bar 0.95): ${line(t)}`);
  metrics[`${s.key}TopicB3P`] = t.b3P;
  metrics[`${s.key}TopicB3R`] = t.b3R;
  metrics[`${s.key}TopicB3F1`] = t.b3F1;
  metrics[`${s.key}TopicAri`] = t.ari;
  const st = scoreClusters(s.items, {
    gold: s.subtopics ? 'subtopic' : 'topic',
    by: 'story',
    threshold: story,
  });
  if (s.subtopics) {
    console.log(`  sub-topic (threshold ${story}, bar 0.75): ${line(st)}`);
    metrics[`${s.key}SubtopicB3P`] = st.b3P;
    metrics[`${s.key}SubtopicB3R`] = st.b3R;
    metrics[`${s.key}SubtopicB3F1`] = st.b3F1;
    metrics[`${s.key}SubtopicAri`] = st.ari;
  } else console.log(`  stories scored against topics: ${line(st)}`);
}
if (dev !== null) Object.assign(metrics, runMultiNewsDev(dev, { story, topic }, line));
console.log(
  JSON.stringify({
    benchmark:
      split === 'test'
        ? 'stories-ecbplus-test+meantime'
        : split === 'dev'
          ? 'stories-dev-sets'
          : 'stories-multinews-dev',
    metrics,
    anchors: {
      bars: { topicB3F1: 0.95, subtopicB3F1: 0.75 },
      thresholds: { topic, story },
      subjectBonus: SUBJECT_BONUS,
      subjectRepeats: SUBJECT_REPEATS,
      centroidWeight: CENTROID_WEIGHT,
      signatureWeight: SIGNATURE_WEIGHT,
    },
  }),
);
