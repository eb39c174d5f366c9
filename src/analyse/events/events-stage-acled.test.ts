import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

/** Triggers of the ACLED sub-events beyond battles, with roles, claimant and stance, and modality. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'an explosion with place, time and figure; its casualties a second event',
    {
      text: 'On Monday, a roadside bomb killed two soldiers near Kandahar.',
      entities: [p('Kandahar')],
      time: 'Monday',
      figure: 'two soldiers',
      expected: [
        {
          type: 'explosion',
          trigger: 'roadside bomb',
          span: 'a roadside bomb killed two soldiers near Kandahar',
          modality: 'happened',
          place: 'Kandahar',
          time: 'Monday',
          figures: ['two soldiers'],
        },
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'a roadside bomb killed two soldiers near Kandahar',
          modality: 'happened',
          place: 'Kandahar',
          time: 'Monday',
          figures: ['two soldiers'],
        },
      ],
    },
  ],
  [
    'an abduction: actor, target and place',
    {
      text: 'Gunmen abducted Governor Adnan Gheith in Zinjibar.',
      entities: [g('Gunmen'), { text: 'Governor Adnan Gheith', type: 'person' }, p('Zinjibar')],
      expected: [
        {
          type: 'abduction',
          trigger: 'abducted',
          span: 'Gunmen abducted Governor Adnan Gheith in Zinjibar',
          modality: 'happened',
          actors: ['Gunmen'],
          targets: ['Governor Adnan Gheith'],
          place: 'Zinjibar',
          time: null,
        },
      ],
    },
  ],
  [
    'claimant and stance: an air strike the army denies',
    {
      text: 'The army denied that its jets bombed the hospital.',
      entities: [{ text: 'The army', type: 'organization' }],
      expected: [
        {
          type: 'air_strike',
          trigger: 'bombed',
          span: 'its jets bombed the hospital',
          modality: 'denied',
          under: 'denied',
          claimant: 'The army',
          stance: 'denies',
        },
      ],
    },
  ],
  [
    'hypothetical: a condition',
    {
      text: 'If the rebels seize the airport, the siege will tighten.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'seize',
          span: 'If the rebels seize the airport',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'planned: an agreement to be signed; a riot that happened',
    {
      text: 'The two sides will sign a peace agreement next week. Youths rioted in the capital.',
      entities: [g('Youths')],
      expected: [
        {
          type: 'agreement',
          trigger: 'peace agreement',
          span: 'The two sides will sign a peace agreement next week',
          modality: 'planned',
        },
        {
          type: 'riot',
          trigger: 'rioted',
          span: 'Youths rioted in the capital',
          modality: 'happened',
          actors: ['Youths'],
        },
      ],
    },
  ],
  [
    'negative: "riot police" and "the explosion was not heard" name no riot and no explosion that happened',
    {
      text: 'Riot police stood by. Residents said no explosion was heard.',
      expected: [
        {
          type: 'explosion',
          trigger: 'explosion',
          span: 'no explosion was heard',
          modality: 'denied',
          under: 'said',
        },
      ],
    },
  ],
];

describe('eventsStage: ACLED sub-event triggers', () => eventRows(ROWS));
