import { describe } from 'vitest';
import { eventRows, g, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/**
 * A name with a short description between commas before the trigger's verb group ("Omar Haddad, the brother of
 * the ruler, was killed") is the trigger's subject: the clause reaches back over the description.
 */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a long description before a passive trigger: the name is the victim',
    {
      text: "Omar Haddad, the younger brother of the country's ruler, was killed by a nerve agent.",
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: "Omar Haddad, the younger brother of the country's ruler, was killed by a nerve agent",
          modality: 'happened',
          actors: [],
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    'a short description before "has been arrested"',
    {
      text: 'Lena Vogt, a local teacher, has been arrested.',
      entities: [person('Lena Vogt')],
      expected: [
        {
          type: 'arrest',
          trigger: 'arrested',
          span: 'Lena Vogt, a local teacher, has been arrested',
          modality: 'happened',
          targets: ['Lena Vogt'],
        },
      ],
    },
  ],
  [
    'a description before an active verb: the name is the actor',
    {
      text: 'Tomas Brill, the leader of the gang, killed Nina Vass.',
      entities: [person('Tomas Brill'), person('Nina Vass')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Tomas Brill, the leader of the gang, killed Nina Vass',
          modality: 'happened',
          actors: ['Tomas Brill'],
          targets: ['Nina Vass'],
        },
      ],
    },
  ],
  [
    'negative: a relative clause between commas is no description',
    {
      text: 'Omar Haddad, the man who led the march, was killed.',
      entities: [person('Omar Haddad')],
      expected: [
        { type: 'casualties', trigger: 'killed', span: 'was killed', modality: 'happened', targets: [] },
      ],
    },
  ],
  [
    'negative: a description naming someone itself',
    {
      text: 'Omar Haddad, a spokesman for Red Hand, was killed.',
      entities: [person('Omar Haddad'), g('Red Hand')],
      expected: [
        { type: 'casualties', trigger: 'killed', span: 'was killed', modality: 'happened', targets: [] },
      ],
    },
  ],
  [
    'negative: a stretch with no determiner is a list item, not a description',
    {
      text: 'Omar Haddad, Lena Vogt, Tomas Brill, were killed.',
      entities: [person('Omar Haddad'), person('Lena Vogt'), person('Tomas Brill')],
      expected: [
        { type: 'casualties', trigger: 'killed', span: 'were killed', modality: 'happened', targets: [] },
      ],
    },
  ],
  [
    'negative: a description after a place is no victim',
    {
      text: 'In Halden, the capital of the province, were arrested.',
      entities: [{ text: 'Halden', type: 'place' }],
      expected: [
        { type: 'arrest', trigger: 'arrested', span: 'were arrested', modality: 'happened', targets: [] },
      ],
    },
  ],
];

describe('appositive description', () => eventRows(ROWS));
