import { describe } from 'vitest';
import { eventRows, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/**
 * A name with its age between commas before the trigger's verb group ("Luca Ferrandi, 47, was stabbed") is the
 * trigger's subject: the clause reaches back over the age.
 */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a headline name and age before "stabbed to death" is the victim',
    {
      text: 'Luca Ferrandi, 47, stabbed to death in his home.',
      entities: [person('Luca Ferrandi')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Luca Ferrandi, 47, stabbed to death in his home',
          modality: 'happened',
          actors: [],
          targets: ['Luca Ferrandi'],
        },
      ],
    },
  ],
  [
    'a name and age before "was stabbed" is the victim',
    {
      text: 'Luca Ferrandi, 47, was stabbed in his garage.',
      entities: [person('Luca Ferrandi')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Luca Ferrandi, 47, was stabbed in his garage',
          modality: 'happened',
          targets: ['Luca Ferrandi'],
        },
      ],
    },
  ],
  [
    'a name and age before an active verb is the actor',
    {
      text: 'Tomas Brill, 30, killed Nina Vass.',
      entities: [person('Tomas Brill'), person('Nina Vass')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Tomas Brill, 30, killed Nina Vass',
          modality: 'happened',
          actors: ['Tomas Brill'],
          targets: ['Nina Vass'],
        },
      ],
    },
  ],
  [
    'negative: another verb between the age and the trigger keeps the clause',
    {
      text: 'Nina Vass, 27, faces charges after two children were injured.',
      entities: [person('Nina Vass')],
      expected: [
        {
          type: 'casualties',
          trigger: 'injured',
          span: 'faces charges after two children were injured',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
  [
    'negative: a year after a place is no age',
    {
      text: 'In Velmor, 2023, two men were stabbed.',
      entities: [{ text: 'Velmor', type: 'place' }],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'two men were stabbed',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
];

describe('a name and its age before the trigger', () => {
  eventRows(ROWS);
});
