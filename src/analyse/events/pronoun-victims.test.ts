import { describe } from 'vitest';
import { eventRows, g, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });
const org = (text: string) => ({ text, type: 'organization' as const });
/** The one event of "… she was abducted.", with the victims the pronoun stands for. */
const sheAbducted = (targets: string[]): Row['expected'] => [
  { type: 'abduction', trigger: 'abducted', span: 'she was abducted', modality: 'happened', targets },
];

/** A pronoun victim ("she was abducted", "killed him", "his abduction") stands for the one person just named. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a passive subject pronoun: the person of the sentence before',
    {
      text: 'Ana Torres, 29, left home on Sunday. Police said she was abducted by two men.',
      entities: [person('Ana Torres')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abducted',
          span: 'she was abducted by two men',
          modality: 'happened',
          targets: ['Ana Torres'],
        },
      ],
    },
  ],
  [
    'an object pronoun of an active verb; its actor stays the actor',
    {
      text: 'Omar Haddad left home on Monday. Gunmen killed him near the market.',
      entities: [person('Omar Haddad'), g('Gunmen')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Gunmen killed him near the market',
          modality: 'happened',
          actors: ['Gunmen'],
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    'a possessive pronoun before a noun done to someone',
    {
      text: 'Omar Haddad left home on Monday. His abduction shocked the town.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abduction',
          span: 'His abduction shocked the town',
          modality: 'happened',
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    'two mentions of one person are no ambiguity: the nearest is the victim',
    {
      text: 'Police named Ana Torres on Monday. Relatives of Ms Torres said she was abducted.',
      entities: [person('Ana Torres'), { ...person('Ms Torres'), key: 'torres' }],
      expected: sheAbducted(['Ms Torres']),
    },
  ],
  [
    'negative: two persons before the pronoun leave it unresolved',
    {
      text: 'Omar Haddad met Ana Torres on Monday. Police said she was abducted.',
      entities: [person('Omar Haddad'), person('Ana Torres')],
      expected: sheAbducted([]),
    },
  ],
  [
    'negative: "they" is not read',
    {
      text: 'Ana Torres left home on Sunday. Police said they were abducted.',
      entities: [person('Ana Torres')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abducted',
          span: 'they were abducted',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
  [
    'negative: an organisation is no antecedent of "she"',
    {
      text: 'The Harbour Company lost contact on Sunday. Police said she was abducted.',
      entities: [org('Harbour Company')],
      expected: sheAbducted([]),
    },
  ],
  [
    'negative: "it" standing for an organisation is not read',
    {
      text: 'The Harbour Company hired Ana Torres. Police said it was abducted.',
      entities: [org('Harbour Company'), person('Ana Torres')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abducted',
          span: 'it was abducted',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
  [
    'negative: the actor of the trigger is not its victim',
    {
      text: 'Omar Haddad shot him on Monday.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'casualties',
          trigger: 'shot',
          span: 'Omar Haddad shot him on Monday',
          modality: 'happened',
          actors: ['Omar Haddad'],
          targets: [],
        },
      ],
    },
  ],
  [
    'a person two sentences back, the sentence between naming no one',
    {
      text: 'Ana Torres left home on Sunday. The market was busy. Police said she was abducted.',
      entities: [person('Ana Torres')],
      expected: sheAbducted(['Ana Torres']),
    },
  ],
  [
    'negative: two persons two sentences back',
    {
      text: 'Ana Torres met Lena Vogt on Sunday. The market was busy. Police said she was abducted.',
      entities: [person('Ana Torres'), person('Lena Vogt')],
      expected: sheAbducted([]),
    },
  ],
  [
    'negative: a noun naming a person in the sentence between',
    {
      text: 'Ana Torres left home on Sunday. A nurse was hurt. Police said she was abducted.',
      entities: [person('Ana Torres')],
      expected: sheAbducted([]),
    },
  ],
  [
    'a person in the sentence before shadows one two sentences back',
    {
      text: 'Lena Vogt called on Sunday. Ana Torres left home. Police said she was abducted.',
      entities: [person('Lena Vogt'), person('Ana Torres')],
      expected: sheAbducted(['Ana Torres']),
    },
  ],
  [
    'negative: a person three sentences back is out of reach',
    {
      text: 'Ana Torres left home. The day was hot. The market was busy. Police said she was abducted.',
      entities: [person('Ana Torres')],
      expected: sheAbducted([]),
    },
  ],
  [
    'negative: a possessive with its patient after "of" is no victim',
    {
      text: 'Omar Haddad spoke on Monday. His abduction of the guard shocked the town.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abduction',
          span: 'His abduction of the guard shocked the town',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
];

describe('pronoun victims', () => {
  eventRows(ROWS);
});
