/**
 * npx tsx eval/stories-tune.ts — chooses STORY_THRESHOLD, TOPIC_THRESHOLD, SUBJECT_BONUS, SUBJECT_REPEATS,
 * CENTROID_WEIGHT and SIGNATURE_WEIGHT (`--plain`: no signature, weights to 0.4; `--families`: FAMILY_BONUS
 * too) on dev sets only (never ECB+ test; about 22 minutes), each set scored full and perturbed
 * (eval/lib/stories-perturb.ts: first five sentences, three random halves, a quarter of the reports):
 * - ECB+ dev: 8 topics of two look-alike sub-topics (topic recall and precision, sub-topics = stories);
 * - MEANTIME: 4 topic corpora (topic recall: each must stay whole; and, at low thresholds, kept apart);
 * - Multi-News dev, clusters 1-40 mixed (eval/stories-multinews-dev.ts; the later clusters are the briefing
 *   eval's test part): each cluster one story, so topic merges across clusters are the precision loss ECB+ dev
 *   cannot show (a proxy: many are same-kind stories);
 * - WCEP Aleppo: five dated entries of one offensive (one story, one topic).
 * Story rule: the story threshold with the best mean sub-topic F1 over ECB+ dev, Multi-News and WCEP.
 * Topic rule (eval/lib/stories-choose.ts chooseRobust): of the grid settings at which every recall set (ECB+
 * dev, MEANTIME, WCEP) keeps mean topic F1 ≥ 0.95 at the setting and at each grid neighbour, the one whose
 * worst Multi-News topic F1 over that neighbourhood is best. Also printed: the earlier pointwise rule and a
 * cross-validation of both over the dev sets. `--dump FILE` writes every grid point as JSON; `--story X` sweeps
 * the topic grid over stories formed at X rather than at the story rule's choice.
 * What each rule chose, what else was tried, and every ECB+ test score (with the settings test has seen):
 * docs/eval-stories.md. Last line: JSON.
 */
import {
  CENTROID_WEIGHT,
  FAMILY_BONUS,
  FAMILY_SHARE,
  SIGNATURE_TERMS,
  SIGNATURE_WEIGHT,
  STORY_THRESHOLD,
  SUBJECT_BONUS,
  TOPIC_THRESHOLD,
} from '../src/link/stories/group-stories.js';
import { SUBJECT_REPEATS } from '../src/link/stories/subject-keys.js';
import {
  bestByMean,
  choosePointwise,
  chooseRobust,
  holdsAt,
  neighbourhoods,
  type SweepRow,
  setMean,
  type TopicRule,
} from './lib/stories-choose.js';
import { ecbReports, type Labelled, meantimeReports, wcepAleppoReports } from './lib/stories-corpora.js';
import { foldsOf } from './lib/stories-crossval.js';
import { perturbations } from './lib/stories-perturb.js';
import { scoreClusters } from './lib/stories-score.js';
import { FAMILY_GRID, SIGNATURE_GRID, TOPIC_GRID, topicGrid } from './lib/stories-sweep.js';
import {
  dumpGrid,
  f3,
  printCrossValidation,
  printRows,
  settingOf,
  signatureOf,
} from './lib/stories-tune-print.js';
import { multiNewsDevItems } from './stories-multinews-dev.js';

const STORY_GRID = [0.16, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3];
const flag = (name: string): boolean => process.argv.includes(name);
const GRID = flag('--families') ? FAMILY_GRID : flag('--plain') ? TOPIC_GRID : SIGNATURE_GRID;
const STORY_SETS = ['ecbDev', 'multiNews', 'wcep'];
const TOPIC_SETS = ['ecbDev', 'meantime', 'multiNews', 'wcep'];
const RULE: TopicRule = { recallSets: ['ecbDev', 'meantime', 'wcep'], bar: 0.95, objective: 'multiNews' };

