/**
 * npm run train:attribution — trains the two-pass attribution tagger on PolNeAR train (the outside-label bias
 * chosen on dev) and writes models/attribution-en.json.gz. The second pass reads the first pass's labels; on
 * train those come from jackknifing (each fold tagged by a first pass trained on the other folds), and it is the
 * mean of ATTR_SEEDS models trained on their own shuffling seeds. Features are 32-bit keys (feature-hash.ts),
 * counted and numbered here, stored sorted and packed, weights one byte each (train-attribution-quantize.ts).
 * Env: ATTR_EPOCHS1 (first pass, default 8), ATTR_EPOCHS (second pass, default 12), ATTR_SEEDS (second-pass
 * models averaged, default 4; 1 = one model, its epoch chosen on dev), ATTR_SEEDS1 (first-pass models averaged,
 * default 1), ATTR_BIASES (outside biases tried on dev), ATTR_SEED, ATTR_MIN_COUNT, ATTR_PRUNE, ATTR_FOLDS,
 * ATTR_OUT, ATTR_CACHE (a folder caching word classes and the segment + entities layers), ATTR_ALL=0 (first
 * annotator only), ATTR_ONLY_FIRST=1 (stop after the first pass).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SEQUENCE_FEATURES, sequenceFeatures } from '../src/analyse/attribution/sequence-features.js';
import { STACKED_FEATURES, stackedFeatures } from '../src/analyse/attribution/stacked-features.js';
import { TAGGER_LABELS } from '../src/analyse/attribution/tagger-labels.js';
import { TAGGER_FORMAT, type TaggerModelFile } from '../src/analyse/attribution/tagger-model.js';
import { attributionClusters } from './train-attribution-clusters.js';
import { taggerTrainingDocs } from './train-attribution-data.js';
import { encodeSequence, indexKeys } from './train-attribution-encode.js';
import {
  averageWeights,
  decodeEncoded,
  type PerceptronWeights,
  trainPerceptron,
} from './train-attribution-perceptron.js';
import { quantize } from './train-attribution-quantize.js';
import { devScorer } from './train-attribution-score.js';

const EPOCHS1 = Number(process.env.ATTR_EPOCHS1 ?? 8);
const EPOCHS = Number(process.env.ATTR_EPOCHS ?? 12);
const SEED = Number(process.env.ATTR_SEED ?? 20241);
const MIN_COUNT = Number(process.env.ATTR_MIN_COUNT ?? 2);
const PRUNE = Number(process.env.ATTR_PRUNE ?? 0.002);
const FOLDS = Number(process.env.ATTR_FOLDS ?? 5);
const CACHE = process.env.ATTR_CACHE;
const OUT =
  process.env.ATTR_OUT ??
  join(dirname(fileURLToPath(import.meta.url)), '..', 'models', 'attribution-en.json.gz');

const t0 = performance.now();
const log = (m: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const last = (_: PerceptronWeights, epoch: number) => epoch;

const clusters = attributionClusters(SEED, CACHE);
log(`${clusters.size} clustered words`);
// Every annotator's file of a train article is a training document (a few articles were annotated twice).
const train = taggerTrainingDocs('train', clusters, CACHE, process.env.ATTR_ALL !== '0');
const dev = taggerTrainingDocs('dev', clusters, CACHE);
log(`read ${train.length} train, ${dev.length} dev documents`);

/** Per document, per sequence: token range, first-pass keys and gold labels. */
const prepare = (docs: typeof train) =>
  docs.map((d) =>
    d.tagged.sequences.map(([a, b]) => ({
      a,
      b,
      base: sequenceFeatures(d.tagged, a, b),
      gold: d.gold.slice(a, b),
    })),
  );
const trainSeqs = prepare(train);
const devSeqs = prepare(dev);
const baseOf = (s: { base: Uint32Array }) => [{ keys: s.base, width: SEQUENCE_FEATURES }];

// Pass 1: features of the words alone.
const index1 = indexKeys(
  trainSeqs.flatMap((d) => d.map((s) => s.base)),
  MIN_COUNT,
);
const enc1 = trainSeqs.map((d) => d.map((s) => encodeSequence(index1, baseOf(s), s.gold)));
log(`pass 1: ${index1.size} features`);
const firstOnTrain: Int32Array[][] = trainSeqs.map(() => []);
for (let fold = 0; fold < FOLDS; fold++) {
  const w = trainPerceptron(enc1.filter((_, k) => k % FOLDS !== fold).flat(), index1.size, {
    epochs: EPOCHS1,
    seed: SEED + fold,
    score: last,
  });
  enc1.forEach((d, k) => {
    if (k % FOLDS === fold) firstOnTrain[k] = d.map((s) => decodeEncoded(s, w));
  });
  log(`pass 1 fold ${fold + 1}/${FOLDS} tagged`);
}
// The first pass used at run time: one model, or the mean of ATTR_SEEDS1 models on their own shuffling seeds.
const SEEDS1 = Number(process.env.ATTR_SEEDS1 ?? 1);
const firstModels = Array.from({ length: SEEDS1 }, (_, k) =>
  trainPerceptron(enc1.flat(), index1.size, { epochs: EPOCHS1, seed: SEED + 1000 * k, score: last }),
);
const first = SEEDS1 === 1 ? firstModels[0]! : averageWeights(firstModels, () => 0);
const firstOnDev = devSeqs.map((d) =>
  d.map((s) => decodeEncoded(encodeSequence(index1, baseOf(s), s.gold), first)),
);
{
  const s = devScorer(dev, devSeqs, firstOnDev);
  const f = (k: string) => s.result(k).f1.toFixed(4);
  log(`pass 1 on all of train: dev overlap F1 content ${f('content.overlap')} source ${f('source.overlap')}`);
  if (process.env.ATTR_ONLY_FIRST === '1') process.exit(0);
}

