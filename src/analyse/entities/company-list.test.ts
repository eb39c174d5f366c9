import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { companyListed } from './company-list.js';

/** Whether the name starting with `word` (its first occurrence) stands in a list of companies. */
const listed = (text: string, word: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const start = text.indexOf(word);
  return companyListed(
    text,
    tokens,
    tokens.findIndex((t) => t.span.start === start),
  );
};

describe('companyListed', () => {
  it.each([
    [
      'a name in brackets after a plural company noun',
      'It named carmakers (Vorda, Brixo, Kent) first.',
      'Brixo',
      true,
    ],
    ['the first name of the list', 'It named carmakers (Vorda, Brixo, Kent) first.', 'Vorda', true],
    [
      'negative: a capitalised list noun opening the sentence is not read',
      'Insurers such as Allmark, Stone Farm and Geico paid.',
      'Stone Farm',
      false,
    ],
    [
      'a name after "such as" a lower-case noun',
      'Big insurers such as Allmark and Stone Farm paid.',
      'Stone',
      true,
    ],
    ['a name after "including"', 'Many restaurants including Grillo closed.', 'Grillo', true],
    ['negative: a list of cities', 'It has offices in cities (Paris, Lyon).', 'Lyon', false],
    ['negative: a name with no list noun before it', 'Officials (Vorda, Kent) spoke.', 'Kent', false],
    ['negative: a capitalised noun is no list noun', 'See Companies (Vorda, Kent) here.', 'Kent', false],
  ])('%s', (_name, text, word, want) => {
    expect(listed(text, word)).toBe(want);
  });
});
