import { describe, it } from 'vitest';
import { checkRow, group, org, person, type Row } from './test-attributions.js';

/** Pronoun sources, stances, answers to earlier claims, hedges and quotes without a cue. */
const ROWS: readonly Row[] = [
  [
    'apposition: the head names the source',
    'Moscow, a key regime ally, has proposed a truce but said approval remained essential.',
    [{ text: 'Moscow', type: 'place' }],
    [
      {
        source: 'Moscow, a key regime ally',
        cue: 'proposed',
        content: 'a truce',
        stance: 'proposes',
        mention: 'Moscow',
      },
      {
        source: 'Moscow, a key regime ally',
        cue: 'said',
        content: 'approval remained essential',
        stance: 'asserts',
        mention: 'Moscow',
      },
    ],
  ],
  [
    '"it says" resolves to the earlier organization source',
    'Around 310 civilians died, according to the Observatory. At least 69 were killed, it says.',
    [org('Observatory')],
    [
      {
        source: 'the Observatory',
        cue: 'according to',
        content: 'Around 310 civilians died',
        stance: 'asserts',
        mention: 'Observatory',
      },
      {
        source: 'it',
        cue: 'says',
        content: 'At least 69 were killed',
        stance: 'asserts',
        mention: 'Observatory',
      },
    ],
  ],
  [
    '"he said" resolves to a person, skipping an organization',
    'General Salman said the army advanced. The ministry agreed. He said it was determined.',
    [person('General Salman'), org('The ministry')],
    [
      {
        source: 'General Salman',
        cue: 'said',
        content: 'the army advanced',
        stance: 'asserts',
        mention: 'General Salman',
      },
      {
        source: 'He',
        cue: ['said', 2],
        content: 'it was determined',
        stance: 'asserts',
        mention: 'General Salman',
      },
    ],
  ],
  [
    '"they say" resolves to a group',
    'Rebels say they were betrayed. While some got support, they say backers failed them.',
    [group('Rebels')],
    [
      { source: 'Rebels', cue: 'say', content: 'they were betrayed', stance: 'asserts', mention: 'Rebels' },
      {
        source: ['they', 2],
        cue: ['say', 2],
        content: 'backers failed them',
        stance: 'asserts',
        mention: 'Rebels',
      },
    ],
  ],
  [
    'a denial and a confirmation answer the earlier claim',
    'Syrian state TV said the army has seized al-Sakhour. Rebels denied the claims, but the Observatory ' +
      'confirmed that government forces have seized the district.',
    [org('Syrian state TV'), group('Rebels'), org('Observatory')],
    [
      {
        source: 'Syrian state TV',
        cue: 'said',
        content: 'the army has seized al-Sakhour',
        stance: 'asserts',
        refersTo: null,
      },
      {
        source: 'Rebels',
        cue: 'denied',
        content: 'the claims',
        stance: 'denies',
        mention: 'Rebels',
        refersTo: 0,
        hedges: [],
      },
      {
        source: 'the Observatory',
        cue: 'confirmed',
        content: 'government forces have seized the district',
        stance: 'confirms',
        refersTo: 0,
      },
    ],
  ],
  [
    'a confirmation of something else answers nothing',
    'The army said it seized the hill. The UN confirmed that aid convoys arrived.',
    [],
    [
      { source: 'The army', cue: 'said', content: 'it seized the hill', stance: 'asserts' },
      {
        source: 'The UN',
        cue: 'confirmed',
        content: 'aid convoys arrived',
        stance: 'confirms',
        refersTo: null,
      },
    ],
  ],
  [
    'hedges: a hedging cue and "reportedly"',
    'Rebels claimed the army had withdrawn. The army reportedly said it had withdrawn.',
    [],
    [
      {
        source: 'Rebels',
        cue: 'claimed',
        content: 'the army had withdrawn',
        stance: 'asserts',
        hedges: ['claimed'],
      },
      {
        source: 'The army',
        cue: 'said',
        content: ['it had withdrawn', 1],
        stance: 'asserts',
        hedges: ['reportedly'],
      },
    ],
  ],
  [
    'accuses, warns, demands, hopes, announces',
    'Damascus accused rebels of using shields. The UN warned that fighting could resume. ' +
      'The opposition called for a ceasefire. He hoped talks would work. Russia announced a pause.',
    [],
    [
      { source: 'Damascus', cue: 'accused', content: 'rebels of using shields', stance: 'accuses' },
      { source: 'The UN', cue: 'warned', content: 'fighting could resume', stance: 'warns' },
      { source: 'The opposition', cue: 'called for', content: 'a ceasefire', stance: 'demands' },
      { source: 'He', cue: 'hoped', content: 'talks would work', stance: 'hopes' },
      { source: 'Russia', cue: 'announced', content: 'a pause', stance: 'announces' },
    ],
  ],
  [
    'a quote no cue reaches right after a quotation continues it: the same source',
    'Smith said: "The siege is tight."\n\n"We are running out of food and water."',
    [person('Smith')],
    [
      {
        source: 'Smith',
        cue: 'said',
        content: 'The siege is tight',
        stance: 'asserts',
        direct: true,
        mention: 'Smith',
      },
      {
        source: 'Smith',
        cue: ['"', 3],
        content: 'We are running out of food and water',
        stance: 'asserts',
        direct: true,
        mention: 'Smith',
      },
    ],
  ],
  [
    'a quote no cue reaches and nobody spoke before: source null',
    '"We are running out of food and water."\n\nThe city is quiet.',
    [],
    [
      {
        source: null,
        cue: '"',
        content: 'We are running out of food and water',
        stance: 'asserts',
        direct: true,
        mention: null,
      },
    ],
  ],
];

