import { describe, expect, it } from 'vitest';
import { LABELS } from './ner-labels.js';
import { type NerModel, type NerModelFile, nerModelFromFile } from './ner-model.js';
import { tagDocument, tagTokens } from './tag-document.js';

/** A hand-made model: feature → label → weight (integers, stored as the Int16 file form). */
const tinyModel = (weights: Record<string, Record<string, number>>): NerModel => {
  const features = Object.keys(weights);
  const q = new Int16Array(features.length * LABELS.length);
  features.forEach((f, i) => {
    for (const [label, w] of Object.entries(weights[f] ?? {}))
      q[i * LABELS.length + LABELS.indexOf(label)] = w;
  });
  const file: NerModelFile = {
    format: 'sitrep-ner/1',
    labels: LABELS,
    features,
    weights: Buffer.from(q.buffer).toString('base64'),
    scale: 1,
    transition: new Array((LABELS.length + 1) * LABELS.length).fill(0),
    clusters: {},
    gazetteer: { 'Red Cross': 'ORG' },
    meta: {},
  };
  const model = nerModelFromFile(file);
  if (model === null) throw new Error('bad tiny model');
  return model;
};

const model = tinyModel({
  'w=Paris': { 'U-LOC': 10 },
  'l-1=mr': { 'U-PER': 10 },
  'h=PER': { 'U-PER': 10 },
  'g0=B-ORG': { 'B-ORG': 10 },
  'g0=L-ORG': { 'L-ORG': 10 },
  'x2=an': { 'U-MISC': 3 },
  b: { O: 1 },
});

describe('tagTokens (hand-made weights)', () => {
  it.each([
    ['Paris is nice', ['B-LOC', 'O', 'O']],
    ['Mr Kim left', ['O', 'B-PER', 'O']],
    ['the Red Cross came', ['O', 'B-ORG', 'I-ORG', 'O']],
    ['German troops', ['B-MISC', 'O']],
    // Negatives: no feature fires, or a suffix feature too weak against the bias.
    ['Kim left', ['O', 'O']],
    ['red cross', ['O', 'O']],
    ['', []],
  ])('%s', (sentence, tags) => {
    expect(tagTokens(model, sentence === '' ? [] : sentence.split(' '))).toEqual(tags);
  });
});

describe('tagDocument', () => {
  it('carries what it said of a word to later sentences of the same document', () => {
    expect(
      tagDocument(model, [
        ['Mr', 'Kim', 'left'],
        ['Kim', 'returned'],
      ]),
    ).toEqual([
      ['O', 'B-PER', 'O'],
      ['B-PER', 'O'],
    ]);
  });

  it('keeps documents apart', () => {
    tagDocument(model, [['Mr', 'Kim', 'left']]);
    expect(tagDocument(model, [['Kim', 'returned']])).toEqual([['O', 'O']]);
  });
});

describe('nerModelFromFile', () => {
  it('refuses a file with another label set', () => {
    const file = { format: 'sitrep-ner/1', labels: ['O'], features: [], weights: '', scale: 1 } as unknown;
    expect(nerModelFromFile(file as NerModelFile)).toBeNull();
  });
});
