import { describe, expect, it } from 'vitest';
import { claimantSpan } from './claimant-span.js';

/** The source is the whole text; the row gives the words kept. */
const kept = (text: string): string => {
  const s = claimantSpan(`>${text}<`, { start: 1, end: text.length + 1 });
  return `>${text}<`.slice(s.start, s.end);
};

describe('claimantSpan', () => {
  it.each([
    ['a member of a panel on trade who', 'a member of a panel on trade'],
    ['the clerks, who were told of the audit and', 'the clerks'],
    ['Dana Pell, who runs a bakery', 'Dana Pell'],
    ['the board, which met on Monday', 'the board'],
    ['the guard — who saw it', 'the guard'],
    ['the clerks, whose', 'the clerks'],
    ['Ahmed, 26, a student', 'Ahmed'],
    ['Karim Ahmed, 26,', 'Karim Ahmed'],
    ['Karim Ahmed, 26', 'Karim Ahmed'],
    ['November a spokesperson for the firm, who', 'a spokesperson for the firm'],
    ['), Karim Ahmed, 26,', 'Karim Ahmed'],
    // negative rows: kept whole
    ['Who', 'Who'],
    ['whoever answered', 'whoever answered'],
    ['the ministry that oversees ports', 'the ministry that oversees ports'],
    ['doctors who treat the wounded', 'doctors who treat the wounded'],
    ['the pilots whose union called the strike', 'the pilots whose union called the strike'],
    ['Dana Pell, a baker', 'Dana Pell, a baker'],
    ['the man, 26, a student', 'the man, 26, a student'],
    ['Rebels, 300 of them', 'Rebels, 300 of them'],
    ['the Whonnock council', 'the Whonnock council'],
    ['a WHO official', 'a WHO official'],
    ['a spokesman for the WHO', 'a spokesman for the WHO'],
    ['a WHO official, who asked not to be named', 'a WHO official'],
  ])('%s → %s', (source, expected) => {
    expect(kept(source)).toBe(expected);
  });

  it.each([
    ['the cut head taken back', 'Rents rose, a UN official said.', 'a UN', 'a UN official'],
    ['past a modifier', 'Rents rose, a UN aid official said.', 'a UN', 'a UN aid official'],
    ['with stops', 'Rents rose, a U.N. spokesman said.', 'a U.N.', 'a U.N. spokesman'],
    ['no head after it: nothing', 'Rents rose, said a UN.', 'a UN', ''],
    // negative rows: a whole phrase
    ['a definite article', 'Rents rose, the UN said.', 'the UN', 'the UN'],
  ])('%s', (_, text, source, expected) => {
    const start = text.indexOf(source);
    const s = claimantSpan(text, { start, end: start + source.length });
    expect(text.slice(s.start, s.end)).toBe(expected);
  });

  it('keeps offsets into the report', () => {
    expect(claimantSpan('xx the clerks, who saw it', { start: 3, end: 25 })).toEqual({ start: 3, end: 13 });
  });
});