describe('attributionStage: resolution and stance', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected));
});

/** Relative pronoun sources (POS-tagged tokens: the tagger reads "who" as the source). */
const RELATIVE: readonly Row[] = [
  [
    '"X, who said": the name before the relative pronoun speaks',
    'Residents cheered Mayor Ann Lee, who said that the town would recover.',
    [person('Ann Lee')],
    [
      {
        source: 'who',
        cue: 'said',
        content: 'the town would recover',
        stance: 'asserts',
        mention: 'Ann Lee',
      },
    ],
  ],
  [
    '"X, which said": an organisation before it',
    'The figures came from the Red Cross, which said that the camp was full.',
    [org('Red Cross')],
    [{ source: 'which', cue: 'said', content: 'the camp was full', stance: 'asserts', mention: 'Red Cross' }],
  ],
  [
    'negative: a description between the name and "who" stands for the pronoun, not the name',
    'Ann Lee thanked her husband, who said that the town would recover.',
    [person('Ann Lee')],
    [
      { source: 'Ann Lee', cue: 'thanked', content: 'her husband', stance: 'asserts', mention: 'Ann Lee' },
      {
        source: 'her husband',
        cue: 'said',
        content: 'the town would recover',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
];

/** A relative pronoun with no name right before it, and sources with time words around them. */
const UNNAMED_AND_TIMED: readonly Row[] = [
  [
    'a live blog stamp is not part of the source',
    'Latest updates:\n\n12:01 P.M. Prime Minister Ann Lee said the town would recover.',
    [person('Ann Lee')],
    [
      {
        source: 'Prime Minister Ann Lee',
        cue: 'said',
        content: 'the town would recover',
        stance: 'asserts',
        mention: 'Ann Lee',
      },
    ],
  ],
  [
    'a day after the source is not part of it',
    'The Red Cross on Tuesday said the camp was full.',
    [org('Red Cross')],
    [
      {
        source: 'The Red Cross',
        cue: 'said',
        content: 'the camp was full',
        stance: 'asserts',
        mention: 'Red Cross',
      },
    ],
  ],
];

describe('attributionStage: relative pronouns and time words around sources', () => {
  it.each(RELATIVE)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
  it.each(UNNAMED_AND_TIMED)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected));
});
