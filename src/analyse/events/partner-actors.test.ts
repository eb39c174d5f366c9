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
