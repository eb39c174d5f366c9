/**
 * npx tsx eval/stories-tune.ts — chooses STORY_THRESHOLD, TOPIC_THRESHOLD, SUBJECT_BONUS, SUBJECT_REPEATS and
 * CENTROID_WEIGHT on dev sets only
 * (never ECB+ test), each set scored full and perturbed (eval/lib/stories-perturb.ts: first five sentences, three random
 * halves, a quarter of the reports):
 * - ECB+ dev: 8 topics of two look-alike sub-topics (topic recall and precision, sub-topics = stories);
 * - MEANTIME: 4 topic corpora (topic recall: each must stay whole);
 * - Multi-News, the 200 clusters mixed: each cluster one story, so topic merges across clusters are the
 *   precision loss ECB+ dev (already 1.0) cannot show; some are same-kind stories (two shootings), so it is a
 *   proxy, not a target of 1.0;
 * - WCEP Aleppo: five dated entries of one offensive (one story, one topic).
 * Rules: the story threshold with the best mean sub-topic F1 over ECB+ dev, Multi-News and WCEP (each set's
 * mean over its perturbations); then, with stories at that threshold, of every (centroid weight, subjects named
 * 2× or 3×, subject bonus, topic threshold; each a sweep of thresholds in one run, group-stories.ts topicLevels)
 * at which every recall set (ECB+ dev, MEANTIME, WCEP) keeps mean topic F1 at or above the bar (0.95), the one
 * with the best mean Multi-News topic F1: topics then merge as little as the sets that must stay whole allow
 * (with no bonus, the highest threshold that holds).
 *
 * Topic-level variants tried on the same dev sets, each at its own chosen threshold (ECB+ dev and MEANTIME at
 * ~0.95 throughout; Multi-News topic F1, plain average link 0.720 at 0.08): the entity weight in the report
 * similarity raised to 0.5–0.7, or added rather than blended (0.70–0.73); idf-weighted entity overlap (≤ 0.724:
 * a topic corpus's own company is frequent in it, so its idf is low); a bonus for sharing an entity key named
 * in both stories' reports (story key entities; ≤ 0.62); mean best match between stories instead of average
 * link (MEANTIME ≤ 0.87); a bonus by the share of entity mentions two reports have in common (0.739–0.773);
 * the shared-subject bonus kept, with subjects by other rules: places included (MEANTIME topics merge, no
 * threshold holds), any entity named once (0.675–0.722), lead of one or three sentences (0.762, 0.721), news
 * agencies kept (0.755). How often a subject must be named (2× or 3×, SUBJECT_REPEATS) is searched with the
 * bonus and threshold; 3× wins (0.796 at 0.15 / 0.11; 2×: 0.777). Disclosure: while exploring, ECB+ test was
 * scored for both (topic F1 0.972 with 2×, 0.946 with 3×); what ships is what these dev rules choose.
 *
 * Representations tried on the same dev sets (full sets; mean topic F1 over ECB+ dev / MEANTIME / Multi-News at
 * its best threshold, stories at 0.25; the plain average link gave 0.918 at 0.09 and 0.899 at 0.08) and not
 * kept, as none was better: complete link between stories as a cohesion floor (≤ 0.899); story centroids,
 * with or without only terms in half the story's reports (≤ 0.871: MEANTIME topics fall apart); merges gated on
 * shared entities unless the text alone is close (0.918, the gate never binds at its best); gated on a shared
 * top-10 event-lemma family (eventFamily over nouns and verbs; 0.913); idf-weighted entity cosine in place of
 * the overlap (0.883); no entities (0.875); BM25 tf (0.903); binary tf (0.888); Porter stems (0.901); each
 * report cut to its top 20–80 terms (≤ 0.911); idf from a background of all the dev sets (0.923 at 0.09, the
 * same as without within noise, and it would ship corpus statistics).
 *
 * Kept: the topic score blends average link with the cosine of the two groups' centroids (CENTROID_WEIGHT,
 * grid 0–0.3). By the rule (ECB+ dev / MEANTIME / WCEP topic F1 means, Multi-News topic F1): weight 0 chose
 * 3× / 0.15 / 0.11 (0.951 / 0.951 / 1.0, 0.796); 0.1: 0.956 / 0.952 / 1.0, 0.795; 0.2: 0.973 / 0.956 / 1.0,
 * 0.813 (holds at 15 settings); 0.3: 2× / 0.1 / 0.14, 0.961 / 0.953 / 1.0, 0.821 (holds at two). Not kept, each
 * with the subject bonus, under the same rule: the centroids' cosine of the first stories (not of merged
 * groups) added to every report pair of them, linearly (≤ 0.776), above a floor (≤ 0.773) or as a step
 * (≤ 0.775); 3 of the stories' top-20 terms shared as a small bonus (0.791; 2 of the top 10: ≤ 0.779); single
 * link at a higher bar alongside average link (≤ 0.776): each lifts ECB+ dev (to 0.97–0.996) but merges
 * Multi-News stories before MEANTIME holds.
 *
 * Test, reported once per shipped choice (ECB+ test topic B³ F1): the weight-0 choice (3× / 0.15 / 0.11) scored
 * 0.946 (P 1.000, R 0.898); the current choice (0.3 / 2× / 0.1 / 0.14) scores 0.872 (P 0.810, R 0.945): the
 * centroid blend joins look-alike test topics that dev cannot show. Kept, as the rule chose it; the rule picks a
 * setting that holds the bar at only two grid points, so a rule that prefers settings holding across their
 * neighbours (decided on dev) is the next thing to try. Last line: JSON.
 */
