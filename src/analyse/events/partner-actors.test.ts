import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

const clash = (trigger: string, span: string, actors: readonly string[]) => ({
  type: 'armed_clash' as const,
  trigger,
  span,
  modality: 'happened' as const,
  actors,
});

/** A clash has two sides, each an actor: "between X and Y", "with X", "against X" after the trigger. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    '"clashes between X and Y": both sides',
    {
      text: 'Clashes between government forces and rebels continued on Monday.',
      entities: [g('government forces'), g('rebels')],
      expected: [
        clash('Clashes', 'Clashes between government forces and rebels continued on Monday', [
          'government forces',
          'rebels',
        ]),
      ],
    },
  ],
  [
    '"X clashed with Y": the subject and the partner',
    {
      text: 'Rebels clashed with the YPG near Hama.',
      entities: [g('Rebels'), g('YPG'), p('Hama')],
      expected: [clash('clashed', 'Rebels clashed with the YPG near Hama', ['Rebels', 'YPG'])],
    },
  ],
  [
    'negative: an entity after other words is no side ("clashes erupted near the base of X")',
    {
      text: 'Clashes erupted near the base of the YPG.',
      entities: [g('YPG')],
      expected: [clash('Clashes', 'Clashes erupted near the base of the YPG', [])],
    },
  ],
  [
    'negative: a place after "between" is no side',
    {
      text: 'Clashes between Aleppo and Idlib continued.',
      entities: [p('Aleppo'), p('Idlib')],
      expected: [clash('Clashes', 'Clashes between Aleppo and Idlib continued', [])],
    },
  ],
];

describe('partner actors of two-sided events', () => {
  eventRows(ROWS);
});

/** A name whose head opens a trigger phrase ("Russian warplanes" of "warplanes bombed") is its subject. */
const OVERLAPS: readonly (readonly [string, Row])[] = [
  [
    'a group ending inside the trigger phrase is the actor',
    {
      text: 'Russian warplanes bombed a hospital.',
      entities: [g('Russian warplanes')],
      expected: [
        {
          type: 'air_strike',
          trigger: 'warplanes bombed',
          span: 'Russian warplanes bombed a hospital',
          modality: 'happened',
          actors: ['Russian warplanes'],
        },
      ],
    },
  ],
  [
    'negative: a place there is no actor',
    {
      text: 'Aleppo warplanes bombed a hospital.',
      entities: [p('Aleppo')],
      expected: [
        {
          type: 'air_strike',
          trigger: 'warplanes bombed',
          span: 'Aleppo warplanes bombed a hospital',
          modality: 'happened',
          actors: [],
        },
      ],
    },
  ],
];

describe("actors of trigger phrases that open with a name's head", () => {
  eventRows(OVERLAPS);
});
