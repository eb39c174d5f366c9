import { describe, expect, it } from 'vitest';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { isTerritory } from './territory.js';

/** Tagged tokens from "word/POS" pairs, one space apart; `place` words (by index) are place names. */
const tagged = (words: string, place: readonly number[] = []): { tokens: Token[]; places: Span[] } => {
  let at = 0;
  const tokens = words.split(' ').map((wp): Token => {
    const [word = '', pos = ''] = wp.split('/');
    const span = { start: at, end: at + word.length };
    at = span.end + 1;
    const kind = /^\p{L}/u.test(word) || word === "'s" ? 'word' : 'punctuation';
    return { span, kind, norm: word.toLowerCase(), pos, sentence: 0 };
  });
  return { tokens, places: place.map((i) => tokens[i]!.span) };
};

describe('isTerritory: a share of ground, read from tagged tokens', () => {
  it.each([
    ['a named place', 'of/ADP eastern/ADJ Aleppo/PROPN ./PUNCT', [2], true],
    ['a territory noun', 'of/ADP the/DET city/NOUN ./PUNCT', [], true],
    [
      'areas after a hyphenated modifier',
      'of/ADP the/DET rebel/NOUN -/PUNCT held/VERB areas/NOUN of/ADP Aleppo/PROPN',
      [7],
      true,
    ],
    ['a head through "of"', 'of/ADP eastern/ADJ parts/NOUN of/ADP the/DET city/NOUN that/PRON', [], true],
    ["a place's countryside", "of/ADP Raqqa/PROPN 's/PART countryside/NOUN ./PUNCT", [1], true],
    [
      'negative: a place that modifies a market',
      'of/ADP the/DET U.S./PROPN music/NOUN market/NOUN with/ADP',
      [2],
      false,
    ],
    [
      "negative: a place's population",
      "of/ADP the/DET state/NOUN 's/PART population/NOUN ./PUNCT",
      [],
      false,
    ],
    [
      'negative: a territory word that modifies people',
      'of/ADP area/NOUN residents/NOUN are/AUX aware/ADJ',
      [],
      false,
    ],
    [
      'negative: a second clause after "and"',
      'and/CCONJ the/DET DAX/PROPN index/NOUN of/ADP Germany/PROPN',
      [5],
      false,
    ],
    ['negative: a value', 'of/ADP its/PRON value/NOUN ./PUNCT', [], false],
    ['negative: a verb ends the phrase', 'of/ADP voters/NOUN back/VERB the/DET city/NOUN', [], false],
  ])('%s', (_, words, place, want) => {
    const { tokens, places } = tagged(words, place);
    expect(isTerritory(tokens, places)).toBe(want);
  });
});
