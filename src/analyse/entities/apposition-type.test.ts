import { describe, expect, it } from 'vitest';
import { typedRows } from './test-typed-mentions.js';

/** Mentions of `text` when the tagger finds exactly the given runs, as [surface, start, type, key, rule]. */
describe('findEntities: an apposition types the name it describes', () => {
  it.each([
    [
      'an outlet noun heads the description: an organisation, not a place',
      'Officials spoke to Vorny, a pro-government daily, on Monday.',
      [['Vorny', 'LOC']],
      [['Vorny', 19, 'organization', 'vorny', 'apposition']],
    ],
    [
      'a company, at the sentence end, every later mention too',
      'She led training at Quelle, a large German hair-care company. Quelle thanked her.',
      [['Quelle', 'LOC']],
      [
        ['Quelle', 20, 'organization', 'quelle', 'apposition'],
        ['Quelle', 62, 'organization', 'quelle', 'same-name'],
      ],
    ],
    [
      "a kin noun with a possessive before ', Name,' makes a person",
      'His daughter, Elvira, said the family was shocked.',
      [['Elvira', 'LOC']],
      [['Elvira', 14, 'person', 'elvira', 'apposition']],
    ],
    [
      "a kin noun after another's possessive, with no commas",
      "The singer's wife Tamsin declined to comment.",
      [['Tamsin', 'ORG']],
      [['Tamsin', 18, 'person', 'tamsin', 'apposition']],
    ],
    [
      'a person noun with an age before it',
      'Doran Pike, a 41-year-old teacher, was hurt.',
      [['Doran Pike', 'ORG']],
      [['Doran Pike', 0, 'person', 'doran pike', 'apposition']],
    ],
    [
      'a place noun makes a place',
      'They moved to Brenmoor, a small mining town, in May.',
      [['Brenmoor', 'PER']],
      [['Brenmoor', 14, 'place', 'brenmoor', 'apposition']],
    ],
    [
      'where the tagger agrees, its type and rule stand',
      'Arlo Venn, a lawyer, disagreed.',
      [['Arlo Venn', 'PER']],
      [['Arlo Venn', 0, 'person', 'arlo venn', 'tagger:PER']],
    ],
    [
      'negative: a description that does not close with punctuation is a clause, not an apposition',
      'In Tarvos, a man in a red coat fled.',
      [['Tarvos', 'LOC']],
      [['Tarvos', 3, 'place', 'tarvos', 'tagger:LOC']],
    ],
    [
      'negative: a description followed by a name describes that name',
      'In Tarvos, a pro-government daily, Vorny, said so.',
      [
        ['Tarvos', 'LOC'],
        ['Vorny', 'ORG'],
      ],
      [
        ['Tarvos', 3, 'place', 'tarvos', 'tagger:LOC'],
        ['Vorny', 35, 'organization', 'vorny', 'tagger:ORG'],
      ],
    ],
    [
      'negative: a head noun of no known type leaves the tagger type',
      'Troops reached Selva, a key crossing, on Monday.',
      [['Selva', 'LOC']],
      [['Selva', 15, 'place', 'selva', 'tagger:LOC']],
    ],
    [
      'negative: the head is the last word, not an outlet word before it ("newspaper editor")',
      'Mira Holt, a newspaper editor, spoke.',
      [['Mira Holt', 'PER']],
      [['Mira Holt', 0, 'person', 'mira holt', 'tagger:PER']],
    ],
    [
      'negative: a kin noun as a verb subject before a place is no apposition',
      'The daughter of Ravel, Tarvos, stayed.',
      [
        ['Ravel', 'PER'],
        ['Tarvos', 'LOC'],
      ],
      [
        ['Ravel', 16, 'person', 'ravel', 'tagger:PER'],
        ['Tarvos', 23, 'place', 'tarvos', 'tagger:LOC'],
      ],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typedRows(text, runs)).toEqual(want);
  });
});
