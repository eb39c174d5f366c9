/** npm run train:ner — trains the named-entity tagger from ../shared/corpora and writes models/ner-en.json.gz. */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { TaggedSentence } from '../eval/conll.js';
import { bilouToBio, LABELS } from '../src/ner/ner-labels.js';
import { type NerModel, nerModelFromFile } from '../src/ner/ner-model.js';
import { nerResources } from '../src/ner/ner-resources.js';
import { SpanScorer } from '../src/ner/span-scorer.js';
import { tagDocument } from '../src/ner/tag-document.js';
import { HISTORY_CLASSES, historyFeature } from '../src/ner/token-features.js';
import {
  type EncodedDocument,
  type PerceptronWeights,
  trainAveragedPerceptron,
} from '../src/ner/train/averaged-perceptron.js';
import { buildGazetteer } from '../src/ner/train/build-gazetteer.js';
import { distributionalClusters } from '../src/ner/train/distributional-clusters.js';
import { encodeDocuments, indexFeatures } from '../src/ner/train/encode-sentences.js';
import { toModelFile } from '../src/ner/train/to-model-file.js';
import { corporaDir, MODEL_PATH } from './ner-paths.js';
import { conllSplit, newsTokens, wikiSentences } from './ner-training-data.js';

const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 30);
const FINAL_ON_DEV = process.env.NER_FINAL_ON_DEV !== '0';
const SEED = 20031;
const SEEDS = Number(process.env.NER_SEEDS ?? 3);
const PRUNE = Number(process.env.NER_PRUNE ?? 0.002);
const USE_CLUSTERS = process.env.NER_CLUSTERS !== '0';
const USE_GAZETTEER = process.env.NER_GAZETTEER !== '0';

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const byDocument = (sentences: readonly TaggedSentence[]): TaggedSentence[][] => {
  const docs = new Map<number, TaggedSentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  return [...docs.values()];
};

const corpora = corporaDir();
const train = byDocument(conllSplit(corpora, 'train.txt'));
const dev = byDocument(conllSplit(corpora, 'valid.txt'));
const wiki = wikiSentences(corpora);
const news = newsTokens(corpora);
log(
  `read ${train.length} train / ${dev.length} dev documents, ${wiki.neural.length + wiki.ann.length} wiki sentences`,
);

const unlabelled = [...train.flat(), ...dev.flat(), ...wiki.neural, ...wiki.ann]
  .map((s) => s.words)
  .concat(news);
const clusters = USE_CLUSTERS
  ? distributionalClusters(unlabelled, {
      minCount: 3,
      maxWords: 60000,
      contextWords: 1000,
      dims: 96,
      branching: 4,
      depth: 6,
      iterations: 8,
      seed: SEED,
    })
  : new Map<string, string>();
log(`${clusters.size} clustered words from ${unlabelled.length} unlabelled sentences`);
const gazetteer = USE_GAZETTEER
  ? buildGazetteer([...wiki.neural, ...wiki.ann], { maxLength: 5, minShare: 0.3 })
  : new Map<string, string>();
const resources = nerResources(clusters, gazetteer);
log(`${gazetteer.size} gazetteer entries`);

const history = HISTORY_CLASSES.map((_, k) => historyFeature(k));
const scoreOn = (docs: readonly (readonly TaggedSentence[])[], enc: readonly EncodedDocument[]) => {
  return (decode: (d: EncodedDocument) => Int32Array[]): number => {
    const scorer = new SpanScorer();
    enc.forEach((d, k) => {
      decode(d).forEach((labels, i) => {
        scorer.add(docs[k]?.[i]?.tags ?? [], bilouToBio(Array.from(labels, (y) => LABELS[y] as string)));
      });
    });
    return scorer.result().f1;
  };
};

