import { describe, it } from 'vitest';
import { checkRow, person, type Row } from './test-attributions.js';

const uncued = (nth: number, content: string, mention: string | null) =>
  ({ source: null, cue: ['"', nth], content, stance: 'asserts', direct: true, mention }) as const;

/** A quotation no cue reaches is spoken by the speaker told right before it, quoted or not. */
const ROWS: readonly Row[] = [
  [
    'after a claim told in the sentence before: its speaker',
    'Smith said the town would not fall. "Our soldiers have held it for three weeks."',
    [person('Smith')],
    [
      { source: 'Smith', cue: 'said', content: 'the town would not fall', stance: 'asserts' },
      uncued(1, 'Our soldiers have held it for three weeks', 'Smith'),
    ],
  ],
  [
    'an earlier quotation of another speaker does not take it',
    '"The town is safe," Jones said. Smith said the town would fall within days. "Our soldiers are exhausted now."',
    [person('Jones'), person('Smith')],
    [
      {
        source: 'Jones',
        cue: 'said',
        content: 'The town is safe',
        stance: 'asserts',
        direct: true,
        mention: 'Jones',
      },
      {
        source: 'Smith',
        cue: ['said', 2],
        content: 'the town would fall within days',
        stance: 'asserts',
        mention: 'Smith',
      },
      uncued(3, 'Our soldiers are exhausted now', 'Smith'),
    ],
  ],
  [
    'negative: a sentence with no claim between; the last quotation speaks',
    '"The town is safe," Jones said. The roads were closed on Monday. "Our soldiers are exhausted now."',
    [person('Jones')],
    [
      {
        source: 'Jones',
        cue: 'said',
        content: 'The town is safe',
        stance: 'asserts',
        direct: true,
        mention: 'Jones',
      },
      uncued(3, 'Our soldiers are exhausted now', 'Jones'),
    ],
  ],
];

describe('uncuedSpeaker', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});
