import { describe } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/** Victims and places that are no actors or locations: a name before a killing, a bare participle, addressees. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'the name before a killing read as a noun is its victim, not its actor',
    {
      text: 'Anger grew after the Haddad killing.',
      entities: [person('Haddad')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'Anger grew after the Haddad killing',
          modality: 'happened',
          actors: [],
          targets: ['Haddad'],
        },
      ],
    },
  ],
  [
    'a participle that needs an object and has none is passive: its noun phrase is the victim',
    {
      text: 'The first Harbour Police officer killed on duty was buried.',
      entities: [g('Harbour Police')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'The first Harbour Police officer killed on duty was buried',
          modality: 'happened',
          actors: [],
          targets: ['Harbour Police'],
        },
      ],
    },
  ],
  [
    'a participle after "was found" is passive: its subject is the victim, not the attacker',
    {
      text: 'Omar Haddad was found stabbed in Tarsa.',
      entities: [person('Omar Haddad'), p('Tarsa')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Omar Haddad was found stabbed in Tarsa',
          modality: 'happened',
          actors: [],
          targets: ['Omar Haddad'],
          place: 'Tarsa',
        },
      ],
    },
  ],
  [
    'negative: "found" with no auxiliary before it is active; its subject stabbed',
    {
      text: 'Omar Haddad found the guard and stabbed him.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Omar Haddad found the guard and stabbed him',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
  [
    'an active participle with an object keeps its subject as actor',
    {
      text: 'Rebels killed two guards on Monday.',
      entities: [g('Rebels')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Rebels killed two guards on Monday',
          modality: 'happened',
          actors: ['Rebels'],
          targets: [],
        },
      ],
    },
  ],
  [
    'a preposition before the trigger governs no name after it: "charged with killing X", X is the victim',
    {
      text: 'Marek Olin is charged with killing Tomas Brel.',
      entities: [person('Marek Olin'), person('Tomas Brel')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killing',
          span: 'Marek Olin is charged with killing Tomas Brel',
          modality: 'happened',
          targets: ['Tomas Brel'],
        },
      ],
    },
  ],
  [
    '"X was dead": the subject is the victim',
    {
      text: 'Medics said Tomas Brel was dead.',
      entities: [person('Tomas Brel')],
      expected: [
        {
          type: 'casualties',
          trigger: 'dead',
          span: 'Tomas Brel was dead',
          modality: 'happened',
          actors: [],
          targets: ['Tomas Brel'],
        },
      ],
    },
  ],
  [
    'negative: "dead" with no form of "be" before it takes no subject',
    {
      text: 'Tomas Brel counted the dead.',
      entities: [person('Tomas Brel')],
      expected: [
        {
          type: 'casualties',
          trigger: 'dead',
          span: 'Tomas Brel counted the dead',
          modality: 'happened',
          actors: [],
          targets: [],
        },
      ],
    },
  ],
  [
    'a place told something stands for its government, not where the raid was',
    {
      text: 'Officials chose not to brief Tarsa ahead of the raid.',
      entities: [p('Tarsa')],
      expected: [
        {
          type: 'armed_clash',
          trigger: 'raid',
          span: 'Officials chose not to brief Tarsa ahead of the raid',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
  [
    'a place before "commandos" is their country, not where the killing was',
    {
      text: 'Tarsa commandos killed two smugglers.',
      entities: [p('Tarsa')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Tarsa commandos killed two smugglers',
          modality: 'happened',
          place: null,
        },
      ],
    },
  ],
];

describe('victims and addressees', () => eventRows(ROWS));
