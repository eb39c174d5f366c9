import { describe, it } from 'vitest';
import { checkRow, group, type Row } from './test-attributions.js';

const ROWS: readonly Row[] = [
  [
    'a claim inside a relative clause ends at the comma closing it',
    'The bridge, which officials said was safe, collapsed on Monday.',
    [group('officials')],
    [{ source: 'officials', cue: 'said', content: 'was safe', stance: 'asserts', mention: 'officials' }],
  ],
  [
    '"who" opens it too, and a perfect cue',
    'The minister, who aides had said was exhausted, cancelled the trip.',
    [group('aides')],
    [{ source: 'aides', cue: 'said', content: 'was exhausted', stance: 'asserts', mention: 'aides' }],
  ],
  [
    'a comma inside a number does not close it',
    'The march, which organisers said drew 1,000 people, ended at noon.',
    [group('organisers')],
    [
      {
        source: 'organisers',
        cue: 'said',
        content: 'drew 1,000 people',
        stance: 'asserts',
        mention: 'organisers',
      },
    ],
  ],
  [
    'negative: a relative clause the sentence ends with keeps its content',
    'They crossed the bridge, which officials said was safe.',
    [group('officials')],
    [{ source: 'officials', cue: 'said', content: 'was safe', stance: 'asserts', mention: 'officials' }],
  ],
  [
    'negative: a source not opened by a relative pronoun keeps the content past a comma',
    'Officials said the bridge was safe, though it later collapsed.',
    [group('Officials')],
    [
      {
        source: 'Officials',
        cue: 'said',
        content: 'the bridge was safe, though it later collapsed',
        stance: 'asserts',
        mention: 'Officials',
      },
    ],
  ],
];

describe('attributionStage: a claim told inside a relative clause', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
