import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { shoutedWord } from './shouted-word.js';

/** The words of `text` that shoutedWord marks. */
const shouted = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  return tokens.flatMap((t, i) =>
    shoutedWord(text, tokens, i) ? [text.slice(t.span.start, t.span.end)] : [],
  );
};

describe('shoutedWord', () => {
  it.each([
    ['common words in capitals in running text', 'FOR MOVEMENT FRIDAY the photo was out.', ['MOVEMENT']],
    ['a shouted title in running text', 'As reported in MODERN last year, she won.', ['MODERN']],
    ['negative: a headline all in capitals', 'SOCCER - SMITH JOINS RANGERS .', []],
    ['negative: acronyms of three letters', 'Flights at LAX and the WHO resumed.', []],
    ['negative: a name the gazetteer lists', 'Fans of RANGERS cheered in the city.', []],
    ['negative: a word the gazetteer lists as written', 'Funds for AIDS research grew.', []],
    ['negative: an acronym defined in brackets', 'The Alert Plan (AMBER) said AMBER would grow.', []],
    ['negative: a word in title case', 'The Movement said so.', []],
  ] as const)('%s', (_name, text, want) => {
    expect(shouted(text)).toEqual(want);
  });
});
