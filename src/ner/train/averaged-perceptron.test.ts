import { describe, expect, it } from 'vitest';
import { nerModelFromFile } from '../ner-model.js';
import { nerResources } from '../ner-resources.js';
import { tagDocument } from '../tag-document.js';
import { HISTORY_CLASSES, historyFeature } from '../token-features.js';
import { type EncodedDocument, trainAveragedPerceptron } from './averaged-perceptron.js';
import { encodeDocuments, indexFeatures, type LabelledDocument } from './encode-sentences.js';
import { toModelFile } from './to-model-file.js';

const s = (text: string, tags: string) => ({ words: text.split(' '), tags: tags.split(' ') });
const docs: LabelledDocument[] = [
  [s('Mr Smith went to Rome .', 'O B-PER O O B-LOC O'), s('Smith stayed .', 'B-PER O O')],
  [s('Mr Jones flew to Oslo .', 'O B-PER O O B-LOC O'), s('Jones left .', 'B-PER O O')],
  [s('Mr Ali Khan went to Lima .', 'O B-PER I-PER O O B-LOC O')],
  [s('the Acme Corp said .', 'O B-ORG I-ORG O O'), s('Acme Corp grew .', 'B-ORG I-ORG O O')],
];
const resources = nerResources(new Map(), new Map());
const history = HISTORY_CLASSES.map((_, k) => historyFeature(k));

const train = () => {
  const index = indexFeatures(docs, resources, 1, history);
  const weights = trainAveragedPerceptron(encodeDocuments(docs, resources, index), {
    nFeatures: index.size,
    historyIds: Int32Array.from(history, (f) => index.get(f) ?? 0),
    epochs: 10,
    patience: Infinity,
    seed: 7,
    score: (_: unknown, epoch: number) => epoch,
  });
  return { index, weights };
};

describe('trainAveragedPerceptron', () => {
  const { index, weights } = train();
  const model = nerModelFromFile(toModelFile(index, weights, resources, 0, {}));

  it('learns the training documents, and the runtime tagger reproduces them', () => {
    expect(model).not.toBeNull();
    for (const d of docs) {
      expect(
        tagDocument(
          model as NonNullable<typeof model>,
          d.map((x) => x.words),
        ),
      ).toEqual(d.map((x) => x.tags));
    }
  });

  it('generalises the cue on unseen names, and leaves plain words alone', () => {
    const m = model as NonNullable<typeof model>;
    expect(tagDocument(m, [['Mr', 'Brown', 'went', 'to', 'Lima', '.']])).toEqual([
      ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'],
    ]);
    expect(tagDocument(m, [['the', 'dog', 'ran', '.']])).toEqual([['O', 'O', 'O', 'O']]);
  });

  it('is deterministic for a seed', () => {
    expect(Array.from(train().weights.emission)).toEqual(Array.from(weights.emission));
  });

  it('stops after `patience` epochs without improvement', () => {
    const idx = indexFeatures(docs, resources, 1, history);
    const seen: number[] = [];
    const r = trainAveragedPerceptron(encodeDocuments(docs, resources, idx) as EncodedDocument[], {
      nFeatures: idx.size,
      historyIds: Int32Array.from(history, (f) => idx.get(f) ?? 0),
      epochs: 10,
      patience: 2,
      seed: 7,
      score: (_: unknown, epoch: number) => {
        seen.push(epoch);
        return epoch === 1 ? 1 : 0;
      },
    });
    expect([r.bestEpoch, seen]).toEqual([1, [1, 2, 3]]);
  });
});
