import { describe } from 'vitest';
import { eventRows, g, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/** Ambiguous trigger words told apart by their context (TRIGGER_SENSES), with exact spans; [] when no event. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    '"in advance" is beforehand: only the raid, a ground operation',
    {
      text: 'Few ministers were told in advance about the raid.',
      expected: [
        {
          type: 'armed_clash',
          trigger: 'raid',
          span: 'Few ministers were told in advance about the raid',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    '"advance warning" tells no advance',
    { text: 'Villagers received advance warning of the flood.', expected: [] },
  ],
  [
    'troops advancing into a town still change territory',
    {
      text: 'Government troops advanced into the town of Qarya.',
      entities: [g('Government troops')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'advanced into',
          span: 'Government troops advanced into the town of Qarya',
          modality: 'happened',
          actors: ['Government troops'],
        },
      ],
    },
  ],
  [
    'capturing a named person is an arrest',
    {
      text: 'Commandos captured Omar Haddad near the border.',
      entities: [g('Commandos'), person('Omar Haddad')],
      expected: [
        {
          type: 'arrest',
          trigger: 'captured',
          span: 'Commandos captured Omar Haddad near the border',
          modality: 'happened',
          actors: ['Commandos'],
        },
      ],
    },
  ],
  [
    'capturing or killing a man: an arrest (past the coordinated verb) and a casualty',
    {
      text: 'The unit succeeded in capturing or killing the man.',
      expected: [
        {
          type: 'arrest',
          trigger: 'capturing',
          span: 'The unit succeeded in capturing or killing the man',
          modality: 'happened',
        },
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'The unit succeeded in capturing or killing the man',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'a chance to capture someone is an arrest that did not happen',
    {
      text: 'Given a second chance to capture the commander, the unit waited.',
      expected: [
        {
          type: 'arrest',
          trigger: 'capture',
          span: 'Given a second chance to capture the commander',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'capturing a town stays a territory change, and "by fighters" is no object',
    {
      text: 'The village was captured by militants after the town was seized.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'captured',
          span: 'The village was captured by militants after the town was seized',
          modality: 'happened',
        },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'The village was captured by militants after the town was seized',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'goods seized are no territory',
    { text: 'Customs officers seized weapons and cash at the port.', expected: [] },
  ],
  ['fighting a cause is no clash', { text: 'The mayor vowed to keep fighting corruption.', expected: [] }],
  ['battling a fire is no clash', { text: 'Crews battled the blaze for hours.', expected: [] }],
  [
    'fighting troops is a clash',
    {
      text: 'Rebels fought government troops near the dam.',
      entities: [g('Rebels')],
      expected: [
        {
          type: 'armed_clash',
          trigger: 'fought',
          span: 'Rebels fought government troops near the dam',
          modality: 'happened',
          actors: ['Rebels'],
        },
      ],
    },
  ],
  [
    'a person shot is a casualty',
    {
      text: 'A guard was shot in the leg on Tuesday.',
      time: 'Tuesday',
      expected: [
        {
          type: 'casualties',
          trigger: 'shot',
          span: 'A guard was shot in the leg on Tuesday',
          modality: 'happened',
          time: 'Tuesday',
        },
      ],
    },
  ],
  ['a film shot is no casualty', { text: 'The movie was mostly shot in the desert.', expected: [] }],
  ['shooting a scene is no casualty', { text: 'The crew shot the final scene at dawn.', expected: [] }],
  ['prices that shot up are no casualty', { text: 'Bread prices shot up last week.', expected: [] }],
  ['a product shot is a picture', { text: 'An official product shot of the phone leaked.', expected: [] }],
  [
    'a sexual assault is an attack on a person, not a military assault',
    {
      text: 'A man was charged with sexual assault on Friday.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'assault',
          span: 'A man was charged with sexual assault on Friday',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'assault and battery is a crime against a person',
    {
      text: 'He faces a count of assault and battery.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'assault',
          span: 'He faces a count of assault and battery',
          modality: 'happened',
        },
      ],
    },
  ],
  ['a sports shot is no event', { text: 'The striker shot wide of the post.', expected: [] }],
  ['a dismissal is no fire', { text: 'The club fired its coach after the defeat.', expected: [] }],
  [
    'firing rockets is shelling',
    {
      text: 'Militants fired three rockets at the base.',
      entities: [g('Militants')],
      expected: [
        {
          type: 'shelling',
          trigger: 'fired three rockets',
          span: 'Militants fired three rockets at the base',
          modality: 'happened',
          actors: ['Militants'],
        },
      ],
    },
  ],
  ['a labour strike is no air strike', { text: 'A strike by dock workers shut the port.', expected: [] }],
  [
    'a drone strike is an air strike',
    {
      text: 'A drone strike hit a car near the market.',
      expected: [
        {
          type: 'air_strike',
          trigger: 'drone strike',
          span: 'A drone strike hit a car near the market',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'opening fire on shoppers is an attack on civilians',
    {
      text: 'A gunman opened fire on shoppers at a mall.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'opened fire',
          span: 'A gunman opened fire on shoppers at a mall',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'opening fire on a patrol is a clash',
    {
      text: 'Insurgents opened fire on a patrol.',
      expected: [
        {
          type: 'armed_clash',
          trigger: 'opened fire',
          span: 'Insurgents opened fire on a patrol',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'a government that publicly protests stages no protest',
    { text: 'The ministry publicly protests the flights.', expected: [] },
  ],
  ['an assault rifle is a weapon, no assault', { text: 'He pulled out an assault rifle.', expected: [] }],
  [
    'a potential ceasefire is hypothetical',
    {
      text: 'Envoys discussed a potential ceasefire.',
      expected: [
        {
          type: 'ceasefire',
          trigger: 'ceasefire',
          span: 'Envoys discussed a potential ceasefire',
          modality: 'hypothetical',
        },
      ],
    },
  ],
];

describe('trigger senses', () => eventRows(ROWS));
