import { describe, expect, it } from 'vitest';
import { checkRow, org, type Row } from './test-attributions.js';
import { at } from './test-layers.js';
import { unnamedAntecedent } from './unnamed-antecedent.js';

/** [name, pronoun, source phrase, whether the pronoun may stand for it]. */
const WORDS: readonly [string, string, string, boolean][] = [
  ['"they" for a plural head', 'they', 'Authorities', true],
  ['"they" for a listed plural', 'they', 'the police', true],
  ['"they" for the head before "of"', 'they', 'Relatives of the victim', true],
  ['"it" for a record, its author after "by"', 'it', 'A recent audit by the inspector general', true],
  ['"it" for a body', 'it', 'the ministry', true],
  ['negative: "they" for a singular head', 'they', 'a senior official', false],
  ['negative: "they" for a noun in "-ss"', 'they', 'the press', false],
  ['negative: "it" for a person', 'it', 'the inspector general', false],
  ['negative: "it" for a plural record', 'it', 'the reports', false],
  ['negative: "he" is left to the described-speaker rule', 'he', 'the spokesman', false],
];

/** A pronoun source after an unnamed source of its number stands for it, not for a name met in between. */
const ROWS: readonly Row[] = [
  [
    '"they" after "Authorities": not the organisation named in between',
    'Authorities say the fire began near a depot of the Harbour Board. They said the guard had left.',
    [org('Harbour Board')],
    [
      {
        source: 'Authorities',
        cue: 'say',
        content: 'the fire began near a depot of the Harbour Board',
        stance: 'asserts',
        mention: null,
      },
      { source: 'They', cue: 'said', content: 'the guard had left', stance: 'asserts', mention: null },
    ],
  ],
  [
    '"it" after an audit: not the unit its content names',
    'An audit by the auditor says the training lagged. Few officers in the Harbour Unit were trained, it states.',
    [org('Harbour Unit')],
    [
      {
        source: 'An audit by the auditor',
        cue: 'says',
        content: 'the training lagged',
        stance: 'asserts',
        mention: null,
      },
      {
        source: ['it', 4],
        cue: 'states',
        content: 'Few officers in the Harbour Unit were trained',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'negative: "it" after a named organisation source still resolves to it',
    'The Harbour Board said the pier was closed. It said repairs would take a week.',
    [org('The Harbour Board')],
    [
      {
        source: 'The Harbour Board',
        cue: 'said',
        content: 'the pier was closed',
        stance: 'asserts',
        mention: 'The Harbour Board',
      },
      {
        source: 'It',
        cue: ['said', 2],
        content: 'repairs would take a week',
        stance: 'asserts',
        mention: 'The Harbour Board',
      },
    ],
  ],
];

describe('unnamedAntecedent', () => {
  it.each(WORDS)('%s', (_name, pronoun, source, agrees) => {
    expect(unnamedAntecedent(source, pronoun, at(source, source))).toBe(agrees);
  });
  it.each([
    ['"it" for the author of a record named before it', 'An audit by the auditor general', true],
    ['negative: "it" for a person after a plain "by"', 'A speech by the auditor general', false],
  ] as const)('%s', (_name, text, agrees) => {
    expect(unnamedAntecedent(text, 'it', at(text, 'the auditor general'))).toBe(agrees);
  });
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
