import { describe, it } from 'vitest';
import { checkRow, person, type Row } from './test-attributions.js';

/** A quotation opening a sentence that no cue reaches is told by its quote mark. */
const ROWS: readonly Row[] = [
  [
    'a claim told inside the quotation leaves it uncued: the speaker goes on',
    '"We will not surrender," Smith said. "General Karimov said that he would attack, but we are ready."',
    [person('Smith'), person('Karimov')],
    [
      {
        source: 'Smith',
        cue: 'said',
        content: 'We will not surrender',
        stance: 'asserts',
        direct: true,
        mention: 'Smith',
      },
      {
        source: 'Smith',
        cue: ['"', 3],
        content: 'General Karimov said that he would attack, but we are ready',
        stance: 'asserts',
        direct: true,
        mention: 'Smith',
      },
      {
        source: 'General Karimov',
        cue: ['said', 2],
        content: 'he would attack',
        stance: 'asserts',
        mention: 'Karimov',
      },
    ],
  ],
  [
    'a quotation over three paragraphs is one',
    '"We will not surrender," Smith said. "Our soldiers have held it.\n\n"They will hold it longer.\n\n"Nobody can change that."',
    [person('Smith')],
    [
      { source: 'Smith', cue: 'said', content: 'We will not surrender', stance: 'asserts', direct: true },
      {
        source: 'Smith',
        cue: ['"', 3],
        content: 'Our soldiers have held it.\n\n"They will hold it longer.\n\n"Nobody can change that',
        stance: 'asserts',
        direct: true,
        mention: 'Smith',
      },
    ],
  ],
  [
    'negative: a short phrase in quote marks is no statement',
    '"We will not surrender," Smith said. "Never again."',
    [person('Smith')],
    [{ source: 'Smith', cue: 'said', content: 'We will not surrender', stance: 'asserts', direct: true }],
  ],
];

describe('uncuedQuotes', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});
