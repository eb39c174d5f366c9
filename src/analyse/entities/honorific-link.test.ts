import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { mentionRow, typedMentions } from './test-typed-mentions.js';

/** [surface, start, type, key, anaphoric, rule] of the mentions of `wanted` when the tagger finds the runs. */
const rows = (text: string, runs: readonly (readonly [string, NerType])[], wanted: readonly string[]) =>
  typedMentions(text, runs)
    .map((e) => mentionRow(text, e))
    .filter((r) => wanted.includes(r[0] as string));

// A surname after an honorific links to the one person of that surname whose given name does not say the other
// sex; a family name written first ("Kim Jong-un") is the surname a later "Mr. Kim" or "Moon" links by.
describe('findEntities: surnames after honorifics and family names written first', () => {
  it.each([
    [
      '"Mrs" picks the woman of two people of one surname',
      'Helen Tarrow was taken in 1972. Her son Michael Tarrow spoke on Monday. Mrs Tarrow had ten children.',
      [
        ['Helen Tarrow', 'PER'],
        ['Michael Tarrow', 'PER'],
        ['Tarrow', 'PER'],
      ],
      ['Tarrow'],
      [['Tarrow', 76, 'person', 'helen tarrow', true, 'surname']],
    ],
    [
      '"Mr" picks the man of them',
      'Helen Tarrow was taken in 1972. Her son Michael Tarrow spoke on Monday. Mr Tarrow wept.',
      [
        ['Helen Tarrow', 'PER'],
        ['Michael Tarrow', 'PER'],
        ['Tarrow', 'PER'],
      ],
      ['Tarrow'],
      [['Tarrow', 75, 'person', 'michael tarrow', true, 'surname']],
    ],
    [
      'negative: "Mrs" is not the one man of that surname',
      'Michael Tarrow spoke on Monday. Mrs Tarrow had ten children.',
      [
        ['Michael Tarrow', 'PER'],
        ['Tarrow', 'PER'],
      ],
      ['Tarrow'],
      [['Tarrow', 36, 'person', 'tarrow', false, 'title']],
    ],
    [
      'negative: "Ms" with two people of that surname whose sex no given name tells links to neither',
      'Dana Tarrow and Robin Tarrow spoke on Monday. Ms. Tarrow said more.',
      [
        ['Dana Tarrow', 'PER'],
        ['Robin Tarrow', 'PER'],
        ['Tarrow', 'PER'],
      ],
      ['Tarrow'],
      [['Tarrow', 50, 'person', 'tarrow', false, 'title']],
    ],
    [
      'a surname alone still links to the one person of it',
      'Michael Tarrow spoke on Monday. Tarrow wept.',
      [
        ['Michael Tarrow', 'PER'],
        ['Tarrow', 'PER'],
      ],
      ['Tarrow'],
      [['Tarrow', 32, 'person', 'michael tarrow', true, 'surname']],
    ],
    [
      '"Mr. Kim" after "Kim Jong-un", the only Kim: the family name written first',
      'Leader Kim Jong-un visited the site. Mr. Kim said it went well.',
      [
        ['Kim Jong-un', 'PER'],
        ['Kim', 'PER'],
      ],
      ['Kim'],
      [['Kim', 41, 'person', 'kim jong-un', true, 'surname']],
    ],
    [
      'a family name alone, undotted "Mr" too',
      'Leader Kim Jong-un visited the site. Kim left. Mr Kim came back.',
      [
        ['Kim Jong-un', 'PER'],
        ['Kim', 'PER'],
      ],
      ['Kim'],
      [
        ['Kim', 37, 'person', 'kim jong-un', true, 'surname'],
        ['Kim', 50, 'person', 'kim jong-un', true, 'surname'],
      ],
    ],
    [
      'negative: two people of that family name leave "Mr. Kim" apart',
      'Kim Jong-un and Kim Yo-jong visited the site. Mr. Kim said it went well.',
      [
        ['Kim Jong-un', 'PER'],
        ['Kim Yo-jong', 'PER'],
        ['Kim', 'PER'],
      ],
      ['Kim'],
      [['Kim', 50, 'person', 'kim', false, 'title']],
    ],
    [
      // Not as a surname (anaphoric, rule "surname"): as the given name it is (givenNamePerson).
      'negative: a family name written last is not taken from the front ("Carter" of Carter Roberts)',
      'Carter Roberts spoke on Monday. Carter left.',
      [
        ['Carter Roberts', 'PER'],
        ['Carter', 'PER'],
      ],
      ['Carter'],
      [['Carter', 32, 'person', 'carter roberts', false, 'given-name']],
    ],
  ] as const)('%s', (_name, text, runs, wanted, want) => {
    expect(rows(text, runs, wanted)).toEqual(want);
  });
});
