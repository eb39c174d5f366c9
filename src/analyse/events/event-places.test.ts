import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

const o = (text: string) => ({ text, type: 'organization' as const });
const person = (text: string) => ({ text, type: 'person' as const });

/** Actors of noun triggers and of "fell to", places that only qualify something, triggers that tell no event. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a possessor in the noun phrase is the actor',
    {
      text: "Civilians were killed in the government's assault on east Aleppo.",
      entities: [o('the government'), p('Aleppo')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: "Civilians were killed in the government's assault on east Aleppo",
          modality: 'happened',
          place: 'Aleppo',
        },
        {
          type: 'armed_clash',
          trigger: 'assault',
          span: "Civilians were killed in the government's assault on east Aleppo",
          modality: 'happened',
          actors: ['the government'],
          place: 'Aleppo',
        },
      ],
    },
  ],
  [
    'the subject of a light verb is the actor of its noun; "US-led" is no place',
    {
      text: 'The US-led coalition conducted air strikes near Mosul.',
      entities: [p('US'), g('coalition'), p('Mosul')],
      expected: [
        {
          type: 'air_strike',
          trigger: 'air strikes',
          span: 'The US-led coalition conducted air strikes near Mosul',
          modality: 'happened',
          actors: ['coalition'],
          place: 'Mosul',
        },
      ],
    },
  ],
  [
    '"members of X" make X the actor',
    {
      text: 'Members of IS killed 50 police officers outside Mosul.',
      entities: [g('IS'), p('Mosul')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Members of IS killed 50 police officers outside Mosul',
          modality: 'happened',
          actors: ['IS'],
          place: 'Mosul',
        },
      ],
    },
  ],
  [
    '"fell to X": X took it',
    {
      text: 'The city fell to coalition forces.',
      entities: [g('coalition forces')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'fell to',
          span: 'The city fell to coalition forces',
          modality: 'happened',
          actors: ['coalition forces'],
        },
      ],
    },
  ],
  [
    'negative: a person owning the subject is no actor ("Assad\'s forces")',
    {
      text: "Assad's forces made gains in east Aleppo.",
      entities: [person('Assad'), p('Aleppo')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'made gains',
          span: "Assad's forces made gains in east Aleppo",
          modality: 'happened',
          actors: [],
          place: 'Aleppo',
        },
      ],
    },
  ],
  [
    'a place owning another name yields to it; "with Israel" is no place',
    {
      text: "Ten people were killed in air strikes on Aleppo's Bab al-Nairab neighbourhood. Hezbollah fought a war with Israel.",
      entities: [p('Aleppo'), p('Bab al-Nairab'), g('Hezbollah'), p('Israel')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: "Ten people were killed in air strikes on Aleppo's Bab al-Nairab neighbourhood",
          modality: 'happened',
          place: 'Bab al-Nairab',
        },
        {
          type: 'air_strike',
          trigger: 'air strikes',
          span: "Ten people were killed in air strikes on Aleppo's Bab al-Nairab neighbourhood",
          modality: 'happened',
          place: 'Bab al-Nairab',
        },
        {
          type: 'armed_clash',
          trigger: 'fought',
          span: 'Hezbollah fought a war with Israel',
          modality: 'happened',
          actors: ['Hezbollah'],
          place: null,
        },
      ],
    },
  ],
  [
    'the named area, not the city qualifying it; a direct object before a place in a phrase',
    {
      text: 'The army seized the eastern Aleppo district of al-Sakhour. Troops captured the entire Hanano district in eastern Aleppo.',
      entities: [
        g('The army'),
        p('Aleppo'),
        p('al-Sakhour'),
        g('Troops'),
        p('Hanano'),
        { text: 'Aleppo', type: 'place', nth: 2 },
      ],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'The army seized the eastern Aleppo district of al-Sakhour',
          modality: 'happened',
          place: 'al-Sakhour',
        },
        {
          type: 'territory_change',
          trigger: 'captured',
          span: 'Troops captured the entire Hanano district in eastern Aleppo',
          modality: 'happened',
          place: 'Hanano',
        },
      ],
    },
  ],
  [
    'negative: a place in another verb phrase before a noun trigger is not its place',
    {
      text: 'Assad cut the route to Turkey before encircling the city and then beginning an assault in September.',
      entities: [person('Assad'), p('Turkey')],
      expected: [
        {
          type: 'armed_clash',
          trigger: 'assault',
          span: 'Assad cut the route to Turkey before encircling the city and then beginning an assault in September',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
  [
    'a military site keeps its place name ("Mezzeh military airport"); "Syrian warplanes" is no place',
    {
      text: 'Syrian warplanes bombed the Mezzeh military airport.',
      entities: [p('Syrian'), p('Mezzeh')],
      expected: [
        {
          type: 'air_strike',
          trigger: 'warplanes bombed',
          span: 'Syrian warplanes bombed the Mezzeh military airport',
          modality: 'happened',
          place: 'Mezzeh',
        },
      ],
    },
  ],
  [
    'negative: trigger words qualifying equipment or as adjectives tell no event',
    {
      text: 'Strikes destroyed two mortar systems and an ISIL fighting position. Books were rescued from bombed buildings and bombed-out houses.',
      entities: [g('ISIL')],
      expected: [],
    },
  ],
];

describe('event actors and places', () => eventRows(ROWS));