// 1. Choose the number of epochs on CoNLL dev.
const index = indexFeatures(train, resources, 1, history);
const encDev = encodeDocuments(dev, resources, index);
const selected = trainAveragedPerceptron(encodeDocuments(train, resources, index), {
  nFeatures: index.size,
  historyIds: Int32Array.from(history, (f) => index.get(f) ?? 0),
  epochs: MAX_EPOCHS,
  patience: 4,
  seed: SEED,
  score: (decode, epoch) => {
    const f1 = scoreOn(dev, encDev)(decode);
    log(`epoch ${epoch}: dev F1 ${f1.toFixed(4)} (${index.size} features)`);
    return f1;
  },
});
log(`best epoch ${selected.bestEpoch} (dev F1 ${selected.bestScore.toFixed(4)})`);

// 2. Retrain on train + dev (or, with NER_FINAL_ON_DEV=0, train alone) for that many epochs with each
// shuffling seed, and average the weights of the seeds' models (less dependence on one shuffle order).
const docs = FINAL_ON_DEV ? [...train, ...dev] : train;
const finalIndex = FINAL_ON_DEV ? indexFeatures(docs, resources, 1, history) : index;
const encoded = encodeDocuments(docs, resources, finalIndex);
const seeds = Array.from({ length: SEEDS }, (_, k) => SEED + k);
const runs = seeds.map((seed) =>
  trainAveragedPerceptron(encoded, {
    nFeatures: finalIndex.size,
    historyIds: Int32Array.from(history, (f) => finalIndex.get(f) ?? 0),
    epochs: selected.bestEpoch,
    patience: Infinity,
    seed,
    score: (_, epoch) => epoch,
  }),
);
const mean = <T extends Float32Array | Float64Array>(arrays: readonly T[], make: (n: number) => T): T => {
  const out = make((arrays[0] as T).length);
  for (const a of arrays)
    for (let i = 0; i < a.length; i++) out[i] = (out[i] as number) + (a[i] as number) / arrays.length;
  return out;
};
const result = {
  emission: mean(
    runs.map((r) => r.emission),
    (n) => new Float32Array(n),
  ),
  transition: mean(
    runs.map((r) => r.transition),
    (n) => new Float64Array(n),
  ),
};
log(
  `final model: ${selected.bestEpoch} epochs on ${FINAL_ON_DEV ? 'train+dev' : 'train'}, seeds ${seeds.join(', ')} averaged`,
);
if (!FINAL_ON_DEV) {
  const devF1 = (weights: PerceptronWeights): number => {
    const model = nerModelFromFile(toModelFile(finalIndex, weights, resources, PRUNE, {})) as NerModel;
    const scorer = new SpanScorer();
    for (const d of dev) {
      const tags = tagDocument(
        model,
        d.map((s) => s.words),
      );
      d.forEach((s, i) => {
        scorer.add(s.tags, tags[i] ?? []);
      });
    }
    return scorer.result().f1;
  };
  log(
    `dev F1 through the runtime: seed ${SEED} alone ${devF1(runs[0] as PerceptronWeights).toFixed(4)}, averaged ${devF1(result).toFixed(4)}`,
  );
}
const file = toModelFile(finalIndex, result, resources, PRUNE, {
  trainedOn: FINAL_ON_DEV
    ? 'CoNLL-2003 train+dev, epochs chosen by training on train and scoring on dev'
    : 'CoNLL-2003 train; epoch chosen on CoNLL-2003 dev',
  gazetteer: 'entity strings of WikiNEuRal val+test and WikiANN train/dev/test',
  clusters:
    'k-means tree over neighbour counts in CoNLL train+dev, WikiNEuRal, WikiANN, Multi-News, RAMS text',
  epochs: selected.bestEpoch,
  seeds,
  devF1WhenTrainedOnTrain: Math.round(selected.bestScore * 1e4) / 1e4,
  seed: SEED,
  seconds: Math.round((Date.now() - t0) / 1000),
});
const gz = gzipSync(JSON.stringify(file), { level: 9 });
const out = process.env.NER_OUT ?? MODEL_PATH;
writeFileSync(out, gz);
log(`wrote ${out}: ${file.features.length} features, ${(gz.length / 1e6).toFixed(1)} MB`);
