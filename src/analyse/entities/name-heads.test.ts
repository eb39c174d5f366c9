import { describe, expect, it } from 'vitest';
import { typedRows } from './test-typed-mentions.js';

// A family name before "family" or "clan" names the family, a group; a name opened by "Air" is an airline,
// unless a rank follows; a name ending in a street word is a street. Rows: [surface, start, type, key, rule].
describe('findEntities: families, airlines and streets', () => {
  it.each([
    [
      'a family is a group, not an organisation, nor the person of that name',
      'The Varga family said they were shocked. Ilona Varga vanished in 1972.',
      [
        ['Varga', 'ORG'],
        ['Ilona Varga', 'PER'],
      ],
      [
        ['Varga family', 4, 'group', 'varga family', 'family'],
        ['Ilona Varga', 41, 'person', 'ilona varga', 'tagger:PER'],
      ],
    ],
    [
      'an untagged family name before "clan"',
      'The Dorsey clan gathered.',
      [['Dorsey', 'PER']],
      [['Dorsey clan', 4, 'group', 'dorsey clan', 'family']],
    ],
    [
      'negative: a nationality before "family" only describes it',
      'A Gallian family fled.',
      [['Gallian', 'MISC']],
      [],
    ],
    [
      'negative: a place before "family" is not a family name',
      'The Texas family left.',
      [['Texas', 'LOC']],
      [['Texas', 4, 'place', 'texas', 'tagger:LOC']],
    ],
    [
      'an airline read as a person is an organisation',
      'He flew on Air Zambesi to the capital.',
      [['Air Zambesi', 'PER']],
      [['Air Zambesi', 11, 'organization', 'air zambesi', 'org-cue']],
    ],
    [
      'negative: a rank after "Air" opens a title, not an airline',
      'Air Marshal Ravi Tandon said so.',
      [['Ravi Tandon', 'PER']],
      [['Ravi Tandon', 12, 'person', 'ravi tandon', 'tagger:PER']],
    ],
    [
      'a street read as an organisation is a place',
      'Shells hit Baron Street at dawn.',
      [['Baron Street', 'ORG']],
      [['Baron Street', 11, 'place', 'baron street', 'place-cue']],
    ],
    [
      'an untagged street is a place',
      'Crowds filled Fifth Avenue.',
      [],
      [['Fifth Avenue', 14, 'place', 'fifth avenue', 'place-cue']],
    ],
    [
      'negative: a person named Street stays a person',
      'Officer Jamal Street said so.',
      [['Jamal Street', 'PER']],
      [['Jamal Street', 8, 'person', 'jamal street', 'tagger:PER']],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typedRows(text, runs)).toEqual(want);
  });
});
