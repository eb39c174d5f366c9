import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

const org = (text: string) => ({ text, type: 'organization' as const });

/**
 * A territory-change verb tells a place changing hands only with arms or ground around it (TERRITORY_CUES, a place
 * or a group named); in a sentence with none it is a business, sports, data or property sense.
 */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a site that may take control of your data takes no territory',
    { text: 'By staying on this page you agree that we may take control of your data.', expected: [] },
  ],
  [
    'neighbours who took control of a clubhouse take no territory',
    { text: 'Neighbours in the walled estate took control of the clubhouse in May.', expected: [] },
  ],
  [
    'residents who secured a clubhouse take no territory',
    { text: 'Owners of the walled estate secured the clubhouse after a vote.', expected: [] },
  ],
  [
    'a board taking control of a firm takes no territory',
    { text: 'The Pellow board took control of the firm last year.', entities: [org('Pellow')], expected: [] },
  ],
  [
    'a robbery captured on video takes no territory',
    { text: 'The theft was captured on video.', expected: [] },
  ],
  [
    'a start-up capturing a share of a market takes no territory',
    { text: 'The start-up captured a large share of the market.', expected: [] },
  ],
  [
    'a song capturing hearts takes no territory',
    { text: 'The ballad captured the hearts of fans.', expected: [] },
  ],
  ['shares that advanced take no territory', { text: 'Shares advanced 3 percent on Friday.', expected: [] }],
  ['stocks that made gains take no territory', { text: 'Stocks made gains in early trading.', expected: [] }],
  [
    'a firm that moved into offices takes no territory',
    { text: 'The firm moved into new offices in March.', expected: [] },
  ],
  [
    'a win secured over a place takes no territory',
    { text: 'The club secured a win over Dorvale.', entities: [p('Dorvale')], expected: [] },
  ],
  [
    'negative: rebels who seized a town take it',
    {
      text: 'Rebels seized the town on Tuesday.',
      entities: [g('Rebels')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Rebels seized the town on Tuesday',
          modality: 'happened',
          actors: ['Rebels'],
        },
      ],
    },
  ],
  [
    'negative: troops taking control of an airport, no entity named, take it',
    {
      text: 'Troops took control of the airport.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'took control',
          span: 'Troops took control of the airport',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a named place retaken is taken',
    {
      text: 'The regime retook Marsala in March.',
      entities: [p('Marsala')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'retook',
          span: 'The regime retook Marsala in March',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a pronoun seizing something amid fighting takes it',
    {
      text: 'They seized it after two days of fighting.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'They seized it after two days of fighting',
          modality: 'happened',
        },
        {
          type: 'armed_clash',
          trigger: 'fighting',
          span: 'They seized it after two days of fighting',
          modality: 'happened',
        },
      ],
    },
  ],
];

describe('territory triggers without arms or ground', () => {
  eventRows(ROWS);
});
