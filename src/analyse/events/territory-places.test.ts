import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

/** Territory changes that list their places, or call the place only by its kind ("took the town"). */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a list of places taken: one change per place, told in the clause with the list',
    {
      text: 'Militants captured Kesra, Daba and Moura overnight.',
      entities: [g('Militants'), p('Kesra'), p('Daba'), p('Moura')],
      expected: ['Kesra', 'Daba', 'Moura'].map((place) => ({
        type: 'territory_change' as const,
        trigger: 'captured',
        span: 'Militants captured Kesra, Daba and Moura',
        modality: 'happened' as const,
        actors: ['Militants'],
        place,
      })),
    },
  ],
  [
    '"taking the three main towns of …" continues the clause before: its actors, each town',
    {
      text: 'The rebels seized the east, taking the three main towns of Kesra, Daba and Moura.',
      entities: [g('rebels'), p('Kesra'), p('Daba'), p('Moura')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'The rebels seized the east',
          modality: 'happened',
          actors: ['rebels'],
          place: null,
        },
        ...['Kesra', 'Daba', 'Moura'].map((place) => ({
          type: 'territory_change' as const,
          trigger: 'taking the three main towns',
          span: 'taking the three main towns of Kesra, Daba and Moura',
          modality: 'happened' as const,
          actors: ['rebels'],
          place,
        })),
      ],
    },
  ],
  [
    '"took the town": the one populated place named just before',
    {
      text: 'Heavy fighting was reported around Kesra on Friday. Rebels took the town on Sunday.',
      entities: [p('Kesra'), g('Rebels')],
      resolved: [['Kesra', 'city']],
      expected: [
        {
          type: 'armed_clash',
          trigger: 'fighting',
          span: 'Heavy fighting was reported around Kesra on Friday',
          modality: 'happened',
          place: 'Kesra',
        },
        {
          type: 'territory_change',
          trigger: 'took the town',
          span: 'Rebels took the town on Sunday',
          modality: 'happened',
          actors: ['Rebels'],
          place: 'Kesra',
        },
      ],
    },
  ],
  [
    '"seized the district": a district, not the city around it',
    {
      text: 'The Sahra district of Kesra lies by the river. Troops seized the district.',
      entities: [p('Sahra'), p('Kesra'), g('Troops')],
      resolved: [
        ['Sahra', 'district'],
        ['Kesra', 'city'],
      ],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Troops seized the district',
          modality: 'happened',
          actors: ['Troops'],
          place: 'Sahra',
        },
      ],
    },
  ],
  [
    'a town is no country: no place',
    {
      text: 'Unrest spread across Ralia. Rebels took the town.',
      entities: [p('Ralia'), g('Rebels')],
      resolved: [['Ralia', 'country']],
      expected: [
        {
          type: 'territory_change',
          trigger: 'took the town',
          span: 'Rebels took the town',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
  [
    'two towns named before: no telling which was taken',
    {
      text: 'Unrest spread from Kesra to Daba. Rebels took the town.',
      entities: [p('Kesra'), p('Daba'), g('Rebels')],
      resolved: [
        ['Kesra', 'city'],
        ['Daba', 'city'],
      ],
      expected: [
        {
          type: 'territory_change',
          trigger: 'took the town',
          span: 'Rebels took the town',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
  [
    'a place the gazetteer does not know: no place',
    {
      text: 'Unrest spread to Kesra. Rebels took the town.',
      entities: [p('Kesra'), g('Rebels')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'took the town',
          span: 'Rebels took the town',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
  [
    '"took the town hall": the kind only qualifies',
    {
      text: 'Unrest spread to Kesra. Gunmen took the town hall.',
      entities: [p('Kesra'), g('Gunmen')],
      resolved: [['Kesra', 'city']],
      expected: [
        {
          type: 'territory_change',
          trigger: 'took the town',
          span: 'Gunmen took the town hall',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
  [
    '"took the town\'s mayor hostage" takes no town',
    {
      text: "Unrest spread to Kesra. Gunmen took the town's mayor hostage.",
      entities: [p('Kesra'), g('Gunmen')],
      resolved: [['Kesra', 'city']],
      expected: [],
    },
  ],
  [
    '"take the bus to the city" takes no city',
    {
      text: 'Unrest spread to Kesra. Residents take the bus to the city.',
      entities: [p('Kesra')],
      resolved: [['Kesra', 'city']],
      expected: [],
    },
  ],
  [
    'a list without a trigger tells no change',
    {
      text: 'The towns of Kesra and Daba were quiet.',
      entities: [p('Kesra'), p('Daba')],
      expected: [],
    },
  ],
  [
    'people captured in a place: an arrest, no place taken',
    {
      text: 'Troops captured two fighters in Daba.',
      entities: [g('Troops'), p('Daba')],
      expected: [
        {
          type: 'arrest',
          trigger: 'captured',
          span: 'Troops captured two fighters in Daba',
          modality: 'happened',
          actors: ['Troops'],
          place: 'Daba',
        },
      ],
    },
  ],
];

describe('territory changes: listed places and "the town"', () => eventRows(ROWS));
