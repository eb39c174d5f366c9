import { describe } from 'vitest';
import { eventRows, g, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/** A possessor before a noun done to someone is its patient (PATIENT_NOMINALS); before another noun, its actor. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a person’s abduction: the person is taken, not the taker',
    {
      text: 'The exact hour of Lena Varga’s abduction is unknown.',
      entities: [person('Lena Varga')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abduction',
          span: 'The exact hour of Lena Varga’s abduction is unknown',
          modality: 'happened',
          actors: [],
          targets: ['Lena Varga'],
        },
      ],
    },
  ],
  [
    'a group’s arrests: the group is held',
    {
      text: "The Harbour Union's arrests drew crowds.",
      entities: [g('The Harbour Union')],
      expected: [
        {
          type: 'arrest',
          trigger: 'arrests',
          span: "The Harbour Union's arrests drew crowds",
          modality: 'happened',
          actors: [],
          targets: ['The Harbour Union'],
        },
      ],
    },
  ],
  [
    '"the kidnapping of X": X is taken',
    {
      text: 'The kidnapping of Tomas Brel shocked the valley.',
      entities: [person('Tomas Brel')],
      expected: [
        {
          type: 'abduction',
          trigger: 'kidnapping',
          span: 'The kidnapping of Tomas Brel shocked the valley',
          modality: 'happened',
          actors: [],
          targets: ['Tomas Brel'],
        },
      ],
    },
  ],
  [
    'negative: with "of X" after it, the possessor is the taker',
    {
      text: "The Red Brigade's abduction of Tomas Brel was condemned.",
      entities: [g('The Red Brigade'), person('Tomas Brel')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abduction',
          span: "The Red Brigade's abduction of Tomas Brel was condemned",
          modality: 'happened',
          actors: ['The Red Brigade'],
          targets: ['Tomas Brel'],
        },
      ],
    },
  ],
  [
    '"the 2017 killing of Dr Haddad": the verb read as a noun by "of"; the name after the honorific is the victim',
    {
      text: 'Rebels mourned the 2017 killing of Dr Omar Haddad.',
      entities: [g('Rebels'), person('Omar Haddad')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'Rebels mourned the 2017 killing of Dr Omar Haddad',
          modality: 'happened',
          actors: [],
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    '"the killing of X" right after "the": the noun told of a named person',
    {
      text: 'The killing of Omar Haddad shocked the valley.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'The killing of Omar Haddad shocked the valley',
          modality: 'happened',
          actors: [],
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    'negative: "the killing" of no one named refers back, no event',
    { text: 'The killing shocked the valley.', expected: [] },
  ],
  [
    'negative: an active "killing" keeps its subject as actor',
    {
      text: 'Rebels were killing Omar Haddad.',
      entities: [g('Rebels'), person('Omar Haddad')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'Rebels were killing Omar Haddad',
          modality: 'happened',
          actors: ['Rebels'],
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    'negative: an army’s offensive is its own act',
    {
      text: "The army's offensive began at dawn.",
      entities: [g('The army')],
      expected: [
        {
          type: 'armed_clash',
          trigger: 'offensive',
          span: "The army's offensive began at dawn",
          modality: 'happened',
          actors: ['The army'],
          targets: [],
        },
      ],
    },
  ],
  [
    'negative: a person’s air strikes are ordered by that person',
    {
      text: "Critics condemned Omar Haddad's air strikes.",
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'air_strike',
          trigger: 'air strikes',
          span: "Critics condemned Omar Haddad's air strikes",
          modality: 'happened',
          actors: ['Omar Haddad'],
          targets: [],
        },
      ],
    },
  ],
];

describe('patients of nouns done to someone', () => eventRows(ROWS));
