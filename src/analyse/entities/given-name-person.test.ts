import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { mentionRow, typedMentions } from './test-typed-mentions.js';

const rows = (text: string, runs: readonly (readonly [string, NerType])[]) =>
  typedMentions(text, runs).map((e) => mentionRow(text, e));

// A lone given name joins the one full name of the document that starts with it.
describe('givenNamePerson', () => {
  it.each([
    [
      'Khalid Abu Bakar said the search went on. Khalid told reporters it was hard.',
      [
        ['Khalid Abu Bakar', 'PER'],
        ['Khalid', 'PER'],
      ] as const,
      [
        ['Khalid Abu Bakar', 0, 'person', 'khalid abu bakar', false, 'tagger:PER'],
        ['Khalid', 42, 'person', 'khalid abu bakar', false, 'given-name'],
      ],
    ],
    // Negatives: two full names start with the word; the word is also a family name (a surname link wins).
    [
      'John Smith met John Brown in Leeds. John said it was fine.',
      [
        ['John Smith', 'PER'],
        ['John Brown', 'PER'],
        ['Leeds', 'LOC'],
        ['John', 'PER'],
      ] as const,
      [
        ['John Smith', 0, 'person', 'john smith', false, 'tagger:PER'],
        ['John Brown', 15, 'person', 'john brown', false, 'tagger:PER'],
        ['Leeds', 29, 'place', 'leeds', false, 'tagger:LOC'],
        ['John', 36, 'person', 'john', false, 'tagger:PER'],
      ],
    ],
    [
      'Anna Carter met Carter Roberts. Carter said it was fine.',
      [
        ['Anna Carter', 'PER'],
        ['Carter Roberts', 'PER'],
        ['Carter', 'PER'],
      ] as const,
      [
        ['Anna Carter', 0, 'person', 'anna carter', false, 'tagger:PER'],
        ['Carter Roberts', 16, 'person', 'carter roberts', false, 'tagger:PER'],
        ['Carter', 32, 'person', 'anna carter', true, 'surname'],
      ],
    ],
  ])('%s', (text, runs, expected) => expect(rows(text, runs)).toEqual(expected));
});
