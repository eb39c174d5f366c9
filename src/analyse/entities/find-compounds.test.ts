import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { entitiesStage } from './entities-stage.js';
import { focusDemonym } from './find-compounds.js';

const rows = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return entitiesStage
    .run(segmentStage.run({}, ctx), ctx)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => [text.slice(e.span.start, e.span.end), e.span.start, e.key, e.anaphoric, e.evidence.rule]);
};

describe('organisation compounds', () => {
  it.each([
    [
      "The Iraqi army's media arm said troops advanced.",
      [["The Iraqi army's media arm", 0, "iraqi army's media arm", false, 'possessive-org']],
    ],
    [
      "Egypt's foreign ministry said so.",
      [["Egypt's foreign ministry", 0, "egypt's foreign ministry", false, 'possessive-org']],
    ],
    [
      'Turkish state TV said so. Later state television showed buses.',
      [
        ['Turkish state TV', 0, 'turkish state television', false, 'national-org'],
        ['state television', 32, 'turkish state television', true, 'national-org:focus'],
      ],
    ],
    [
      'The rebels and state news agency IRNA said so. The state news agency added more.',
      [
        ['state news agency', 15, 'irna', true, 'descriptor'],
        ['IRNA', 33, 'irna', false, 'lexicon:organization'],
        ['The state news agency', 47, 'irna', true, 'national-org:generic'],
      ],
    ],
    [
      'Talks in Libya. The regime will fall, Libyan officials said.',
      [['The regime', 16, 'libyan government', false, 'national-org:focus']],
    ],
    ['The regime said so.', [['The regime', 0, 'government', false, 'national-org:generic']]],
    // Negative: a modifier, not a body; a possessive without an organisational head; "regime" without "the".
    ['Regime forces took government territory.', []],
    ["The army's advance stalled.", []],
    ['A regime victory is near.', []],
  ])('%s', (text, expected) => expect(rows(text)).toEqual(expected));
});

describe('focusDemonym', () => {
  const tokens = (text: string) => {
    const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
    return segmentStage.run({}, ctx).tokens;
  };
  it.each([
    ['Syrian troops entered Syria. Russia watched.', 'syrian'],
    ['Syria and Russia talked.', null],
    ['syrian is lower case here.', null],
  ])('%s → %s', (text, demonym) => expect(focusDemonym(text, tokens(text))).toBe(demonym));
});
