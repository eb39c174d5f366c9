import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { mentionRow, typedMentions } from './test-typed-mentions.js';

const rows = (text: string, runs: readonly (readonly [string, NerType])[]) =>
  typedMentions(text, runs).map((e) => mentionRow(text, e));
const RULE = 'descriptive:title-phrase';

// "the <title words>" refers back to the one person the document named right after the same words.
describe('title phrase references', () => {
  it.each([
    [
      'Party leader Gerry Adams was held. Later the party leader said police had no case.',
      [['Gerry Adams', 'PER']] as const,
      [
        ['Gerry Adams', 13, 'person', 'gerry adams', false, 'title'],
        ['the party leader', 41, 'person', 'gerry adams', true, RULE],
      ],
    ],
    [
      'Sinn Fein leader Gerry Adams was held. Later the Sinn Fein leader said so.',
      [
        ['Sinn Fein', 'ORG'],
        ['Gerry Adams', 'PER'],
      ] as const,
      [
        ['Sinn Fein', 0, 'organization', 'sinn fein', false, 'tagger:ORG'],
        ['Gerry Adams', 17, 'person', 'gerry adams', false, 'title'],
        ['the Sinn Fein leader', 45, 'person', 'gerry adams', true, RULE],
        ['Sinn Fein', 49, 'organization', 'sinn fein', false, 'same-name'],
      ],
    ],
    [
      'Inspector-General of Police Khalid Abu Bakar spoke. Later the inspector general said so.',
      [['Khalid Abu Bakar', 'PER']] as const,
      [
        ['Khalid Abu Bakar', 28, 'person', 'khalid abu bakar', false, 'tagger:PER'],
        ['the inspector general', 58, 'person', 'khalid abu bakar', true, RULE],
      ],
    ],
    [
      // The words pick the minister, not the latest one titled "minister".
      'Foreign minister Ana Ruiz met defence minister Tom Berg. Then the foreign minister left.',
      [
        ['Ana Ruiz', 'PER'],
        ['Tom Berg', 'PER'],
      ] as const,
      [
        ['Ana Ruiz', 17, 'person', 'ana ruiz', false, 'title'],
        ['Tom Berg', 47, 'person', 'tom berg', false, 'title'],
        ['the foreign minister', 62, 'person', 'ana ruiz', true, RULE],
      ],
    ],
    // Negatives: two people with the title; no titled name before; a head alone ("the leader").
    [
      'Party leader Gerry Adams met party leader Mary Lou Smith. The party leader said so.',
      [
        ['Gerry Adams', 'PER'],
        ['Mary Lou Smith', 'PER'],
      ] as const,
      [
        ['Gerry Adams', 13, 'person', 'gerry adams', false, 'title'],
        ['Mary Lou Smith', 42, 'person', 'mary lou smith', false, 'title'],
      ],
    ],
    [
      'Gerry Adams was held. The party leader said so.',
      [['Gerry Adams', 'PER']] as const,
      [['Gerry Adams', 0, 'person', 'gerry adams', false, 'tagger:PER']],
    ],
    [
      'Gerry Adams was held. The leader said so.',
      [['Gerry Adams', 'PER']] as const,
      [['Gerry Adams', 0, 'person', 'gerry adams', false, 'tagger:PER']],
    ],
  ])('%s', (text, runs, expected) => expect(rows(text, runs)).toEqual(expected));
});
