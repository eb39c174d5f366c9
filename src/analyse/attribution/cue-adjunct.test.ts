import { describe, it } from 'vitest';
import { checkRow, type Row } from './test-attributions.js';

const row = (name: string, text: string, cue: string, content: string, direct = false): Row => [
  name,
  text,
  [],
  [{ source: 'The minister', cue, content, stance: 'asserts', direct }],
];

/** A time or an addressee between a cue and its content is neither content nor a block to it. */
const ROWS: readonly Row[] = [
  row(
    '"said that night to reporters that": a time, then an addressee',
    'The minister said that night to reporters that the talks had failed.',
    'said',
    'the talks had failed',
  ),
  row(
    '"told reporters on Monday that"',
    'The minister told reporters on Monday that the talks had failed.',
    'told',
    'the talks had failed',
  ),
  row(
    '"said late Tuesday that"',
    'The minister said late Tuesday that the talks had failed.',
    'said',
    'the talks had failed',
  ),
  row(
    '"told reporters that night that": the first "that" opens a time',
    'The minister told reporters that night that the talks had failed.',
    'told',
    'the talks had failed',
  ),
  row(
    '"said late that night that"',
    'The minister said late that night that the talks had failed.',
    'said',
    'the talks had failed',
  ),
  row(
    '"said last week that"',
    'The minister said last week that the talks had failed.',
    'said',
    'the talks had failed',
  ),
  row(
    '"said last week" before a bare clause',
    'The minister said last week the talks had failed.',
    'said',
    'the talks had failed',
  ),
  row(
    '"said the same day that"',
    'The minister said the same day that the talks had failed.',
    'said',
    'the talks had failed',
  ),
  row(
    '"said to reporters:" before a quotation',
    'The minister said to reporters: "We are leaving the talks."',
    'said',
    'We are leaving the talks',
    true,
  ),
  row(
    'negative: "said that night fell": "that" opens the content',
    'The minister said that night fell quickly over the town.',
    'said',
    'night fell quickly over the town',
  ),
  row(
    'negative: "said this week was": the time is the subject of the content',
    'The minister said this week was critical for the talks.',
    'said',
    'this week was critical for the talks',
  ),
  row(
    'negative: "said the day was": "the day" alone is no time here',
    'The minister said the day was calm in the capital.',
    'said',
    'the day was calm in the capital',
  ),
  row(
    'negative: "said that time was": no marker after the time',
    'The minister said that time was running out for the talks.',
    'said',
    'time was running out for the talks',
  ),
  [
    'a time closing the sentence is no content: the clause before the source is',
    'Exports fell sharply in the spring, a ministry report said last year.',
    [],
    [
      {
        source: 'a ministry report',
        cue: 'said',
        content: 'Exports fell sharply in the spring',
        stance: 'asserts',
      },
    ],
  ],
  [
    'a lone "otherwise" reports nothing: no claim',
    'The governor said the road was open, but the villagers say otherwise.',
    [],
    [{ source: 'The governor', cue: 'said', content: 'the road was open', stance: 'asserts' }],
  ],
  row(
    'negative: "said last week the" still opens the content after the time',
    'The minister said last week the talks had failed.',
    'said',
    'the talks had failed',
  ),
];

describe('pastCueAdjuncts: times and addressees between a cue and its content', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
