import { describe, expect, it } from 'vitest';
import { eventRows, g, p, type Row } from './event-table.js';
import { modifierGroupKey } from './modifier-group.js';

const o = (text: string) => ({ text, type: 'organization' as const });

/** Who caused a casualty: the actors of the attack a causal phrase after the trigger names, or its subject. */
const CAUSES: readonly (readonly [string, Row])[] = [
  [
    'a possessor of the attack noun in "killed in …" is the killer',
    {
      text: "Around 310 civilians have been killed in the government's assault on east Aleppo.",
      entities: [o('the government'), p('Aleppo')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: "Around 310 civilians have been killed in the government's assault on east Aleppo",
          modality: 'happened',
          actors: ['the government'],
        },
        {
          type: 'armed_clash',
          trigger: 'assault',
          span: "Around 310 civilians have been killed in the government's assault on east Aleppo",
          modality: 'happened',
          actors: ['the government'],
        },
      ],
    },
  ],
  [
    'a modifier naming a group mentioned elsewhere in the document ("rebel fire") gives that mention',
    {
      text: 'Rebels hold the west. At least 69 civilians have been killed by rebel fire.',
      entities: [g('Rebels')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'At least 69 civilians have been killed by rebel fire',
          modality: 'happened',
          actors: ['Rebels'],
        },
        {
          type: 'shelling',
          trigger: 'rebel fire',
          span: 'At least 69 civilians have been killed by rebel fire',
          modality: 'happened',
          actors: ['Rebels'],
        },
      ],
    },
  ],
  [
    'an undergoer verb ("died"): the modifier\'s group through a lexicon key, the subject no actor',
    {
      text: 'Government forces shelled the town. Twelve people died in regime shelling of Douma.',
      entities: [g('Government forces'), p('Douma')],
      expected: [
        {
          type: 'shelling',
          trigger: 'shelled',
          span: 'Government forces shelled the town',
          modality: 'happened',
          actors: ['Government forces'],
        },
        {
          type: 'casualties',
          trigger: 'died',
          span: 'Twelve people died in regime shelling of Douma',
          modality: 'happened',
          actors: ['Government forces'],
        },
        {
          type: 'shelling',
          trigger: 'shelling',
          span: 'Twelve people died in regime shelling of Douma',
          modality: 'happened',
          actors: ['Government forces'],
          place: 'Douma',
        },
      ],
    },
  ],
  [
    'a cause noun that is no trigger ("attack") with an entity modifier',
    {
      text: 'Six people were killed in an ISIS attack on a checkpoint.',
      entities: [g('ISIS')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Six people were killed in an ISIS attack on a checkpoint',
          modality: 'happened',
          actors: ['ISIS'],
        },
      ],
    },
  ],
  [
    'an attack noun subject of an active casualty verb ("air strikes by X have killed")',
    {
      text: 'Air strikes by the coalition have killed ten people.',
      entities: [g('the coalition')],
      expected: [
        {
          type: 'air_strike',
          trigger: 'Air strikes',
          span: 'Air strikes by the coalition have killed ten people',
          modality: 'happened',
          actors: ['the coalition'],
        },
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Air strikes by the coalition have killed ten people',
          modality: 'happened',
          actors: ['the coalition'],
        },
      ],
    },
  ],
  [
    'an undergoer\'s subject is its target, not its actor ("Three Hezbollah fighters died")',
    {
      text: 'Three Hezbollah fighters died in clashes near Qusayr.',
      entities: [g('Hezbollah'), p('Qusayr')],
      expected: [
        {
          type: 'casualties',
          trigger: 'died',
          span: 'Three Hezbollah fighters died in clashes near Qusayr',
          modality: 'happened',
          actors: [],
          targets: ['Hezbollah'],
        },
        {
          type: 'armed_clash',
          trigger: 'clashes',
          span: 'Three Hezbollah fighters died in clashes near Qusayr',
          modality: 'happened',
          actors: [],
        },
      ],
    },
  ],
  [
    'negative: a nationality modifier names no actor ("Russian air strikes")',
    {
      text: 'Five people were killed in Russian air strikes on Idlib.',
      entities: [p('Idlib')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Five people were killed in Russian air strikes on Idlib',
          modality: 'happened',
          actors: [],
        },
        {
          type: 'air_strike',
          trigger: 'air strikes',
          span: 'Five people were killed in Russian air strikes on Idlib',
          modality: 'happened',
          actors: [],
        },
      ],
    },
  ],
  [
    'negative: a group modifier with no mention of the group in the document gives no actor',
    {
      text: 'Rebel shelling killed four people.',
      expected: [
        {
          type: 'shelling',
          trigger: 'shelling',
          span: 'Rebel shelling killed four people',
          modality: 'happened',
          actors: [],
        },
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'Rebel shelling killed four people',
          modality: 'happened',
          actors: [],
        },
      ],
    },
  ],
  [
    'negative: "killed in an accident" names no attack',
    {
      text: 'The army said seven people were killed in an accident near Homs.',
      entities: [g('The army'), p('Homs')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'seven people were killed in an accident near Homs',
          modality: 'happened',
          actors: [],
        },
      ],
    },
  ],
  [
    'negative: "killed in the capital" names a place, not a cause',
    {
      text: 'Rebels said three men were killed in the capital, Damascus.',
      entities: [g('Rebels'), p('Damascus')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: 'three men were killed in the capital',
          modality: 'happened',
          actors: [],
        },
      ],
    },
  ],
  [
    'negative: a cause noun with no actor in its phrase ("killed in a fire") gives none, not the claimant',
    {
      text: 'Rebels said 20 people were killed in a fire at a market.',
      entities: [g('Rebels')],
      expected: [
        {
          type: 'casualties',
          trigger: 'killed',
          span: '20 people were killed in a fire at a market',
          modality: 'happened',
          actors: [],
        },
      ],
    },
  ],
];

describe('causal actors', () => {
  eventRows(CAUSES);
});

describe('modifierGroupKey', () => {
  it.each([
    ['rebel', 'rebels'],
    ['regime', 'government forces'],
    ['militant', 'militants'],
    ['Russian', null],
    ['kurdish', null],
    ['the', null],
    ['accident', null],
  ] as const)('%s → %s', (word, key) => {
    expect(modifierGroupKey(word)).toBe(key);
  });
});
