import { describe, expect, it } from 'vitest';
import { spanText } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { AttributionDraft } from './attribution-draft.js';
import { withClausalContents } from './clausal-content.js';
import { checkRow, org, type Row, taggedLayers } from './test-attributions.js';
import { at } from './test-layers.js';

/** A draft over `text`: source, cue and content as [string, occurrence] of it. */
const draft = (
  text: string,
  cue: string,
  content: readonly [string, number],
  stance: Stance,
  rule = 'tagger',
): AttributionDraft => ({
  sentence: 0,
  source: null,
  head: null,
  cue: at(text, cue),
  content: at(text, content[0], content[1]),
  stance,
  direct: false,
  hedgedCue: false,
  inheritsSource: false,
  rule,
  confidence: 0.7,
});

const contents = (text: string, drafts: readonly AttributionDraft[]): string[] => {
  const { sentences, tokens } = taggedLayers(text, []);
  return withClausalContents(text, drafts, sentences, () => tokens).map((d) => spanText(text, d.content));
};

describe('withClausalContents: "which" as a whole content', () => {
  it.each([
    [
      'a denial of the clause before the comma',
      'Troops shelled the market on Sunday, which the army denied.',
      [
        draft(
          'Troops shelled the market on Sunday, which the army denied.',
          'denied',
          ['which', 1],
          'denies',
        ),
      ],
      ['Troops shelled the market on Sunday'],
    ],
    [
      'a confirmation likewise',
      'The dam was breached, which the operator later confirmed.',
      [
        draft(
          'The dam was breached, which the operator later confirmed.',
          'confirmed',
          ['which', 1],
          'confirms',
        ),
      ],
      ['The dam was breached'],
    ],
    [
      'a claim running into the relative clause: both contents are the clause, the first ends at the comma',
      'The rebels said they shot down a helicopter, which the ministry denied.',
      [
        draft(
          'The rebels said they shot down a helicopter, which the ministry denied.',
          'said',
          ['they shot down a helicopter, which the ministry denied', 1],
          'asserts',
          'source-cue',
        ),
        draft(
          'The rebels said they shot down a helicopter, which the ministry denied.',
          'denied',
          ['which', 1],
          'denies',
        ),
      ],
      ['they shot down a helicopter', 'they shot down a helicopter'],
    ],
    [
      'a claim ending at the comma: its content, not the sentence',
      'Many suspect the port was mined, which the navy denies.',
      [
        draft(
          'Many suspect the port was mined, which the navy denies.',
          'suspect',
          ['the port was mined', 1],
          'asserts',
        ),
        draft('Many suspect the port was mined, which the navy denies.', 'denies', ['which', 1], 'denies'),
      ],
      ['the port was mined', 'the port was mined'],
    ],
    [
      'another stance: the noun phrase before the comma',
      'They toured the old museum, which the guide described.',
      [draft('They toured the old museum, which the guide described.', 'described', ['which', 1], 'asserts')],
      ['the old museum'],
    ],
    [
      'no comma before "which": left as it is',
      'The army took the village, a claim which the militants denied.',
      [
        draft(
          'The army took the village, a claim which the militants denied.',
          'denied',
          ['which', 1],
          'denies',
        ),
      ],
      ['which'],
    ],
    [
      'a sentence opening with "which": nothing before it',
      'Which the ministry denied is unclear.',
      [draft('Which the ministry denied is unclear.', 'denied', ['Which', 1], 'denies')],
      ['Which'],
    ],
    [
      'a content that only starts with "which" is no relative content',
      'He named the town, which officials say is safe.',
      [
        draft(
          'He named the town, which officials say is safe.',
          'say',
          ['which officials say is safe', 1],
          'denies',
        ),
      ],
      ['which officials say is safe'],
    ],
  ] as const)('%s', (_, text, drafts, expected) => {
    expect(contents(text, drafts)).toEqual(expected);
  });
});

const ROWS: readonly Row[] = [
  [
    'the stage: a denial after "which" denies the clause before it',
    'Troops shelled the market on Sunday, which the army denied.',
    [org('the army')],
    [{ source: 'the army', cue: 'denied', content: 'Troops shelled the market on Sunday', stance: 'denies' }],
  ],
  [
    'the stage: a claim running into the relative clause ends at the comma; the denial answers it',
    'Witnesses said soldiers fired on the crowd, which the government has denied.',
    [org('the government')],
    [
      { source: 'Witnesses', cue: 'said', content: 'soldiers fired on the crowd', stance: 'asserts' },
      {
        source: 'the government',
        cue: 'denied',
        content: 'soldiers fired on the crowd',
        stance: 'denies',
        refersTo: 0,
      },
    ],
  ],
  [
    'the stage: a confirmation after "which" confirms the reported clause',
    'Police reported that the vault was empty, which the bank later confirmed.',
    [org('the bank')],
    [
      { source: 'Police', cue: 'reported', content: 'the vault was empty', stance: 'asserts' },
      {
        source: 'the bank',
        cue: 'confirmed',
        content: 'the vault was empty',
        stance: 'confirms',
        refersTo: 0,
      },
    ],
  ],
  ['the stage: no comma before "which", no claim read', 'It was a claim which the militants denied.', [], []],
];

describe('clausal relative contents (stage, tagged tokens)', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});
