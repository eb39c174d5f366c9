import { describe, expect, it } from 'vitest';
import { typedRows } from './test-typed-mentions.js';

/** Mentions of `text` when the tagger finds exactly the given runs, as [surface, start, type, key, rule]. */
describe('findEntities: a quoted title after a work noun names a work (other), not a body, person or place', () => {
  it.each([
    [
      'a film title the tagger read as an organisation',
      'She starred in the film "Red Fox" last year.',
      [['Red Fox', 'ORG']],
      [['Red Fox', 25, 'other', 'red fox', 'work-title']],
    ],
    [
      'with curly quotes, a link word and a leading article outside the run',
      'The book titled “The Long Road” came out. The album, "Blue Morning Sessions", sold well.',
      [
        ['Long Road', 'LOC'],
        ['Blue Morning', 'PER'],
      ],
      [
        ['Long Road', 21, 'other', 'long road', 'work-title'],
        ['Blue Morning', 54, 'other', 'blue morning', 'work-title'],
      ],
    ],
    [
      'negative: the publisher after the title stays',
      'The show "Silver Lake" was dropped by Marlow Media.',
      [
        ['Silver Lake', 'LOC'],
        ['Marlow Media', 'ORG'],
      ],
      [
        ['Silver Lake', 10, 'other', 'silver lake', 'work-title'],
        ['Marlow Media', 38, 'organization', 'marlow media', 'tagger:ORG'],
      ],
    ],
    [
      'negative: a run further inside the title is left to the other rules',
      'The book "Learning to Be Brave" sold well.',
      [['Brave', 'ORG']],
      [['Brave', 25, 'organization', 'brave', 'tagger:ORG']],
    ],
    [
      'negative: a quoted name after no work noun stays',
      'He called it "Red Fox" and left. Police said "Tarvos" was safe.',
      [
        ['Red Fox', 'ORG'],
        ['Tarvos', 'LOC'],
      ],
      [
        ['Red Fox', 14, 'organization', 'red fox', 'tagger:ORG'],
        ['Tarvos', 46, 'place', 'tarvos', 'tagger:LOC'],
      ],
    ],
    [
      'negative: a capitalised work noun is part of a name, and an unquoted name after a work noun stays',
      'The Film "Arden" festival opened. The film Arden Hall hosted it.',
      [
        ['Arden', 'LOC'],
        ['Arden Hall', 'LOC'],
      ],
      [
        ['Arden', 10, 'place', 'arden', 'tagger:LOC'],
        ['Arden Hall', 43, 'place', 'arden hall', 'tagger:LOC'],
      ],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typedRows(text, runs)).toEqual(want);
  });
});
