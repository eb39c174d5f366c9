import { describe, expect, it } from 'vitest';
import { countedNoun } from './counted-noun.js';
import { taggedTokens } from './tagged-tokens.js';

/** The counted noun of the tagged words after a number, as [head, the words up to its end, words before it]. */
const counted = (words: string) => {
  const tokens = taggedTokens(words);
  const text = tokens.map((t) => t.norm);
  const c = countedNoun(tokens);
  const upTo = c.end === null ? null : text.slice(0, tokens.findIndex((t) => t.span.end === c.end) + 1);
  return [c.what, upTo?.join(' ') ?? null, c.words];
};

describe('countedNoun: an owner is not what is counted after "of" or a determiner', () => {
  it.each([
    [
      "a country's population",
      "the/DET country/NOUN+'s/PART population/NOUN has/AUX fled/VERB",
      ['population', "the country 's population", 3],
    ],
    [
      "a plural owner's territory",
      "the/DET rebels/NOUN+'/PART territory/NOUN ./PUNCT",
      ['territory', "the rebels ' territory", 3],
    ],
    [
      "a named owner's friends",
      "of/ADP Ali/PROPN+'s/PART friends/NOUN ran/VERB",
      ['friends', "of ali 's friends", 3],
    ],
    [
      'negative: right after the number the owner is counted',
      "diagnostic/ADJ systems/NOUN+'/PART rules/NOUN ./PUNCT",
      ['systems', 'diagnostic systems', 1],
    ],
    [
      'negative: a spaced quote is no possessive',
      "the/DET country/NOUN '/PUNCT population/NOUN",
      ['country', 'the country', 1],
    ],
  ])('%s', (_, words, want) => {
    expect(counted(words)).toEqual(want);
  });
});

describe('countedNoun: neither half of a hyphenated modifier is what is counted', () => {
  it.each([
    [
      'a participle after the hyphen',
      'of/ADP rebel/NOUN+-/PUNCT+held/VERB eastern/ADJ Aleppo/PROPN fell/VERB',
      ['aleppo', 'of rebel - held eastern aleppo', 3],
    ],
    [
      '"-controlled" before a known noun',
      'of/ADP the/DET rebel/NOUN+-/PUNCT+controlled/VERB districts/NOUN',
      ['districts', 'of the rebel - controlled districts', 3],
    ],
    [
      'a listed participle tagged as a noun',
      'Hamas/PROPN+-/PUNCT+run/NOUN schools/NOUN ./PUNCT',
      ['schools', 'hamas - run schools', 1],
    ],
    [
      'a noun after the hyphen heads the compound',
      'half/ADJ+-/PUNCT+siblings/NOUN ,/PUNCT',
      ['siblings', 'half - siblings', 0],
    ],
    [
      'negative: a spaced dash ends the phrase',
      'rebels/NOUN -/PUNCT held/VERB the/DET town/NOUN',
      ['rebels', 'rebels', 0],
    ],
    [
      'negative: a compound with no noun after it counts nothing',
      'middle/ADJ+-/PUNCT+aged/VERB ,/PUNCT',
      [null, null, null],
    ],
  ])('%s', (_, words, want) => {
    expect(counted(words)).toEqual(want);
  });
});

describe('countedNoun: a second number after "and" starts a second figure', () => {
  it.each([
    ['a number after "and"', 'cow/NOUN and/CCONJ two/NUM goats/NOUN', ['cow', 'cow', 0]],
    ['digits after "and"', 'cow/NOUN and/CCONJ 12/NUM goats/NOUN', ['cow', 'cow', 0]],
    [
      'negative: a noun after "and"',
      'cows/NOUN and/CCONJ calves/NOUN died/VERB',
      ['calves', 'cows and calves', 2],
    ],
  ])('%s', (_, words, want) => {
    expect(counted(words)).toEqual(want);
  });
});

describe('countedNoun: where the counted phrase ends and what starts it', () => {
  it.each([
    [
      'a name after a common noun starts the next clause',
      'high/ADJ+-/PUNCT+level/NOUN meetings/NOUN Kerry/PROPN said/VERB',
      ['meetings', 'high - level meetings', 1],
    ],
    [
      'negative: a name glued by a hyphen stays in the phrase',
      'al/NOUN+-/PUNCT+Qaida/PROPN vehicles/NOUN were/AUX',
      ['vehicles', 'al - qaida vehicles', 1],
    ],
    [
      'negative: a name before the noun stays in the phrase',
      'Gaza/PROPN residents/NOUN fled/VERB',
      ['residents', 'gaza residents', 1],
    ],
    [
      'a singular known noun before a plural one modifies it',
      'highest/ADJ civilian/NOUN honors/NOUN presented/VERB',
      ['honors', 'highest civilian honors', 2],
    ],
    [
      'negative: a plural known noun stays the head',
      'civilian/NOUN casualties/NOUN were/AUX',
      ['casualties', 'civilian casualties', 1],
    ],
    [
      'a participle tagged as a verb before a known noun',
      'suspected/VERB murderers/NOUN apprehended/VERB by/ADP',
      ['murderers', 'suspected murderers', 1],
    ],
    [
      'an irregular participle before a known noun',
      'sworn/VERB officers/NOUN received/VERB',
      ['officers', 'sworn officers', 1],
    ],
    [
      'a demonstrative part names its noun',
      'of/ADP those/DET minutes/NOUN ,/PUNCT',
      ['minutes', 'of those minutes', 2],
    ],
    ['negative: a part of "them" names none', 'of/ADP them/PRON died/VERB', [null, 'of them', 1]],
    [
      'negative: a participle before an unknown word is the verb',
      'suspected/VERB nothing/PRON',
      [null, null, null],
    ],
  ])('%s', (_, words, want) => {
    expect(counted(words)).toEqual(want);
  });
});
