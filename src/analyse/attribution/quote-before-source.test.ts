import { describe, it } from 'vitest';
import { checkRow, person, type Row } from './test-attributions.js';

/** '"…," X said <when and how>': the quotation opening the sentence is the content (read-reporting-cue.ts). */
const ROWS: readonly Row[] = [
  [
    'a long circumstance after the cue is no content',
    '"The bridge will hold," the engineer said during a long press conference held after the close of the inquiry.',
    [],
    [
      {
        source: 'the engineer',
        cue: 'said',
        content: 'The bridge will hold',
        stance: 'asserts',
        direct: true,
      },
    ],
  ],
  [
    'a manner phrase after the cue',
    '"We will stay," Lena Ortiz said to cheers on Thursday night.',
    [person('Lena Ortiz')],
    [
      {
        source: 'Lena Ortiz',
        cue: 'said',
        content: 'We will stay',
        stance: 'asserts',
        direct: true,
        mention: 'Lena Ortiz',
      },
    ],
  ],
  [
    'a quotation of two sentences before the source',
    '"The port is open. Ships can dock again at dawn," the harbour master said during a long briefing held after the storm had passed.',
    [],
    [
      {
        source: 'the harbour master',
        cue: 'said',
        content: 'The port is open. Ships can dock again at dawn',
        stance: 'asserts',
        direct: true,
      },
    ],
  ],
  [
    'negative: a quoted phrase inside the sentence is no content of the cue',
    'Under the "open door," the minister said the border would stay open.',
    [],
    [{ source: 'the minister', cue: 'said', content: 'the border would stay open', stance: 'asserts' }],
  ],
  [
    'negative: a that-clause after the cue is still its content',
    '"The talks failed," the envoy said that the ceasefire was over.',
    [],
    [{ source: 'the envoy', cue: 'said', content: 'the ceasefire was over', stance: 'asserts' }],
  ],
  [
    'negative: a clause before the source that is no quotation stays out',
    'Despite the rain, officials said the bridge would open.',
    [],
    [{ source: 'officials', cue: 'said', content: 'the bridge would open', stance: 'asserts' }],
  ],
];

describe('a quotation before the source and cue', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});
