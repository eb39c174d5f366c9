import { describe } from 'vitest';
import { eventRows, g, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/**
 * "murder" is as often a noun as a verb: a killing where it reads as a verb before its object ("they murder
 * civilians"), else the noun ("the 1957 murder") or nothing ("murder charges", "allegations of murder").
 */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a bare verb before its object tells a killing',
    {
      text: 'They murder civilians in the villages.',
      expected: [
        {
          type: 'casualties',
          trigger: 'murder',
          span: 'They murder civilians in the villages',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'a group murdering is the actor',
    {
      text: 'Gunmen murdered two guards at the gate.',
      entities: [g('Gunmen')],
      expected: [
        {
          type: 'casualties',
          trigger: 'murdered',
          span: 'Gunmen murdered two guards at the gate',
          modality: 'happened',
          actors: ['Gunmen'],
        },
      ],
    },
  ],
  [
    'a plot to murder is planned',
    {
      text: 'Two men plotted to murder the judge.',
      expected: [
        {
          type: 'casualties',
          trigger: 'murder',
          span: 'Two men plotted to murder the judge',
          modality: 'planned',
        },
      ],
    },
  ],
  [
    'negative: a definite noun stays the noun',
    {
      text: "Anna Weiss's murder shocked the town.",
      entities: [person('Anna Weiss')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'murder',
          span: "Anna Weiss's murder shocked the town",
          modality: 'happened',
          targets: ['Anna Weiss'],
        },
      ],
    },
  ],
  ['negative: a charge is no killing', { text: 'He faces allegations of murder.', expected: [] }],
  ['negative: a noun modifying a noun', { text: 'The murder charges were dropped.', expected: [] }],
];

describe('"murder" read as a verb', () => {
  eventRows(ROWS);
});
