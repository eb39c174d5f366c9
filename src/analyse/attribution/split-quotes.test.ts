import { describe, it } from 'vitest';
import { checkRow, person, type Row } from './test-attributions.js';

/** A quotation split by its speaker's words is one claim, its content running across them. */
const ROWS: readonly Row[] = [
  [
    'split by the source and cue: one claim of the whole quotation',
    '"What we owe the miners is honesty," Mr. Vance said, "and to say that the change is coming."',
    [person('Vance')],
    [
      {
        source: 'Mr. Vance',
        cue: 'said',
        content: 'What we owe the miners is honesty," Mr. Vance said, "and to say that the change is coming',
        stance: 'asserts',
        direct: true,
        mention: 'Vance',
      },
    ],
  ],
  [
    'a pronoun speaker splits it too',
    'Dana Pell spoke first. "Now that I am retired," she told the host, "the army can hear the truth."',
    [person('Dana Pell')],
    [
      {
        source: 'she',
        cue: 'told',
        content: 'Now that I am retired," she told the host, "the army can hear the truth',
        stance: 'asserts',
        direct: true,
        mention: 'Dana Pell',
      },
    ],
  ],
  [
    'negative: two sentences, the second quotation goes on from the first',
    '"We will not leave the town," Ahmed said. "This is our home and our land."',
    [person('Ahmed')],
    [
      {
        source: 'Ahmed',
        cue: 'said',
        content: 'We will not leave the town',
        stance: 'asserts',
        direct: true,
      },
      {
        source: 'Ahmed',
        cue: ['"', 3],
        content: 'This is our home and our land',
        stance: 'asserts',
        direct: true,
        mention: 'Ahmed',
      },
    ],
  ],
];

describe('joinSplitQuotes', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});
