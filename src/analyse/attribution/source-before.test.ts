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
    [
      'a name, an age and an apposition',
      'Ahmed, 26, a student, said the soldiers fired.',
      'Ahmed, 26, a student',
    ],
    ['a name and an age', 'Ahmed, 26, said the soldiers fired.', 'Ahmed, 26'],
  ])('%s', (_, text, want) => {
    expect(before(text)).toBe(want);
  });
});

/** The head (where the entity is looked for) sourceBefore finds for the first "said". */
const headBefore = (text: string): string | null => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const found = sourceBefore(
    tokens,
    tokens.findIndex((t) => t.norm === 'said'),
  );
  return found?.head ? text.slice(found.head.start, found.head.end) : null;
};

describe('sourceBefore: the head of an apposition', () => {
  it.each([
    ['the name before an age and an apposition', 'Ahmed, 26, a student, said the soldiers fired.', 'Ahmed'],
    ['the name before an age', 'Karim Ahmed, 26, said the soldiers fired.', 'Karim Ahmed'],
    ['negative: a number in a phrase is no age', 'The 26, a group of students, said it fell.', 'The 26'],
    ['an apposition with no age', 'Moscow, a key ally, said the town fell.', 'Moscow'],
  ])('%s', (_, text, want) => {
    expect(headBefore(text)).toBe(want);
  });
});

/** The source text sourceBefore finds for the first token `cue` of a one-sentence text. */
const sourceAt = (text: string, cue: string): string | null => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const found = sourceBefore(
    tokens,
    tokens.findIndex((t) => t.norm === cue),
  );
  return found?.source ? text.slice(found.source.start, found.source.end) : null;
};

describe('sourceBefore: a reduced relative clause', () => {
  it.each([
    [
      'the name after a plural noun accuses, with no object before "of"',
      'Friends of the three men Ruritania has accused of arson say they were at home.',
      'accused',
      'Ruritania',
    ],
    [
      'negative: a plural title before names is an apposition',
      'Local officials Anna Berg and Tom Lind said the bridge was safe.',
      'said',
      'Local officials Anna Berg and Tom Lind',
    ],
  ])('%s', (_, text, cue, want) => {
    expect(sourceAt(text, cue)).toBe(want);
  });
});
