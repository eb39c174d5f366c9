import { describe, expect, it } from 'vitest';
import type { Citation, Picture } from '../model/picture.js';
import { citationRegister } from './citation-register.js';
import { TEST_DOCUMENTS } from './test-picture-documents.js';

// A report that prints its paragraph twice (invented): the same words at two places.
const TWICE = 'The ferry stopped at noon. The ferry stopped at noon. The road stayed open.';
const PICTURE: Picture = {
  sitrep: 'test',
  documents: [
    { ...TEST_DOCUMENTS[0]!, id: 'd9', text: TWICE },
    { ...TEST_DOCUMENTS[1]!, id: 'd8', text: TWICE },
  ],
  stories: [],
};
const at = (documentId: string, words: string, from = 0): Citation => {
  const start = TWICE.indexOf(words, from);
  return { documentId, start, end: start + words.length };
};

describe('citationRegister', () => {
  it.each([
    [
      'the same span twice: one number',
      [at('d9', 'The ferry stopped'), at('d9', 'The ferry stopped')],
      [1, 1],
    ],
    [
      'the same words at another place in the report: one number',
      [at('d9', 'The ferry stopped at noon'), at('d9', 'The ferry stopped at noon', 5)],
      [1, 1],
    ],
    [
      'negative: other words in the report',
      [at('d9', 'The ferry stopped at noon'), at('d9', 'The road stayed open')],
      [1, 2],
    ],
    [
      'negative: the same words in another report',
      [at('d9', 'The ferry stopped at noon'), at('d8', 'The ferry stopped at noon')],
      [1, 2],
    ],
    [
      'negative: a span outside the text is numbered apart',
      [
        { documentId: 'd9', start: 500, end: 510 },
        { documentId: 'd9', start: 600, end: 610 },
      ],
      [1, 2],
    ],
  ])('%s', (_, cs, numbers) => {
    const r = citationRegister(PICTURE);
    expect(cs.map(r.cite)).toEqual(numbers);
    expect(r.numbered().map((n) => n.n)).toEqual([...new Set(numbers)]);
  });

  it('keeps the first place the words are read', () => {
    const r = citationRegister(PICTURE);
    r.cite(at('d9', 'The ferry stopped at noon', 5));
    r.cite(at('d9', 'The ferry stopped at noon'));
    expect(r.numbered()).toEqual([
      { n: 1, documentId: 'd9', start: 27, end: 52, documentIndex: 0, quote: 'The ferry stopped at noon' },
    ]);
  });
});
