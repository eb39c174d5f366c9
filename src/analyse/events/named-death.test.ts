import { describe } from 'vitest';
import { eventRows, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/** "X's death", "the death of X": a casualty whose target is the named person; not a punishment or a count. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a named possessor is the victim',
    {
      text: "Maria Lopez's death shocked the town.",
      entities: [person('Maria Lopez')],
      expected: [
        {
          type: 'casualties',
          trigger: 'death',
          span: "Maria Lopez's death shocked the town",
          modality: 'happened',
          actors: [],
          targets: ['Maria Lopez'],
        },
      ],
    },
  ],
  [
    'the named person after "of" is the victim',
    {
      text: 'Police are investigating the death of Omar Haddad.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'casualties',
          trigger: 'death',
          span: 'Police are investigating the death of Omar Haddad',
          modality: 'happened',
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    'a time right after the noun dates it',
    {
      text: "Maria Lopez's death on Friday shocked the town.",
      entities: [person('Maria Lopez')],
      time: 'Friday',
      expected: [
        {
          type: 'casualties',
          trigger: 'death',
          span: "Maria Lopez's death on Friday shocked the town",
          modality: 'happened',
          targets: ['Maria Lopez'],
          time: 'Friday',
        },
      ],
    },
  ],
  [
    'negative: a time of the clause dates what is told of the death, not the death',
    {
      text: "In 2012, a judge convicted Omar Haddad in Maria Lopez's death.",
      entities: [person('Omar Haddad'), person('Maria Lopez')],
      time: '2012',
      expected: [
        {
          type: 'casualties',
          trigger: 'death',
          span: "a judge convicted Omar Haddad in Maria Lopez's death",
          modality: 'happened',
          targets: ['Maria Lopez'],
          time: null,
        },
      ],
    },
  ],
  [
    'an honorific between "of" and the name',
    {
      text: 'Police are investigating the death of Mrs Maria Lopez.',
      entities: [person('Maria Lopez')],
      expected: [
        {
          type: 'casualties',
          trigger: 'death',
          span: 'Police are investigating the death of Mrs Maria Lopez',
          modality: 'happened',
          targets: ['Maria Lopez'],
        },
      ],
    },
  ],
  [
    'a shooting death: one attack on the named person, not a shooting and a death',
    {
      text: "Omar Haddad's shooting death shocked the town.",
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'shooting death',
          span: "Omar Haddad's shooting death shocked the town",
          modality: 'happened',
          actors: [],
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  ['negative: shooting deaths of no one named', { text: 'Shooting deaths rose in the town.', expected: [] }],
  ['negative: no named person', { text: 'The death of a guard shocked the town.', expected: [] }],
  [
    'negative: a death sentence',
    { text: 'Omar Haddad was sentenced to death.', entities: [person('Omar Haddad')], expected: [] },
  ],
  [
    'negative: the death penalty',
    {
      text: "Prosecutors will seek the death penalty for Omar Haddad's death.",
      entities: [person('Omar Haddad')],
      expected: [],
    },
  ],
];

describe('named deaths', () => {
  eventRows(ROWS);
});
