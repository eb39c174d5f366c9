import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from './segment-stage.js';

const segment = (text: string) =>
  segmentStage.run({}, { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null });
const sentenceTexts = (text: string) =>
  segment(text).sentences.map((s) => text.slice(s.span.start, s.span.end));

describe('segmentStage sentences', () => {
  it.each([
    ['Brig. Gen. Smith arrived. He left.', ['Brig. Gen. Smith arrived.', 'He left.']],
    [
      'Dr. Smith met the U.S. envoy on Nov. 28 in Aleppo.',
      ['Dr. Smith met the U.S. envoy on Nov. 28 in Aleppo.'],
    ],
    ['About 1.5 million people fled. Many returned.', ['About 1.5 million people fled.', 'Many returned.']],
    ['Sgt. Maj. Bob said so. She left.', ['Sgt. Maj. Bob said so.', 'She left.']],
    [
      'A headline without a stop\n\nThe body starts here.',
      ['A headline without a stop', 'The body starts here.'],
    ],
    ['One line\n  \nnext para', ['One line', 'next para']],
    [
      '"The army is advancing," he said. "Quote here." Then more.',
      ['"The army is advancing," he said.', '"Quote here."', 'Then more.'],
    ],
    ['', []],
    ['   \n\n  ', []],
  ])('%j', (text, expected) => expect(sentenceTexts(text)).toEqual(expected));

  it('does not split inside a line break that is not a blank line', () => {
    expect(sentenceTexts('worn-torn Aleppo\nResidents walk')).toEqual(['worn-torn Aleppo\nResidents walk']);
  });
});

describe('segmentStage tokens', () => {
  it('gives exact spans, kinds, norms, POS and sentence indexes', () => {
    const text = "Assad's army.\n\nIt can't 1.5";
    const got = segment(text).tokens.map((t) => [
      text.slice(t.span.start, t.span.end),
      t.span.start,
      t.kind,
      t.norm,
      t.pos,
      t.sentence,
    ]);
    expect(got).toEqual([
      ['Assad', 0, 'word', 'assad', 'PROPN', 0],
      ["'s", 5, 'word', "'s", 'PART', 0],
      ['army', 8, 'word', 'army', 'NOUN', 0],
      ['.', 12, 'punctuation', '.', 'PUNCT', 0],
      ['It', 15, 'word', 'it', 'PRON', 1],
      ['ca', 18, 'word', 'ca', 'AUX', 1],
      ["n't", 20, 'word', "n't", 'PART', 1],
      ['1.5', 24, 'number', '1.5', 'NUM', 1],
    ]);
  });

  it('keeps offsets exact where the tagger recomposes characters', () => {
    const text = 'Cafe\u0301 in Ḩalab.';
    const spans = segment(text).tokens.map((t) => text.slice(t.span.start, t.span.end));
    // wink splits at the rare letter Ḩ; the offsets still cover the text exactly.
    expect(spans).toEqual(['Cafe\u0301', 'in', 'Ḩ', 'alab', '.']);
  });
});