import {
  CENTROID_WEIGHT,
  STORY_THRESHOLD,
  SUBJECT_BONUS,
  TOPIC_THRESHOLD,
  topicLevels,
} from '../src/link/stories/group-stories.js';
import { SUBJECT_REPEATS } from '../src/link/stories/subject-keys.js';
import { bestByMean, type SweepRow, setMean } from './lib/stories-choose.js';
import {
  ecbReports,
  type Labelled,
  meantimeReports,
  multiNewsReports,
  wcepAleppoReports,
} from './lib/stories-corpora.js';
import { perturbations } from './lib/stories-perturb.js';
import { scoreClusters } from './lib/stories-score.js';
import { bcubed } from './stories-metrics.js';

const STORY_GRID = [0.16, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3];
const TOPIC_GRID = [0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18];
const BONUS_GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const REPEATS_GRID = [2, 3];
const CENTROID_GRID = [0, 0.1, 0.2, 0.3];
const BAR = 0.95;
const STORY_SETS = ['ecbDev', 'multiNews', 'wcep'];
const TOPIC_SETS = ['ecbDev', 'meantime', 'multiNews', 'wcep'];
const RECALL_SETS = ['ecbDev', 'meantime', 'wcep'];

const t0 = performance.now();
const dev: Record<string, Labelled[]> = {
  ecbDev: ecbReports('dev'),
  meantime: meantimeReports(),
  multiNews: multiNewsReports(),
  wcep: wcepAleppoReports(),
};
const perturbed = Object.fromEntries(Object.entries(dev).map(([k, items]) => [k, perturbations(items)]));
const names = perturbed.ecbDev!.map((p) => p.name);
console.log(
  `dev sets: ${Object.entries(dev)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ')} reports; perturbations ${names.join(', ')}; ` +
    `read, analysed and perturbed in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const f3 = (x: number): string => x.toFixed(3);
const sweep = (
  grid: readonly number[],
  sets: readonly string[],
  f1: (items: Labelled[], threshold: number) => number,
): SweepRow[] =>
  grid.map((threshold) => ({
    threshold,
    f1: Object.fromEntries(sets.map((s) => [s, perturbed[s]!.map((p) => f1(p.items, threshold))])),
  }));
const print = (rows: readonly SweepRow[], sets: readonly string[]): void => {
  console.log(`threshold  ${sets.map((s) => `${s} (${names.join('/')}) mean`).join(' | ')}`);
  for (const r of rows)
    console.log(
      `${r.threshold.toFixed(2).padStart(9)}  ${sets.map((s) => `${r.f1[s]!.map(f3).join('/')} ${f3(setMean(r, s))}`).join(' | ')}`,
    );
};

console.log('\nstory threshold: sub-topic (story) B3 F1');
const storyRows = sweep(
  STORY_GRID,
  STORY_SETS,
  (items, threshold) => scoreClusters(items, { gold: 'subtopic', by: 'story', threshold }).b3F1,
);
print(storyRows, STORY_SETS);
const story = bestByMean(storyRows, STORY_SETS)!;

/** Topic B-cubed of `items` at every topic threshold of TOPIC_GRID (stories at the chosen story threshold). */
const topicScores = (
  items: readonly Labelled[],
  subjectBonus: number,
  subjectRepeats: number,
  centroidWeight: number,
  thresholds: readonly number[] = TOPIC_GRID,
) =>
  topicLevels(
    items.map((x) => x.doc),
    thresholds,
    { storyThreshold: story.threshold, subjectBonus, subjectRepeats, centroidWeight },
  ).map((groups) => {
    const label = new Map<string, string>();
    groups.forEach((g, k) => {
      for (const d of g) label.set(d.report.id, `p${k}`);
    });
    return bcubed(
      items.map((x) => x.topic),
      items.map((x) => label.get(x.doc.report.id)!),
    );
  });

const topicSweeps = CENTROID_GRID.flatMap((weight) =>
  REPEATS_GRID.flatMap((repeats) =>
    // with no bonus, subjects play no part: one sweep
    (repeats === REPEATS_GRID[0] ? BONUS_GRID : BONUS_GRID.filter((b) => b > 0)).map((bonus) => {
      console.log(`
topic threshold (stories at ${story.threshold}, subject bonus ${bonus}, subjects named ${repeats}×, centroid weight ${weight}): topic B3 F1`);
      const scores = Object.fromEntries(
        TOPIC_SETS.map((s) => [s, perturbed[s]!.map((p) => topicScores(p.items, bonus, repeats, weight))]),
      );
      const rows: SweepRow[] = TOPIC_GRID.map((threshold, t) => ({
        threshold,
        f1: Object.fromEntries(TOPIC_SETS.map((s) => [s, scores[s]!.map((perP) => perP[t]!.f1)])),
      }));
      print(rows, TOPIC_SETS);
      return { bonus, repeats, weight, rows };
    }),
  ),
);
/**
 * Of every (centroid weight, repeats, bonus, threshold) at which the recall sets hold the bar, the one whose
 * topics keep the Multi-News stories apart best (mean topic F1; ties: the first in grid order, then the higher
 * threshold). With no bonus this is the highest threshold that holds (Multi-News F1 rises with the threshold).
 */
const chosenTopic = topicSweeps
  .flatMap(({ bonus, repeats, weight, rows }) =>
    rows
      .filter((r) => RECALL_SETS.every((set) => setMean(r, set) >= BAR))
      .map((row) => ({ bonus, repeats, weight, row })),
  )
  .reduce<{ bonus: number; repeats: number; weight: number; row: SweepRow } | null>(
    (best, c) =>
      best === null ||
      setMean(c.row, 'multiNews') > setMean(best.row, 'multiNews') ||
      (setMean(c.row, 'multiNews') === setMean(best.row, 'multiNews') &&
        c.bonus === best.bonus &&
        c.repeats === best.repeats &&
        c.weight === best.weight)
        ? c
        : best,
    null,
  );
const topic = chosenTopic?.row ?? null;
const topicThreshold = topic?.threshold ?? Number.NaN;
const bonus = chosenTopic?.bonus ?? Number.NaN;
const repeats = chosenTopic?.repeats ?? Number.NaN;
const weight = chosenTopic?.weight ?? Number.NaN;

const mnChosen = topicScores(dev.multiNews!, bonus, repeats, weight, [topicThreshold])[0]!;
console.log(
  `\nchosen: story ${story.threshold} (constant ${STORY_THRESHOLD}), topic ${topicThreshold} (constant ${TOPIC_THRESHOLD})` +
    `, subject bonus ${bonus} (constant ${SUBJECT_BONUS}), subjects named ${repeats}× (constant ${SUBJECT_REPEATS})` +
    `, centroid weight ${weight} (constant ${CENTROID_WEIGHT})` +
    `; Multi-News topic B3 P ${f3(mnChosen.p)} R ${f3(mnChosen.r)}` +
    ' at the chosen values',
);
if (
  story.threshold !== STORY_THRESHOLD ||
  topicThreshold !== TOPIC_THRESHOLD ||
  bonus !== SUBJECT_BONUS ||
  repeats !== SUBJECT_REPEATS ||
  weight !== CENTROID_WEIGHT
)
  console.log('the constants in src/link/stories/group-stories.ts differ from what the rules choose');
console.log(
  JSON.stringify({
    benchmark: 'stories-tune-dev',
    metrics: {
      storyThreshold: story.threshold,
      topicThreshold,
      subjectBonus: bonus,
      subjectRepeats: repeats,
      centroidWeight: weight,
      ...Object.fromEntries(STORY_SETS.map((s) => [`${s}SubtopicMeanF1`, Number(f3(setMean(story, s)))])),
      ...Object.fromEntries(
        TOPIC_SETS.map((s) => [`${s}TopicMeanF1`, topic ? Number(f3(setMean(topic, s))) : Number.NaN]),
      ),
      multiNewsTopicB3P: Number(f3(mnChosen.p)),
    },
    anchors: {
      bar: { topicMeanF1OfRecallSets: BAR },
      constants: {
        story: STORY_THRESHOLD,
        topic: TOPIC_THRESHOLD,
        subjectBonus: SUBJECT_BONUS,
        subjectRepeats: SUBJECT_REPEATS,
        centroidWeight: CENTROID_WEIGHT,
      },
    },
  }),
);
