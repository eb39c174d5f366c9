import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a past tense after a relative "that" is a verb: "the group that seized X"',
    {
      text: 'Officials met the group that seized Kesra.',
      entities: [p('Kesra')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Officials met the group that seized Kesra',
          modality: 'happened',
          place: 'Kesra',
          extent: 'whole',
        },
      ],
    },
  ],
  [
    'a killing told in the present, as a headline does',
    {
      text: 'Gunman kills three in Texas',
      entities: [p('Texas')],
      expected: [
        {
          type: 'casualties',
          trigger: 'kills',
          span: 'Gunman kills three in Texas',
          modality: 'happened',
          place: 'Texas',
        },
      ],
    },
  ],
  [
    'negative: "kills" as a plural noun tells no killing',
    { text: 'The hunters counted their kills.', expected: [] },
  ],
  [
    'negative: "that advance" is a noun referring back, no event',
    { text: 'Officials feared that advance.', expected: [] },
  ],
  [
    'a seizure: actors, place, time',
    {
      text: 'Overnight, government troops and allied forces seized the district of Tariq al-Bab.',
      entities: [g('government troops'), g('allied forces'), p('Tariq al-Bab')],
      time: 'Overnight',
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'government troops and allied forces seized the district of Tariq al-Bab',
          modality: 'happened',
          actors: ['government troops', 'allied forces'],
          place: 'Tariq al-Bab',
          time: 'Overnight',
        },
      ],
    },
  ],
  [
    'killed in air strikes: both a casualty event and an air strike, sharing place and figure',
    {
      text: 'On Saturday, three people were killed in air strikes on Shaar.',
      entities: [p('Shaar')],
      time: 'Saturday',
      figure: 'three people',
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'three people were killed in air strikes on Shaar',
          modality: 'happened',
          place: 'Shaar',
          time: 'Saturday',
          figures: ['three people'],
        },
        {
          type: 'air_strike',
          trigger: 'air strikes',
          span: 'three people were killed in air strikes on Shaar',
          modality: 'happened',
          place: 'Shaar',
          time: 'Saturday',
          figures: ['three people'],
        },
      ],
    },
  ],
  [
    'an aircraft downed, then its pilots killed',
    {
      text: 'Rebels brought down a Syrian air force plane overnight near Aleppo airport, killing both pilots.',
      entities: [g('Rebels'), { text: 'Syrian air force', type: 'organization' }, p('Aleppo airport')],
      figure: 'both pilots',
      expected: [
        {
          type: 'aircraft_downed',
          trigger: 'brought down a Syrian air force plane',
          span: 'Rebels brought down a Syrian air force plane overnight near Aleppo airport',
          modality: 'happened',
          actors: ['Rebels'],
          targets: ['Syrian air force'],
          place: 'Aleppo airport',
          figures: [],
        },
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'killing both pilots',
          modality: 'happened',
          figures: ['both pilots'],
        },
      ],
    },
  ],
  [
    'passive: the actor follows "by"',
    {
      text: 'The town was captured by Kurdish fighters.',
      entities: [g('Kurdish fighters')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'captured',
          span: 'The town was captured by Kurdish fighters',
          modality: 'happened',
          actors: ['Kurdish fighters'],
        },
      ],
    },
  ],
  [
    'feared',
    {
      text: "There's fear that the regime will advance more.",
      expected: [
        {
          type: 'territory_change',
          trigger: 'advance',
          // "fear" is an attribution cue (PolNeAR annotates belief and fear): the event is told in its content
          span: 'the regime will advance more',
          modality: 'feared',
        },
      ],
    },
  ],
  [
    'hypothetical: a gerund subject with "would"',
    {
      text: 'Capturing eastern Aleppo would be the biggest victory.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'Capturing',
          span: 'Capturing eastern Aleppo would be the biggest victory',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'planned: "will", and a proposal',
    {
      text: 'Moscow has proposed setting up four humanitarian corridors. Government forces will launch an assault.',
      expected: [
        {
          type: 'ceasefire',
          trigger: 'humanitarian corridors',
          span: 'setting up four humanitarian corridors',
          modality: 'planned',
          under: 'proposed',
        },
        {
          type: 'armed_clash',
          trigger: 'assault',
          span: 'Government forces will launch an assault',
          modality: 'planned',
        },
      ],
    },
  ],
  [
    'planned and attempted: an aim or an attempt is no telling that it happened',
    {
      text: 'The raid aimed at capturing the commander. Rebels tried to seize the airport. Troops seized the airport.',
      expected: [
        // the raid itself took place
        {
          type: 'armed_clash',
          trigger: 'raid',
          span: 'The raid aimed at capturing the commander',
          modality: 'happened',
        },
        {
          type: 'arrest',
          trigger: 'capturing',
          span: 'The raid aimed at capturing the commander',
          modality: 'planned',
        },
        {
          type: 'territory_change',
          trigger: 'seize',
          span: 'Rebels tried to seize the airport',
          modality: 'attempted',
        },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'Troops seized the airport',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'denied: negation, and the content of a denial',
    {
      text: 'Rebels did not seize the town. Officials denied that the army seized al-Sakhour.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'seize',
          span: 'Rebels did not seize the town',
          modality: 'denied',
        },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'the army seized al-Sakhour',
          modality: 'denied',
          under: 'denied',
        },
      ],
    },
  ],
  [
    'told under an attribution: the event span is the content part of the clause',
    {
      text: 'The Observatory said rebels seized the hill.',
      entities: [{ text: 'Observatory', type: 'organization' }, g('rebels')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'rebels seized the hill',
          modality: 'happened',
          actors: ['rebels'],
          under: 'said',
        },
      ],
    },
  ],
  [
    'troops arriving at a place',
    {
      text: 'Hundreds of troops arrived in Aleppo on Friday.',
      entities: [p('Aleppo')],
      time: 'Friday',
      expected: [
        {
          type: 'troop_movement',
          trigger: 'troops arrived',
          span: 'Hundreds of troops arrived in Aleppo on Friday',
          modality: 'happened',
          place: 'Aleppo',
          time: 'Friday',
        },
      ],
    },
  ],
  [
    'negative: "the advance" refers back to an event told before; only the flight is new',
    {
      text: 'The advance has prompted more civilians to flee.',
      expected: [
        {
          type: 'displacement',
          trigger: 'flee',
          span: 'The advance has prompted more civilians to flee',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: "its advances", no trigger',
    { text: 'The government has trumpeted its advances.', expected: [] },
  ],
  ['negative: nothing happens', { text: 'Residents walk through rubble in Aleppo.', expected: [] }],
];

describe('eventsStage', () => eventRows(ROWS));
