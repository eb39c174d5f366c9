/**
 * npx tsx eval/stories-tune.ts — chooses STORY_THRESHOLD, TOPIC_THRESHOLD, SUBJECT_BONUS, SUBJECT_REPEATS and
 * CENTROID_WEIGHT (`--families`, `--signature`: FAMILY_BONUS, SIGNATURE_WEIGHT too) on dev sets only (never ECB+
 * test), each set scored full and perturbed (eval/lib/stories-perturb.ts: first five sentences, three random halves,
 * a quarter of the reports):
 * - ECB+ dev: 8 topics of two look-alike sub-topics (topic recall and precision, sub-topics = stories);
 * - MEANTIME: 4 topic corpora (topic recall: each must stay whole; and, at low thresholds, kept apart);
 * - Multi-News, the 200 clusters mixed: each cluster one story, so topic merges across clusters are the
 *   precision loss ECB+ dev (1.0 wherever the bar holds) cannot show; many are same-kind or same-subject
 *   stories (two shootings, Trump), so it is a proxy, not a target of 1.0;
 * - WCEP Aleppo: five dated entries of one offensive (one story, one topic).
 * Story rule: the story threshold with the best mean sub-topic F1 over ECB+ dev, Multi-News and WCEP (each
 * set's mean over its perturbations): 0.2.
 * Topic rule (eval/lib/stories-choose.ts chooseRobust): the grid is centroid weight 0–0.4 × subjects named 2×
 * or 3× × subject bonus 0–0.35 × threshold 0.06–0.2 (each a sweep of thresholds in one run,
 * eval/lib/stories-sweep.ts). A setting's neighbourhood is itself and its grid neighbours (weight ±0.1, bonus
 * ±0.05, threshold ±0.01, same repeats). Of the settings at which every recall set (ECB+ dev, MEANTIME, WCEP)
 * keeps mean topic F1 ≥ 0.95 at every point of the neighbourhood, the one whose worst Multi-News topic F1 over
 * the neighbourhood is best; a setting on the grid's edge (save weight or bonus 0) is not judged. It chooses
 * 0 / 3× / 0.3 / 0.1 (session 5): ECB+ dev 0.965, MEANTIME 0.970, WCEP 1.0, Multi-News 0.750 (P 0.615 R 0.895,
 * full set); worst over its neighbourhood ECB+ dev 0.954, MEANTIME 0.953, WCEP 1.0, Multi-News 0.716; two
 * settings hold across their neighbourhoods (weight 0, bonus 0.3, threshold 0.1, 2× or 3×); cross-validated,
 * 5 of 19 held-out recall checks below the bar, 2 folds with no choice, mean held-out recall-set F1 0.967.
 * Before session 5 it chose 0 / 3× / 0.2 / 0.1 (ECB+ dev 0.965, MEANTIME 0.951, Multi-News 0.760, worst
 * neighbour 0.728; four settings held): entities@5, which reads "U.S. officials" as the American government,
 * not a place, moved MEANTIME's mean at 0.2 to 0.948, under the bar, and the same rule, rerun on the same dev
 * sets, moved the bonus.
 * Taking the objective's mean over the neighbourhood instead of its worst, or Multi-News precision instead of
 * F1, chooses the same; the neighbourhood with diagonals (26 neighbours) holds nowhere.
 * The earlier rule (the bar at the point alone, the best Multi-News F1 there; choosePointwise, printed for
 * comparison) takes 0.3 / 2× / 0.1 / 0.14 (Multi-News 0.821, ECB+ dev 0.961, MEANTIME 0.953), where none of
 * its six grid neighbours holds the bar: a larger centroid weight narrows the band of thresholds at which
 * MEANTIME stays whole and its corpora apart (the bar holds at some setting for weight 0: 0.07–0.12, 0.1:
 * 0.10–0.14, 0.2: 0.12–0.14, 0.3: 0.14 only, 0.4: nowhere).
 * Cross-validation over the dev sets (eval/lib/stories-crossval.ts; the rule chooses without a held-out part,
 * which is scored at its choice): each recall set left out, each half of the ECB+ dev topics (choose on one,
 * check the other), each half of the Multi-News clusters as the objective, each perturbation left out. The
 * neighbourhood rule: 5 of 22 held-out recall checks below the bar (MEANTIME left out 0.915, ECB+ dev half B
 * 0.938, first-five-sentences ECB+ dev 0.922, two single perturbations of MEANTIME 0.928 / 0.941), mean held-out
 * recall-set F1 0.972, one fold (choose on ECB+ dev half B) with no setting; the pointwise rule: 9 of 23 below
 * the bar (MEANTIME left out 0.839, ECB+ dev half B 0.934, ECB+ dev 0.922 / 0.928 / just under 0.950 and
 * MEANTIME 0.850 / 0.904 / 0.928 / 0.857 on single perturbations), mean 0.955. The Multi-News held-out half scores lower under
 * the neighbourhood rule (0.803 / 0.845 against 0.836 / 0.887): it merges more, which is the price of holding
 * the recall sets. MEANTIME left out, no rule holds MEANTIME: no other set stands for its four corpora.
 *
 * Topic-level variants tried on the same dev sets, under the earlier rule, each at its own chosen threshold
 * (ECB+ dev and MEANTIME at ~0.95 throughout; Multi-News topic F1, plain average link 0.720 at 0.08): the
 * entity weight in the report similarity raised to 0.5–0.7, or added rather than blended (0.70–0.73);
 * idf-weighted entity overlap (≤ 0.724: a topic corpus's own company is frequent in it, so its idf is low); a
 * bonus for sharing an entity key named in both stories' reports (story key entities; ≤ 0.62); mean best match
 * between stories instead of average link (MEANTIME ≤ 0.87); a bonus by the share of entity mentions two
 * reports have in common (0.739–0.773); the shared-subject bonus kept, with subjects by other rules: places
 * included (MEANTIME topics merge, no threshold holds), any entity named once (0.675–0.722), lead of one or three
 * sentences (0.762, 0.721), news agencies kept (0.755). Centroid blend (kept in the code, weight chosen 0 now):
 * weight 0 chose 3× / 0.15 / 0.11 (0.951 / 0.951 / 1.0, 0.796) under the earlier rule; 0.1: 0.956 / 0.952 /
 * 1.0, 0.795; 0.2: 0.973 / 0.956 / 1.0, 0.813; 0.3: 2× / 0.1 / 0.14, 0.961 / 0.953 / 1.0, 0.821. Not kept, each
 * with the subject bonus: the centroids' cosine of the first stories added to every report pair of them,
 * linearly (≤ 0.776), above a floor (≤ 0.773) or as a step (≤ 0.775); 3 of the stories' top-20 terms shared as
 * a small bonus (0.791; 2 of the top 10: ≤ 0.779); single link at a higher bar alongside average link
 * (≤ 0.776). With the neighbourhood rule: the average link less a size penalty c / √(|a|·|b|) (a merge of
 * small groups rests on few pairs; c 0.02 and 0.04, weights 0–0.2): the pointwise best barely moves (Multi-News
 * 0.819 / 0.818 against 0.813 on those weights) and no setting holds across its neighbourhood.
 * A lead-family bonus (helper-33; `--families`, FAMILY_BONUS / FAMILY_SHARE in group-stories.ts): reports whose
 * stories share an eventFamily of a verb or common noun of their leads (lead-families.ts), held by a share (0.5
 * or 0.67) of each story's reports, count 0.03 / 0.06 / 0.09 more similar (family a neighbour axis, share like
 * repeats; weights 0 and 0.1 only). It buys recall with precision as a lower threshold does: of the eleven
 * settings holding across their neighbourhoods, the seven with it (all at 0.67) have ECB+ dev 0.983–0.990 and
 * MEANTIME 0.968–0.986 but Multi-News 0.685–0.723 (worst neighbour 0.618–0.685), so the rule keeps family 0
 * (0 / 3× / 0.2 / 0.1; worst neighbour now 0.698). Cross-validated: 5 of 22 below the bar, mean 0.971; the
 * pointwise rule takes 0.1 / 3× / 0.2 / family 0.06 at 0.5 / 0.16 (8 of 23 below). Verbs only: no gain. Lead
 * ACLED-like event types (looked at, not swept): `casualties` leads three ECB+ dev topics to keep apart alike.
 * A story-signature weight (`--signature`, SIGNATURE_WEIGHT / SIGNATURE_TERMS in group-stories.ts,
 * story-signature.ts): two reports count w × the cosine of their stories' signatures more similar, a signature being
 * the story's 20 most distinctive words outside entity mentions (summed TF-IDF). Why: at 0 / 3× / 0.2 / 0.1 ECB+ dev
 * loses recall (0.924) on two topics only: 18 (two office shootings, 16 and 11 reports, no subject or entity in
 * common) stays apart at an average link of 0.095, and a one-sentence report of 23 at 0.084. The two shootings'
 * signatures meet at 0.31, above all 2,769 wrong Multi-News story pairs scoring 0.05–0.15 (by text cosine 2.1% of
 * them score as high as 18's pair, by name-free text 1.1%, by name-free words as event families 2.3%, by
 * trigger-type profiles 6.6%). Swept (weights 0–0.2, signature 0–0.25 a neighbour axis, 20 terms; 22 minutes): at
 * c7f477e (weights 0–0.1 only) the rule took 0 / 3× / 0.15 / signature 0.05 / 0.1 (ECB+ dev 0.982, MEANTIME 0.955,
 * Multi-News 0.768, P 0.646; worst neighbour 0.732 against 0.729 without). At b3cfe5c (entity metonymy; MEANTIME at
 * the constants 0.948, under the bar) the plain grid chooses 0 / 3× / 0.3 / 0.1 (0.965 / 0.970 / 0.749, P 0.615,
 * worst neighbour 0.717) and so does the signature grid: its best signature setting, 0 / 3× / 0.3 / 0.15 / 0.11
 * (0.988 / 0.960 / 0.755; full ECB+ dev R 1.000, Multi-News P 0.617), has worst neighbour 0.716; its
 * cross-validation 6 of 23 checks below the bar (mean 0.965). So the signature is off (weight 0); the constants were
 * left at 0.2 / 0.1 for the lead. Looked at, not swept: the topic text cosine over name-free words (blend 0.5 or 1:
 * ECB+ dev +0.01–0.02, Multi-News −0.013–0.03 at one threshold, as a lower threshold gives); trigger-type profiles
 * (matchTriggers; wrong Multi-News pairs score higher than right ones, three of the six ECB+ dev merges near the
 * threshold share no trigger type); best-matching sentences (18's mean best match 0.18, under many wrong merges).
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
 * Disclosures (ECB+ test topic B³ F1, each scored once by the lead, none by this tuner): while exploring
 * repeats, ECB+ test was scored for 2× and 3× (0.972 with 2×, 0.946 with 3×); the weight-0 choice 3× / 0.15 /
 * 0.11 scored 0.946 (P 1.000, R 0.898); the pointwise rule's 0.3 / 2× / 0.1 / 0.14 scored 0.872 (P 0.810,
 * R 0.945). Those are the test-seen settings; the neighbourhood rule was written and run on dev only, its choice
 * (0 / 3× / 0.2 / 0.1) is none of them and was not picked for any known test score. The lead then scored ECB+
 * test once for it: topic B³ F1 0.946 (P 1.000, R 0.898; 13 clusters for 10 topics), sub-topic 0.848 — under
 * the 0.95 bar, by recall, as on dev (R 0.924). Session 5: the rule, rerun on the dev sets after entities@5,
 * chose bonus 0.3 (above); the lead scored ECB+ test once for it: topic B³ F1 0.907 (P 0.917, R 0.898; 12
 * clusters: one more merge, of two different topics), sub-topic 0.848. Kept, as the rule chose it on dev; going
 * back to 0.2 for its better test score would be choosing on test. Last line: JSON.
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
import {
  ecbReports,
  type Labelled,
  meantimeReports,
  multiNewsReports,
  wcepAleppoReports,
} from './lib/stories-corpora.js';
import { foldsOf } from './lib/stories-crossval.js';
import { perturbations } from './lib/stories-perturb.js';
import { scoreClusters } from './lib/stories-score.js';
import { FAMILY_GRID, SIGNATURE_GRID, TOPIC_GRID, topicGrid } from './lib/stories-sweep.js';
import { f3, printCrossValidation, printRows, settingOf, signatureOf } from './lib/stories-tune-print.js';

const STORY_GRID = [0.16, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3];
const flag = (name: string): boolean => process.argv.includes(name);
const GRID = flag('--families') ? FAMILY_GRID : flag('--signature') ? SIGNATURE_GRID : TOPIC_GRID;
const STORY_SETS = ['ecbDev', 'multiNews', 'wcep'];
const TOPIC_SETS = ['ecbDev', 'meantime', 'multiNews', 'wcep'];
const RULE: TopicRule = { recallSets: ['ecbDev', 'meantime', 'wcep'], bar: 0.95, objective: 'multiNews' };

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
const story = bestByMean(storyRows, STORY_SETS)!;

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
