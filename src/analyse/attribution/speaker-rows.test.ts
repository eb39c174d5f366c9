import { describe, it } from 'vitest';
import { checkRow, org, person, type Row } from './test-attributions.js';

/**
 * Who speaks, over whole invented sentences (POS-tagged tokens, as the stage sees them): a demonstrative is never
 * the speaker, a listener before an unmarked clause, a name before an age, a title before a name, and "I" inside
 * a quotation. Exact spans.
 */
const ROWS: readonly Row[] = [
  [
    '"X said this was Y, adding that Z": the participle is X\'s, not "this"\'s',
    'Ali said this was a mistake, adding that the army had lied.',
    [person('Ali')],
    [
      { source: 'Ali', cue: 'said', content: 'this was a mistake', stance: 'asserts', mention: 'Ali' },
      { source: 'Ali', cue: 'adding', content: 'the army had lied', stance: 'asserts', mention: 'Ali' },
    ],
  ],
  [
    '"X said that was Y": "that" before a verb is the reported clause\'s subject',
    'Ali said that was a mistake.',
    [person('Ali')],
    [{ source: 'Ali', cue: 'said', content: 'that was a mistake', stance: 'asserts', mention: 'Ali' }],
  ],
  [
    'negative: "said that the men …" keeps "that" as the clause\'s mark',
    'Ali said that the men had fled.',
    [person('Ali')],
    [{ source: 'Ali', cue: 'said', content: 'the men had fled', stance: 'asserts' }],
  ],
  [
    '"X told reporters Y": a listener, then an unmarked finite clause',
    'He told reporters the talks had failed.',
    [],
    [{ source: 'He', cue: 'told', content: 'the talks had failed', stance: 'asserts' }],
  ],
  [
    '"X told the BBC Y": a named listener',
    'The minister told the BBC the army would withdraw.',
    [org('BBC')],
    [{ source: 'The minister', cue: 'told', content: 'the army would withdraw', stance: 'asserts' }],
  ],
  [
    '"Name, age, apposition, said": the whole stretch is the source, the name its entity',
    'Karim Ahmed, 26, a student, said the soldiers fired on the crowd.',
    [person('Karim Ahmed')],
    [
      {
        source: 'Karim Ahmed, 26, a student',
        cue: 'said',
        content: 'the soldiers fired on the crowd',
        stance: 'asserts',
        mention: 'Karim Ahmed',
      },
    ],
  ],
  [
    'a title before a name: the whole phrase is the source, the person its entity',
    'Foreign Minister Sergei Lavrov said the talks would resume.',
    [person('Sergei Lavrov')],
    [
      {
        source: 'Foreign Minister Sergei Lavrov',
        cue: 'said',
        content: 'the talks would resume',
        stance: 'asserts',
        mention: 'Sergei Lavrov',
      },
    ],
  ],
  [
    'a title before a name, source after the cue',
    'The talks would resume, said Foreign Minister Sergei Lavrov.',
    [person('Sergei Lavrov')],
    [
      {
        source: 'Foreign Minister Sergei Lavrov',
        cue: 'said',
        content: 'The talks would resume',
        stance: 'asserts',
        mention: 'Sergei Lavrov',
      },
    ],
  ],
  [
    '"We will not leave," he said: the pronoun outside the quotation speaks',
    'Omar Khalid spoke. "We will not leave," he said.',
    [person('Omar Khalid')],
    [
      {
        source: 'he',
        cue: 'said',
        content: 'We will not leave',
        stance: 'asserts',
        direct: true,
        mention: 'Omar Khalid',
      },
    ],
  ],
  [
    '"I" in a quotation going on from a known speaker\'s is that speaker',
    '"We were surrounded," Omar Khalid said. "I said we would fight."',
    [person('Omar Khalid')],
    [
      {
        source: 'Omar Khalid',
        cue: ['said', 1],
        content: 'We were surrounded',
        stance: 'asserts',
        direct: true,
        mention: 'Omar Khalid',
      },
      { source: 'I', cue: ['said', 2], content: 'we would fight', stance: 'asserts', mention: 'Omar Khalid' },
    ],
  ],
  [
    'negative: "I" in a quotation with no known speaker stays unresolved',
    'Omar Khalid spoke to the troops. "We were surrounded. I said we would fight."',
    [person('Omar Khalid')],
    [{ source: 'I', cue: 'said', content: 'we would fight', stance: 'asserts', mention: null }],
  ],
];

describe('attribution stage: who speaks', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
