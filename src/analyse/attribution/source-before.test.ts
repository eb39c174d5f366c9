import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { sourceBefore } from './source-before.js';

/** The source text sourceBefore finds for the first "said" of a one-sentence text (POS-tagged tokens). */
const before = (text: string): string | null => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const found = sourceBefore(
    tokens,
    tokens.findIndex((t) => t.norm === 'said'),
  );
  return found?.source ? text.slice(found.source.start, found.source.end) : null;
};

describe('sourceBefore', () => {
  it.each([
    ['a plain subject', 'The army said the town fell.', 'The army'],
    [
      'after an opener, the subject before a clause ending in a quotation',
      'Meanwhile, the Israel Defense Forces, which has accused Hamas of turning Gaza into "a frontal base for Iran," said 97 rockets hit Israel.',
      'the Israel Defense Forces',
    ],
    [
      'after a prepositional opener',
      'On Friday, the army, which has besieged the town for weeks, said it had fallen.',
      'the army',
    ],
    ['negative: an opener alone is no subject', 'Meanwhile, said the town fell.', null],
  ])('%s', (_, text, want) => {
    expect(before(text)).toBe(want);
  });
});
