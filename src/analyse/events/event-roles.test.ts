import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

const o = (text: string) => ({ text, type: 'organization' as const });

/** Roles inside relative and subordinate clauses, of noun triggers, and places that only qualify something. */
const CLAUSES: readonly (readonly [string, Row])[] = [
  [
    'a "which" clause: its verbs have no actor from the main clause, its place is the antecedent\'s',
    {
      text: 'Philip Hammond condemned barrel bomb attacks in Syria which have killed and injured civilians.',
      entities: [{ text: 'Philip Hammond', type: 'person' }, p('Syria')],
      expected: [
        {
          type: 'air_strike',
          trigger: 'barrel bomb',
          span: 'Philip Hammond condemned barrel bomb attacks in Syria which have killed and injured civilians',
          modality: 'happened',
          actors: [],
          place: 'Syria',
        },
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Philip Hammond condemned barrel bomb attacks in Syria which have killed and injured civilians',
          modality: 'happened',
          actors: [],
          place: 'Syria',
        },
        {
          type: 'casualties',
          trigger: 'injured',
          span: 'Philip Hammond condemned barrel bomb attacks in Syria which have killed and injured civilians',
          modality: 'happened',
          actors: [],
          place: 'Syria',
        },
      ],
    },
  ],
  [
    'a "that" clause with its own subject: each seizure has its own actor, no target from the other',
    {
      text: 'The government has recaptured parts of the city that rebel forces seized in 2012.',
      entities: [o('The government'), g('rebel forces')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'recaptured',
          span: 'The government has recaptured parts of the city that rebel forces seized in 2012',
          modality: 'happened',
          actors: ['The government'],
          targets: [],
        },
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'The government has recaptured parts of the city that rebel forces seized in 2012',
          modality: 'happened',
          actors: ['rebel forces'],
        },
      ],
    },
  ],
  [
    'a relative clause inside the subject is skipped: its place is not where the subject moved',
    {
      text: 'The YPG militia which controls the Sheikh Maqsoud district of Aleppo moved into two areas.',
      entities: [g('YPG militia'), p('Sheikh Maqsoud'), p('Aleppo')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'moved into',
          span: 'The YPG militia which controls the Sheikh Maqsoud district of Aleppo moved into two areas',
          modality: 'happened',
          actors: ['YPG militia'],
          place: null,
        },
      ],
    },
  ],
  [
    '"who" takes its antecedent as subject, not the main clause\'s',
    {
      text: 'The coalition attacked Husaybah and pursued insurgents who fled Karabilah.',
      entities: [g('The coalition'), p('Husaybah'), g('insurgents'), p('Karabilah')],
      expected: [
        {
          type: 'displacement',
          trigger: 'fled',
          span: 'The coalition attacked Husaybah and pursued insurgents who fled Karabilah',
          modality: 'happened',
          actors: ['insurgents'],
          targets: [],
          place: 'Karabilah',
        },
      ],
    },
  ],
  [
    '"since" opens a clause: the regime is not what was fled; it is the actor of the offensive it began',
    {
      text: 'Thousands have fled the city since the regime began its offensive.',
      entities: [o('the regime')],
      expected: [
        {
          type: 'displacement',
          trigger: 'fled',
          span: 'Thousands have fled the city since the regime began its offensive',
          modality: 'happened',
          actors: [],
          targets: [],
        },
        {
          type: 'armed_clash',
          trigger: 'offensive',
          span: 'Thousands have fled the city since the regime began its offensive',
          modality: 'happened',
          actors: ['the regime'],
        },
      ],
    },
  ],
  [
    '"where" gives its clause the antecedent place',
    {
      text: 'Rebels withdrew from Tariq al-Bab, where heavy fighting had raged.',
      entities: [g('Rebels'), p('Tariq al-Bab')],
      expected: [
        {
          type: 'armed_clash',
          trigger: 'fighting',
          span: 'where heavy fighting had raged',
          modality: 'happened',
          actors: [],
          place: 'Tariq al-Bab',
        },
      ],
    },
  ],
  [
    'a clause opening with its verb goes on with the subject (and place) before',
    {
      text: 'Government forces captured Hanano, the largest district, and have begun pushing into Jabal Badro.',
      entities: [g('Government forces'), p('Hanano'), p('Jabal Badro')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'captured',
          span: 'Government forces captured Hanano',
          modality: 'happened',
          actors: ['Government forces'],
          place: 'Hanano',
        },
        {
          type: 'territory_change',
          trigger: 'pushing into',
          span: 'and have begun pushing into Jabal Badro',
          modality: 'happened',
          actors: ['Government forces'],
          place: 'Jabal Badro',
        },
      ],
    },
  ],
];

describe('event roles across clauses', () => eventRows(CLAUSES));
