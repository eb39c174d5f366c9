import { describe, expect, it } from 'vitest';
import { loadNerModel } from './load-ner-model.js';
import { nerSpans, nerTokenRuns, taggerWords, tokenSentences } from './ner-spans.js';
import { tagTokens } from './tag-document.js';

/** Whitespace tokens with punctuation split off, as offsets. */
const tokenize = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}.]*[\p{L}\p{N}]|\S/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));

describe('tokenSentences', () => {
  it.each([
    [
      'One two. Three four!',
      [
        [0, 1, 2],
        [3, 4, 5],
      ],
    ],
    [
      'He said "go." Then left.',
      [
        [0, 1, 2, 3, 4, 5],
        [6, 7, 8],
      ],
    ],
    ['HEADLINE\nBody text', [[0], [1, 2]]],
    ['No break here', [[0, 1, 2]]],
    ['', []],
  ])('%j', (text, groups) => {
    expect(tokenSentences(text, tokenize(text))).toEqual(groups);
  });
});

// The committed model (models/ner-en.json.gz): exact outputs on sentences written for these tests.
describe('tagTokens with the committed model', () => {
  const model = loadNerModel();
  it.each([
    ['Angela Merkel visited Paris on Monday .', 'B-PER I-PER O B-LOC O O O'],
    [
      'U.N. envoy Staffan de Mistura met Russian officials in Geneva .',
      'B-ORG O B-PER I-PER I-PER O B-MISC O O B-LOC O',
    ],
    ['Manchester United beat Arsenal 2-1 .', 'B-ORG I-ORG O B-ORG O O'],
    // Negatives: no names.
    ['the cat sat on the mat .', 'O O O O O O O'],
    ['He said it would rain tomorrow .', 'O O O O O O O'],
  ])('%s', (sentence, tags) => {
    expect(tagTokens(model, sentence.split(' ')).join(' ')).toBe(tags);
  });

  it('returns the same object on every call', () => {
    expect(loadNerModel()).toBe(model);
  });
});

describe('nerSpans with the committed model', () => {
  it.each([
    [
      'The World Health Organization said 20 people died in Aleppo.',
      [
        ['World Health Organization', 'ORG'],
        ['Aleppo', 'LOC'],
      ],
    ],
    [
      'Russian jets struck rebel positions near Idlib, the Britain-based monitor said.',
      [
        ['Russian', 'MISC'],
        ['Idlib', 'LOC'],
        ['Britain', 'LOC'],
      ],
    ],
    ['Fighting resumed.\nThe ceasefire collapsed on Friday.', []],
  ])('%s', (text, expected) => {
    const spans = nerSpans(text, tokenize(text));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual(expected);
  });
});

describe('nerTokenRuns with the committed model', () => {
  it('tags each of the given sentences and returns inclusive token runs', () => {
    const text = 'Kofi Annan spoke. Talks in Geneva failed';
    const spans = tokenize(text);
    const sentence = [0, 0, 0, 0, 1, 1, 1, 1];
    const tokens = spans.map((span, i) => ({ span, sentence: sentence[i] as number }));
    expect(nerTokenRuns(text, tokens)).toEqual([
      { first: 0, last: 1, type: 'PER' },
      { first: 6, last: 6, type: 'LOC' },
    ]);
  });

  it('returns no runs for no tokens', () => {
    expect(nerTokenRuns('', [])).toEqual([]);
  });
});

describe('taggerWords', () => {
  it.each([
    [
      'Bashar al-Assad spoke',
      [
        [0, 0],
        [1, 3],
        [4, 4],
      ],
    ],
    [
      'the Britain-based monitor',
      [
        [0, 0],
        [1, 3],
        [4, 4],
      ],
    ],
    // Negatives: a spaced dash, and a dangling hyphen, join nothing.
    [
      'rebels - and others',
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    ],
    [
      'pre- and post-war',
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 5],
      ],
    ],
  ])('%s', (text, words) => {
    const spans = tokenize(text).map((span) => ({ span }));
    expect(
      taggerWords(
        text,
        spans,
        spans.map((_, i) => i),
      ),
    ).toEqual(words);
  });
});
