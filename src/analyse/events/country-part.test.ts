import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

/** Territory changes that take part of "the country": which country, and when none. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    '"seized control of the northern half of the nation": part of the only country named before',
    {
      text: 'Talks stalled in Ralia. The rebels seized control of the northern half of the nation.',
      entities: [p('Ralia'), g('rebels')],
      resolved: [['Ralia', 'country']],
      expected: [
        {
          type: 'negotiation',
          trigger: 'Talks',
          span: 'Talks stalled in Ralia',
          modality: 'happened',
        },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'The rebels seized control of the northern half of the nation',
          modality: 'happened',
          actors: ['rebels'],
          place: 'Ralia',
        },
      ],
    },
  ],
  [
    'two countries named before: the one the towns of the sentence lie in',
    {
      text: 'Ralia and Osten met. Rebels seized much of the country, taking the towns of Kesra and Daba.',
      entities: [p('Ralia'), p('Osten'), g('Rebels'), p('Kesra'), p('Daba')],
      resolved: [
        ['Ralia', 'country'],
        ['Osten', 'country'],
        ['Kesra', 'city'],
        ['Daba', 'city'],
      ],
      countries: { Ralia: 'RA', Osten: 'OS', Kesra: 'RA', Daba: 'RA' },
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Rebels seized much of the country',
          modality: 'happened',
          place: 'Ralia',
        },
        ...['Kesra', 'Daba'].map((place) => ({
          type: 'territory_change' as const,
          trigger: 'taking the towns',
          span: 'taking the towns of Kesra and Daba',
          modality: 'happened' as const,
          place,
        })),
      ],
    },
  ],
  [
    'two countries named before and nothing else to tell: no place',
    {
      text: 'Ralia and Osten met. Rebels seized the north of the country.',
      entities: [p('Ralia'), p('Osten'), g('Rebels')],
      resolved: [
        ['Ralia', 'country'],
        ['Osten', 'country'],
      ],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Rebels seized the north of the country',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
  [
    '"seized control of the country" is no part of it (a coup: no territory change)',
    {
      text: 'Talks stalled in Ralia. Soldiers seized control of the country.',
      entities: [p('Ralia')],
      resolved: [['Ralia', 'country']],
      expected: [
        {
          type: 'negotiation',
          trigger: 'Talks',
          span: 'Talks stalled in Ralia',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    '"the group that seized the north": a bare point of the compass is part of the country',
    {
      text: 'Talks stalled in Ralia. The group that seized the north is willing to talk.',
      entities: [p('Ralia')],
      resolved: [['Ralia', 'country']],
      expected: [
        { type: 'negotiation', trigger: 'Talks', span: 'Talks stalled in Ralia', modality: 'happened' },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'The group that seized the north is willing to talk',
          modality: 'happened',
          place: 'Ralia',
          extent: 'part',
        },
      ],
    },
  ],
  [
    'negative: "the north bank" is no point of the compass taken',
    {
      text: 'Talks stalled in Ralia. Rebels seized the north bank.',
      entities: [p('Ralia'), g('Rebels')],
      resolved: [['Ralia', 'country']],
      expected: [
        { type: 'negotiation', trigger: 'Talks', span: 'Talks stalled in Ralia', modality: 'happened' },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Rebels seized the north bank',
          modality: 'happened',
          place: null,
          extent: null,
        },
      ],
    },
  ],
];

describe('territory changes: part of "the country"', () => eventRows(ROWS));
