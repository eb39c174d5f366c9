import { describe, it } from 'vitest';
import { checkRow, type Row } from './test-attributions.js';

/** A participle between a determiner, number or possessive and a noun describes it: no cue. */
const ROWS: readonly Row[] = [
  [
    'a number before "alleged" and a noun after: no cue',
    'These two alleged smugglers showed no sign of illness, the nurses found.',
    [],
    [
      {
        source: 'the nurses',
        cue: 'found',
        content: 'These two alleged smugglers showed no sign of illness',
        stance: 'asserts',
      },
    ],
  ],
  ['"the reported raid": no cue', 'The reported raid destroyed three houses.', [], []],
  [
    'negative: a subject before "alleged" keeps the cue',
    'The opposition alleged fraud in the count.',
    [],
    [{ source: 'The opposition', cue: 'alleged', content: 'fraud in the count', stance: 'asserts' }],
  ],
];

describe('matchCues: attributive participles', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
