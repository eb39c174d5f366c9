import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { actsAsGovernment, governedCountry, governmentKey } from './government-metonym.js';

describe('governedCountry', () => {
  it.each([
    ['damascus', 'SY'],
    ['moscow', 'RU'],
    ['london', 'GB'],
    ['washington', 'US'],
    ['russia', 'RU'],
    ['u.s.', 'US'],
    // Negatives: cities that are not capitals, and unknown names.
    ['aleppo', null],
    ['sheikh maqsoud', null],
    ['observatory', null],
  ])('%s → %s', (name, code) => expect(governedCountry(name)).toBe(code));
});

describe('governmentKey', () => {
  it.each([
    ['SY', 'syrian government'],
    ['US', 'american government'],
    ['AQ', null],
  ])('%s → %s', (code, key) => expect(governmentKey(code)).toBe(key));
});

describe('actsAsGovernment', () => {
  const acts = (text: string, name: string): boolean => {
    const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
    const { tokens } = segmentStage.run({}, ctx);
    const start = text.indexOf(name);
    const first = tokens.findIndex((t) => t.span.start === start);
    const last = tokens.findIndex((t) => t.span.end === start + name.length);
    return actsAsGovernment(text, tokens, first, last);
  };
  it.each([
    ['the subject of a claim', 'Damascus said the talks had failed.', 'Damascus', true],
    ['the subject of an act of armed force', 'Turkey launched air strikes near Afrin.', 'Turkey', true],
    ['with a filler before the verb', 'Russia has also bombed Idlib.', 'Russia', true],
    ['the owner of a noun of armed force', "Israel's offensive in Gaza went on.", 'Israel', true],
    ['the owner of "air strikes"', "Turkey's air strikes hit Afrin.", 'Turkey', true],
    ['the modifier of a noun of state office', 'U.S. officials said the strike killed 12.', 'U.S.', true],
    ['the owner of a noun of state office', "Israel's leaders have said they are ready.", 'Israel', true],
    ['negative: after a preposition', 'Jets from Russia bombed Idlib.', 'Russia', false],
    ['a title after modifiers', "Israel's top military spokesman told Channel 2.", 'Israel', true],
    ['negative: a title before a name', 'US President Barack Obama said no.', 'US', false],
    [
      'negative: a title with "of" before a name',
      'U.S. Secretary of State John Kerry said no.',
      'U.S.',
      false,
    ],
    ['a title with no name after it', 'US President said no.', 'US', true],
    ['negative: a noun that is neither', "Israel's economy grew.", 'Israel', false],
    ['negative: the owner of something else', "Syria's army advanced.", 'Syria', false],
    ['negative: a verb that is no act of a state', 'Russia won the match.', 'Russia', false],
  ])('%s', (_, text, name, want) => {
    expect(acts(text, name)).toBe(want);
  });
});
