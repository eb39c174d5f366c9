import { describe, it } from 'vitest';
import { checkRow, org, person, type Row } from './test-attributions.js';

/** Cues derived from annotated news, long subjects, inverted sources with a relative clause. */
const ROWS: readonly Row[] = [
  [
    'negative: a quotation opening the sentence keeps its inverted source',
    '"We will win," said the minister.',
    [],
    [
      {
        source: 'the minister',
        cue: 'said',
        content: 'We will win',
        stance: 'asserts',
        mention: null,
        direct: true,
      },
    ],
  ],
  [
    '"called" with no demanding word after it asserts',
    'Ban called the school shelling outrageous.',
    [],
    [
      {
        source: 'Ban',
        cue: 'called',
        content: 'the school shelling outrageous',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'negative: "called for" demands',
    'The UN called for a ceasefire.',
    [],
    [{ source: 'The UN', cue: 'called for', content: 'a ceasefire', stance: 'demands', mention: null }],
  ],
  [
    '"what X called": the source starts after "what"',
    'Protests spread over what critics said was a renewal of attacks.',
    [],
    [
      {
        source: 'critics',
        cue: 'said',
        content: 'was a renewal of attacks',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'negative: "claimed responsibility" is an act, not a claim; the report of it is',
    'The group claimed responsibility for the blast, police said.',
    [],
    [
      {
        source: 'police',
        cue: 'said',
        content: 'The group claimed responsibility for the blast',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    '"according to" a source a participle qualifies: the source runs to the clause end, no entity for places in it',
    'Troops took half of the city, according to statements released in Syria and Russia.',
    [
      { text: 'Syria', type: 'place' },
      { text: 'Russia', type: 'place' },
    ],
    [
      {
        source: 'statements released in Syria and Russia',
        cue: 'according to',
        content: 'Troops took half of the city',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    '"according to X published by Y": Y stands for the source',
    'According to figures published by the UN on Friday, 20,000 people fled.',
    [org('UN')],
    [
      {
        source: 'figures published by the UN on Friday',
        cue: 'According to',
        content: '20,000 people fled',
        stance: 'asserts',
        mention: 'UN',
      },
    ],
  ],
  [
    'negative: a plain "according to" source keeps its phrase',
    'Troops advanced, according to a report by the Observatory.',
    [org('Observatory')],
    [
      {
        source: 'a report by the Observatory',
        cue: 'according to',
        content: 'Troops advanced',
        stance: 'asserts',
        mention: 'Observatory',
      },
    ],
  ],
  [
    'a hyphen inside a word does not end a bare object: "accused the US-led coalition of …"',
    'A spokesman accused the US-led coalition of killing 60 civilians.',
    [],
    [
      {
        source: 'A spokesman',
        cue: 'accused',
        content: 'the US-led coalition of killing 60 civilians',
        stance: 'accuses',
        mention: null,
      },
    ],
  ],
  [
    'negative: a spaced dash ends it',
    'The army denied the claims - a day after the raid.',
    [],
    [{ source: 'The army', cue: 'denied', content: 'the claims', stance: 'denies', mention: null }],
  ],
  [
    'a derived cue: "X noted that Y"',
    'The mayor noted that the bridge had reopened.',
    [],
    [
      {
        source: 'The mayor',
        cue: 'noted',
        content: 'the bridge had reopened',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'a derived demand cue asserts before a clause: "X insisted that Y"',
    'The minister insisted that no civilians were hurt.',
    [],
    [
      {
        source: 'The minister',
        cue: 'insisted',
        content: 'no civilians were hurt',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'a long apposition is all source: "X, director of Y, said Z"',
    'Jane Roe, director of the institute at the city law school, said the claims were false.',
    [person('Jane Roe')],
    [
      {
        source: 'Jane Roe, director of the institute at the city law school',
        cue: 'said',
        content: 'the claims were false',
        stance: 'asserts',
        mention: 'Jane Roe',
      },
    ],
  ],
  [
    'an interrupting clause is not source: "X, speaking to Y, said Z"',
    'The governor, speaking to reporters in the capital, said the road was open.',
    [person('The governor')],
    [
      {
        source: 'The governor',
        cue: 'said',
        content: 'the road was open',
        stance: 'asserts',
        mention: 'The governor',
      },
    ],
  ],
  [
    'inverted source with a relative clause: "“Y,” said X, who …"',
    '“We need the money to go on,” said the council, which met on Monday.',
    [org('the council')],
    [
      {
        source: 'the council',
        cue: 'said',
        content: 'We need the money to go on',
        stance: 'asserts',
        direct: true,
        mention: 'the council',
      },
    ],
  ],
  [
    'inverted source with a relative clause of two verbs: the clause is not the content',
    'The ferries stopped at noon, said Ana Ruiz, who works at the pier and is president of the union.',
    [person('Ana Ruiz')],
    [
      {
        source: 'Ana Ruiz',
        cue: 'said',
        content: 'The ferries stopped at noon',
        stance: 'asserts',
        mention: 'Ana Ruiz',
      },
    ],
  ],
  [
    'a dateline opening the content is left out of it',
    'PORT LOUIS, Mauritius (AP) — The dam burst after the storm, engineers said Friday.',
    [],
    [{ source: 'engineers', cue: 'said', content: 'The dam burst after the storm', stance: 'asserts' }],
  ],
  [
    'an accusation in a reduced relative clause: the name accuses, the charge ends at the main verb',
    'Relatives of the two men Ruritania has accused of starting the fire insisted they were innocent.',
    [{ text: 'Ruritania', type: 'place' }],
    [
      {
        source: 'Ruritania',
        cue: 'accused',
        content: 'starting the fire',
        stance: 'accuses',
        mention: 'Ruritania',
      },
    ],
  ],
  ['negative: a prepositional phrase is not a subject', 'Tickets for the show sold out.', [], []],
  ['negative: a derived cue read as a noun', 'Nearly 200 people fled, by UN estimates.', [], []],
];

describe('attributionStage: cue lexicon and source extents', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