// Pass 2: the words plus the first pass's labels.
const withStack = (docs: typeof train, seqs: typeof trainSeqs, firsts: Int32Array[][]) =>
  seqs.map((d, k) =>
    d.map((s, i) => ({
      ...s,
      parts: [
        ...baseOf(s),
        { keys: stackedFeatures(docs[k]!.tagged, s.a, s.b, firsts[k]![i]!), width: STACKED_FEATURES },
      ],
    })),
  );
const train2 = withStack(train, trainSeqs, firstOnTrain);
const dev2 = withStack(dev, devSeqs, firstOnDev);
const index2 = indexKeys(
  train2.flatMap((d) => d.flatMap((s) => s.parts.map((p) => p.keys))),
  MIN_COUNT,
);
const enc2 = train2.map((d) => d.map((s) => encodeSequence(index2, s.parts, s.gold)));
const encDev2 = dev2.map((d) => d.map((s) => encodeSequence(index2, s.parts, s.gold)));
log(`pass 2: ${index2.size} features`);

const scoreDev = (w: PerceptronWeights, outside = 0) =>
  devScorer(
    dev,
    devSeqs,
    encDev2.map((d) => d.map((s) => decodeEncoded(s, w, outside))),
  );
const mean = (s: ReturnType<typeof scoreDev>) =>
  (s.result('content.overlap').f1 + s.result('source.overlap').f1) / 2;
const SEEDS = Number(process.env.ATTR_SEEDS ?? 4);
const reportEpoch = (w: PerceptronWeights, epoch: number) => {
  const s = scoreDev(w);
  const f = (k: string) => s.result(k).f1.toFixed(4);
  log(
    `epoch ${epoch}: dev overlap F1 content ${f('content.overlap')} source ${f('source.overlap')} cue ${f('cue.overlap')} relation ${f('relation.overlap')}`,
  );
  return mean(s);
};
// One model: the epoch is chosen on dev. Several (ATTR_SEEDS): each trained for ATTR_EPOCHS on its own shuffling
// seed, weights averaged.
const second =
  SEEDS === 1
    ? trainPerceptron(enc2.flat(), index2.size, { epochs: EPOCHS, seed: SEED, score: reportEpoch })
    : averageWeights(
        Array.from({ length: SEEDS }, (_, k) =>
          trainPerceptron(enc2.flat(), index2.size, { epochs: EPOCHS, seed: SEED + 1000 * k, score: last }),
        ),
        (w) => reportEpoch(w, EPOCHS),
      );
log(`best epoch ${second.bestEpoch}: mean content/source overlap F1 ${second.bestScore.toFixed(4)}`);
// A bias on the outside label trades precision for recall (the perceptron favours precision); chosen on dev.
let outsideBias = 0;
let biasScore = second.bestScore;
for (const b of (process.env.ATTR_BIASES ?? '-25,-50,-100').split(',').map(Number)) {
  const s = scoreDev(second, b);
  log(
    `outside bias ${b}: dev content ${s.result('content.overlap').f1.toFixed(4)} source ${s.result('source.overlap').f1.toFixed(4)}`,
  );
  if (mean(s) > biasScore) {
    biasScore = mean(s);
    outsideBias = b;
  }
}
log(`outside bias ${outsideBias}: mean content/source overlap F1 ${biasScore.toFixed(4)}`);

const file: TaggerModelFile = {
  format: TAGGER_FORMAT,
  labels: [...TAGGER_LABELS],
  templates: [SEQUENCE_FEATURES, STACKED_FEATURES],
  ...quantize({ index: index1, weights: first }, { index: index2, weights: second }, PRUNE),
  clusters: Object.fromEntries(clusters),
  outsideBias,
  meta: {
    trainedOn:
      'PolNeAR v1.0 train (every annotator); second-pass epochs and outside bias chosen on PolNeAR dev',
    epochs: [EPOCHS1, SEEDS === 1 ? second.bestEpoch : EPOCHS],
    seeds: [SEEDS1, SEEDS],
    folds: FOLDS,
    seed: SEED,
    minCount: MIN_COUNT,
    prune: PRUNE,
    devMeanContentSourceOverlapF1: Math.round(biasScore * 1e4) / 1e4,
  },
};
const gz = gzipSync(JSON.stringify(file), { level: 9 });
writeFileSync(OUT, gz);
log(
  `wrote ${OUT}: ${file.count} features (of ${index1.size} + ${index2.size}), ${(gz.length / 1e6).toFixed(2)} MB`,
);
