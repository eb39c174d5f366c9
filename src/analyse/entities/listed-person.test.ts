import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { mentionRow, typedMentions } from './test-typed-mentions.js';

const rows = (text: string, runs: readonly (readonly [string, NerType])[]) =>
  typedMentions(text, runs).map((e) => mentionRow(text, e));

// A one-word "place" no gazetteer knows, listed with people, is a person.
describe('retypeListedPlaces', () => {
  it.each([
    [
      'He admired Tolstoy, Chekhov and Gogol.',
      [
        ['Tolstoy', 'LOC'],
        ['Chekhov', 'PER'],
        ['Gogol', 'LOC'],
      ] as const,
      [
        ['Tolstoy', 11, 'person', 'tolstoy', false, 'listed-person'],
        ['Chekhov', 20, 'person', 'chekhov', false, 'tagger:PER'],
        ['Gogol', 32, 'person', 'gogol', false, 'listed-person'],
      ],
    ],
    [
      'Films starring Boris Karloff, Lugosi or Chaney ran.',
      [
        ['Boris Karloff', 'PER'],
        ['Lugosi', 'PER'],
        ['Chaney', 'LOC'],
      ] as const,
      [
        ['Boris Karloff', 15, 'person', 'boris karloff', false, 'tagger:PER'],
        ['Lugosi', 30, 'person', 'lugosi', false, 'tagger:PER'],
        ['Chaney', 40, 'person', 'chaney', false, 'listed-person'],
      ],
    ],
    // Negatives: a place the gazetteer knows; a place outside the list; a list with no person; two names
    // apposed by a comma, not listed.
    [
      'The daughter of Ravel, Tarvos, stayed.',
      [
        ['Ravel', 'PER'],
        ['Tarvos', 'LOC'],
      ] as const,
      [
        ['Ravel', 16, 'person', 'ravel', false, 'tagger:PER'],
        ['Tarvos', 23, 'place', 'tarvos', false, 'tagger:LOC'],
      ],
    ],
    [
      'Visitors from Ruiz, Berg and Madrid came.',
      [
        ['Ruiz', 'PER'],
        ['Berg', 'PER'],
        ['Madrid', 'LOC'],
      ] as const,
      [
        ['Ruiz', 14, 'person', 'ruiz', false, 'tagger:PER'],
        ['Berg', 20, 'person', 'berg', false, 'tagger:PER'],
        ['Madrid', 29, 'place', 'madrid', false, 'tagger:LOC'],
      ],
    ],
    [
      'He met Ana Ruiz and Tom Berg in Gogol.',
      [
        ['Ana Ruiz', 'PER'],
        ['Tom Berg', 'PER'],
        ['Gogol', 'LOC'],
      ] as const,
      [
        ['Ana Ruiz', 7, 'person', 'ana ruiz', false, 'tagger:PER'],
        ['Tom Berg', 20, 'person', 'tom berg', false, 'tagger:PER'],
        ['Gogol', 32, 'place', 'gogol', false, 'tagger:LOC'],
      ],
    ],
    [
      'Tolstoy, Gogol and Zorvik were quiet.',
      [
        ['Tolstoy', 'LOC'],
        ['Gogol', 'LOC'],
        ['Zorvik', 'LOC'],
      ] as const,
      [
        ['Tolstoy', 0, 'place', 'tolstoy', false, 'tagger:LOC'],
        ['Gogol', 9, 'place', 'gogol', false, 'tagger:LOC'],
        ['Zorvik', 19, 'place', 'zorvik', false, 'tagger:LOC'],
      ],
    ],
  ])('%s', (text, runs, expected) => expect(rows(text, runs)).toEqual(expected));
});
