import { describe } from 'vitest';
import { eventRows, g, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/** Trigger words in another sense (TRIGGER_SENSES): a cause fought for, an audience talked to, explosives handled. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'fighting for justice is no clash',
    { text: 'The families have been fighting for justice for decades.', expected: [] },
  ],
  [
    'fighting for their rights is no clash',
    { text: 'The miners are fighting for their rights.', expected: [] },
  ],
  [
    'negative: fighting for a town is a clash',
    {
      text: 'Rebels were fighting for the town all night.',
      entities: [g('Rebels')],
      expected: [
        {
          type: 'armed_clash',
          trigger: 'fighting',
          span: 'Rebels were fighting for the town all night',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'a legal battle is no clash',
    { text: 'The family lost a long legal battle over the land.', expected: [] },
  ],
  [
    'negative: the battle for a town is a clash',
    {
      text: 'The battle for the town lasted a week.',
      expected: [
        {
          type: 'armed_clash',
          trigger: 'battle',
          span: 'The battle for the town lasted a week',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'someone who talks to reporters negotiates nothing',
    {
      text: 'Lena Varga talks to reporters outside her office.',
      entities: [person('Lena Varga')],
      expected: [],
    },
  ],
  [
    'negative: talks with the rebels are a negotiation',
    {
      text: 'The ministry held talks with the rebels.',
      entities: [g('the rebels')],
      expected: [
        {
          type: 'negotiation',
          trigger: 'talks',
          span: 'The ministry held talks with the rebels',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'roadside bombs cleared by engineers did not go off',
    { text: 'Engineers were clearing roadside bombs along the highway.', expected: [] },
  ],
  [
    'a car bomb defused, told in the passive, did not go off',
    { text: 'A car bomb was defused near the bridge.', expected: [] },
  ],
  [
    'landmines planted, a number between, did not go off',
    { text: 'Militants planted 40 landmines in the valley.', expected: [] },
  ],
  [
    'negative: a roadside bomb that killed is an explosion',
    {
      text: 'A roadside bomb killed three soldiers.',
      expected: [
        {
          type: 'explosion',
          trigger: 'roadside bomb',
          span: 'A roadside bomb killed three soldiers',
          modality: 'happened',
        },
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'A roadside bomb killed three soldiers',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a clause word between the verb and the bomb ("found that a car bomb …")',
    {
      text: 'Investigators found that a car bomb had gone off.',
      expected: [
        {
          type: 'explosion',
          trigger: 'car bomb',
          span: 'Investigators found that a car bomb had gone off',
          modality: 'happened',
        },
      ],
    },
  ],
];

describe('trigger words in another sense', () => eventRows(ROWS));