const t0 = performance.now();
const dev: Record<string, Labelled[]> = {
  ecbDev: ecbReports('dev'),
  meantime: meantimeReports(),
  multiNews: multiNewsDevItems(),
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

console.log('\nstory threshold: sub-topic (story) B3 F1');
const storyRows: SweepRow[] = STORY_GRID.map((threshold) => ({
  threshold,
  f1: Object.fromEntries(
    STORY_SETS.map((s) => [
      s,
      perturbed[s]!.map((p) => scoreClusters(p.items, { gold: 'subtopic', by: 'story', threshold }).b3F1),
    ]),
  ),
}));
printRows(storyRows, STORY_SETS, names);
// `--story X` (a value of STORY_GRID): the topic grid over stories formed at X, not at the story rule's choice
const storyArg = process.argv.includes('--story')
  ? Number(process.argv[process.argv.indexOf('--story') + 1])
  : null;
const story = storyRows.find((r) => r.threshold === storyArg) ?? bestByMean(storyRows, STORY_SETS)!;

const { points, full } = topicGrid(
  perturbed,
  GRID,
  story.threshold,
  (weight, repeats, bonus, family, rows) => {
    console.log(`
topic threshold (stories at ${story.threshold}, subject bonus ${bonus}, subjects named ${repeats}×, centroid weight ${weight}, family bonus ${family.familyBonus} at share ${family.familyShare}${signatureOf(family)}): topic B3 F1`);
    printRows(rows, TOPIC_SETS, names);
  },
);

dumpGrid(flag('--dump') ? process.argv[process.argv.indexOf('--dump') + 1]! : null, points);
const chosen = chooseRobust(points, RULE);
const pointwise = choosePointwise(points, RULE);
console.log(
  `\nthe neighbourhood rule chooses ${settingOf(chosen?.point ?? null)}; the pointwise rule (before) ${settingOf(pointwise?.point ?? null)}`,
);
const around = neighbourhoods(points);
console.log(
  `settings holding across their neighbourhood: ${points
    .filter((p) => around.get(p)!.complete && holdsAt(around.get(p)!.neighbours, RULE))
    .map(settingOf)
    .join('; ')}`,
);
for (const w of GRID.weights)
  console.log(
    `  weight ${w}: the bar holds at thresholds ${[
      ...new Set(points.filter((p) => p.weight === w && holdsAt([p], RULE)).map((p) => p.row.threshold)),
    ]
      .sort((a, b) => a - b)
      .join(', ')}`,
  );
if (chosen !== null) {
  console.log(`neighbourhood of the choice (topic B3 F1 means; ${RULE.objective} P/R of the full set):`);
  for (const n of chosen.neighbours) {
    const mn = full.get(n)![RULE.objective]!;
    console.log(
      `  ${settingOf(n).padEnd(52)} ${TOPIC_SETS.map((s) => `${s} ${f3(setMean(n.row, s))}`).join('  ')}  P ${f3(mn.p)} R ${f3(mn.r)}`,
    );
  }
}

const cv = printCrossValidation(points, foldsOf(RULE, 'ecbDev', names.length), RULE);

const at = chosen?.point ?? null;
const topicThreshold = at?.row.threshold ?? Number.NaN;
const bonus = at?.bonus ?? Number.NaN;
const repeats = at?.repeats ?? Number.NaN;
const weight = at?.weight ?? Number.NaN;
const familyBonus = at?.familyBonus ?? (at === null ? Number.NaN : 0);
const familyShare = at?.familyShare ?? Number.NaN;
const signatureWeight = at?.signatureWeight ?? (at === null ? Number.NaN : 0);
const signatureTerms = at?.signatureTerms ?? Number.NaN;
const mnChosen = at === null ? { p: Number.NaN, r: Number.NaN } : full.get(at)!.multiNews!;
console.log(
  `\nchosen: story ${story.threshold} (constant ${STORY_THRESHOLD}), topic ${topicThreshold} (constant ${TOPIC_THRESHOLD})` +
    `, subject bonus ${bonus} (constant ${SUBJECT_BONUS}), subjects named ${repeats}× (constant ${SUBJECT_REPEATS})` +
    `, centroid weight ${weight} (constant ${CENTROID_WEIGHT})` +
    `, family bonus ${familyBonus} (constant ${FAMILY_BONUS}) at share ${familyShare} (constant ${FAMILY_SHARE})` +
    `, signature weight ${signatureWeight} (constant ${SIGNATURE_WEIGHT}) of ${signatureTerms} terms (constant ${SIGNATURE_TERMS})` +
    `; Multi-News topic B3 P ${f3(mnChosen.p)} R ${f3(mnChosen.r)} (full set) at the chosen values`,
);
if (
  story.threshold !== STORY_THRESHOLD ||
  topicThreshold !== TOPIC_THRESHOLD ||
  bonus !== SUBJECT_BONUS ||
  (bonus > 0 && repeats !== SUBJECT_REPEATS) ||
  weight !== CENTROID_WEIGHT ||
  familyBonus !== FAMILY_BONUS ||
  (familyBonus > 0 && familyShare !== FAMILY_SHARE) ||
  signatureWeight !== SIGNATURE_WEIGHT ||
  (signatureWeight > 0 && signatureTerms !== SIGNATURE_TERMS)
)
  console.log('the constants in src/link/stories/*.ts differ from what the rules choose');
const r3 = (x: number): number => Number(f3(x));
console.log(
  JSON.stringify({
    benchmark: 'stories-tune-dev',
    metrics: {
      storyThreshold: story.threshold,
      topicThreshold,
      subjectBonus: bonus,
      subjectRepeats: repeats,
      centroidWeight: weight,
      familyBonus,
      familyShare,
      signatureWeight,
      signatureTerms,
      ...Object.fromEntries(STORY_SETS.map((s) => [`${s}SubtopicMeanF1`, r3(setMean(story, s))])),
      ...Object.fromEntries(
        TOPIC_SETS.map((s) => [`${s}TopicMeanF1`, at ? r3(setMean(at.row, s)) : Number.NaN]),
      ),
      ...Object.fromEntries(
        TOPIC_SETS.map((s) => [
          `${s}TopicNeighbourhoodMinF1`,
          chosen ? r3(Math.min(...chosen.neighbours.map((n) => setMean(n.row, s)))) : Number.NaN,
        ]),
      ),
      multiNewsTopicB3P: r3(mnChosen.p),
      cvHeldOutRecallMisses: cv.neighbourhood!.misses,
      cvHeldOutRecallMeanF1: r3(cv.neighbourhood!.recallMean),
      cvPointwiseHeldOutRecallMisses: cv.pointwise!.misses,
      cvPointwiseHeldOutRecallMeanF1: r3(cv.pointwise!.recallMean),
    },
    anchors: {
      bar: { topicMeanF1OfRecallSets: RULE.bar },
      constants: {
        story: STORY_THRESHOLD,
        topic: TOPIC_THRESHOLD,
        subjectBonus: SUBJECT_BONUS,
        subjectRepeats: SUBJECT_REPEATS,
        centroidWeight: CENTROID_WEIGHT,
        familyBonus: FAMILY_BONUS,
        familyShare: FAMILY_SHARE,
        signatureWeight: SIGNATURE_WEIGHT,
        signatureTerms: SIGNATURE_TERMS,
      },
    },
  }),
);
