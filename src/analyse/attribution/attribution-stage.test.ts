import { describe, expect, it } from 'vitest';
import { checkRow, org, person, type Row, runAttributions } from './test-attributions.js';
import { at } from './test-layers.js';

/** Source, cue and content patterns, and what is not an attribution. */
const ROWS: readonly Row[] = [
  [
    'X said that Y',
    'Officials said that the town fell.',
    [],
    [{ source: 'Officials', cue: 'said', content: 'the town fell', stance: 'asserts', mention: null }],
  ],
  [
    'Y, X said',
    'Overnight, troops seized the town, the Syrian Observatory for Human Rights said.',
    [org('Syrian Observatory for Human Rights')],
    [
      {
        source: 'the Syrian Observatory for Human Rights',
        cue: 'said',
        content: 'Overnight, troops seized the town',
        stance: 'asserts',
        mention: 'Syrian Observatory for Human Rights',
      },
    ],
  ],
  [
    'Y, said X',
    'Troops seized the town, said the governor.',
    [person('the governor')],
    [
      {
        source: 'the governor',
        cue: 'said',
        content: 'Troops seized the town',
        stance: 'asserts',
        mention: 'the governor',
      },
    ],
  ],
  [
    'Y, according to X',
    'Nearly 200 people fled, according to UN estimates.',
    [org('UN')],
    [
      {
        source: 'UN estimates',
        cue: 'according to',
        content: 'Nearly 200 people fled',
        stance: 'asserts',
        mention: 'UN',
      },
    ],
  ],
  [
    'According to X, Y',
    'According to the army, rebels withdrew from the hill.',
    [],
    [
      {
        source: 'the army',
        cue: 'According to',
        content: 'rebels withdrew from the hill',
        stance: 'asserts',
      },
    ],
  ],
  [
    'X told Reuters: "…" (runs over two sentences)',
    'Mohammad Sandeh told Reuters: "They are leaving now. There is fear."',
    [person('Mohammad Sandeh'), org('Reuters')],
    [
      {
        source: 'Mohammad Sandeh',
        cue: 'told',
        content: 'They are leaving now. There is fear',
        stance: 'asserts',
        direct: true,
        mention: 'Mohammad Sandeh',
      },
    ],
  ],
  [
    'X told AFP that …',
    'The commander told AFP that the road was open.',
    [],
    [{ source: 'The commander', cue: 'told', content: 'the road was open', stance: 'asserts' }],
  ],
  [
    'X said in a statement that …',
    'The ministry said in a statement that aid had arrived.',
    [org('The ministry')],
    [
      {
        source: 'The ministry',
        cue: 'said',
        content: 'aid had arrived',
        stance: 'asserts',
        mention: 'The ministry',
      },
    ],
  ],
  [
    '"…," the envoy said',
    '"We will not leave," the envoy said.',
    [person('the envoy')],
    [
      {
        source: 'the envoy',
        cue: 'said',
        content: 'We will not leave',
        stance: 'asserts',
        direct: true,
        mention: 'the envoy',
      },
    ],
  ],
  [
    'a quote opened in one paragraph and closed in a later one',
    'Smith said: "The siege is tight.\n\nWe need a corridor now," he added.',
    [person('Smith')],
    [
      {
        source: 'Smith',
        cue: 'said',
        content: 'The siege is tight.\n\nWe need a corridor now',
        stance: 'asserts',
        direct: true,
        mention: 'Smith',
      },
      {
        source: ['he', 2],
        cue: 'added',
        content: 'The siege is tight.\n\nWe need a corridor now',
        stance: 'asserts',
        direct: true,
        mention: 'Smith',
      },
    ],
  ],
  // Not "signed": PolNeAR annotates signing a letter or a pledge as attribution, so "signed" is a derived cue.
  ['negative: "the said document"', 'He filed the said document.', [], []],
  ['negative: "the said document" after another verb', 'He burned the said document.', [], []],
  ['negative: "according to plan"', 'The army is advancing bit by bit according to plan.', [], []],
  ['negative: passive "were reported killed"', 'Five people were reported killed on Friday.', [], []],
  ['negative: a quoted phrase, not a statement', 'The city could become "a giant graveyard."', [], []],
  ['negative: "to say" inside a clause has no source', 'It is too early to say what happened.', [], []],
  ['negative: a cue without content', 'A charge they have previously denied.', [], []],
];

describe('attributionStage: patterns', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected));

  it('gives every attribution evidence from this stage', () => {
    const text = 'Officials said that the town fell.';
    const [a] = runAttributions(text, []);
    expect(a!.evidence).toEqual({
      documentId: 'doc',
      span: at(text, 'Officials said that the town fell'),
      producer: 'analyse.attribution@16',
      rule: 'source-cue',
      confidence: 0.9,
    });
    expect(a!.id).toBe('doc:at1');
  });
});
