import { describe } from 'vitest';
import { eventRows, g, type Row } from './event-table.js';

/**
 * A coup ("seized power", "seized control of the country", "took control of the government") changes a
 * government, not who holds ground: no event type tells it, so it is no territory change. Ground, a part of the
 * country or a place named after "the government" still changes hands.
 */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'soldiers who seized control of the country take no territory',
    {
      text: 'The bloc wants to remove the officers that seized control of the country on May 4.',
      expected: [],
    },
  ],
  ['soldiers who seized power take no territory', { text: 'Soldiers seized power on Monday.', expected: [] }],
  [
    'an army taking control of the government takes no territory',
    { text: 'The army took control of the government overnight.', expected: [] },
  ],
  [
    'a junta taking full control of the nation takes no territory',
    { text: 'The junta has taken full control of the nation.', expected: [] },
  ],
  [
    'negative: rebels who seized control of a town take it',
    {
      text: 'Rebels seized control of the town.',
      entities: [g('Rebels')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Rebels seized control of the town',
          modality: 'happened',
          actors: ['Rebels'],
        },
      ],
    },
  ],
  [
    'negative: troops who seized control of an airport take it',
    {
      text: 'Troops seized control of the airport.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Troops seized control of the airport',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a group seizing large parts of the country takes them',
    {
      text: 'The Zorvan Front seized control of large parts of the country.',
      entities: [g('Zorvan Front')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'The Zorvan Front seized control of large parts of the country',
          modality: 'happened',
          actors: ['Zorvan Front'],
        },
      ],
    },
  ],
  [
    'negative: the government headquarters taken is ground',
    {
      text: 'Militants took control of the government headquarters.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'took control',
          span: 'Militants took control of the government headquarters',
          modality: 'happened',
        },
      ],
    },
  ],
];

describe('coup senses', () => eventRows(ROWS));
