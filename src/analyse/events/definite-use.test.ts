import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { definiteUse } from './definite-use.js';

/** The noun is the last occurrence of `noun` in `text`. */
const at = (text: string, noun: string) => {
  const start = text.lastIndexOf(noun);
  return definiteUse(text, span(start, start + noun.length));
};

describe('definiteUse', () => {
  it.each([
    ['a determiner', 'He was jailed for the murder of a shopkeeper.', 'murder', true],
    ['a year between', 'He served a life sentence for the 1957 murder of a girl.', 'murder', true],
    ['a date between', 'Its last patient from the Nov. 1 shooting went home.', 'shooting', true],
    ['a name between', 'He was questioned about the IRA murder of a widow.', 'murder', true],
    ['a possessive', "Anna Weiss's murder went unsolved for years.", 'murder', true],
    ['a possessive determiner', 'He criticised the timing of his arrest.', 'arrest', true],
    ['a listed modifier', 'Outrage grew over the alleged murder of a reporter.', 'murder', true],
    ['negative: a bare noun of a charge', 'He faced allegations of fraud and murder.', 'murder', false],
    ['negative: a verb after "to"', 'Police had cause to arrest the men.', 'arrest', false],
    ['negative: "those" then a verb', 'Crowds watched those risking arrest.', 'arrest', false],
    ['negative: an indefinite article', 'A murder I did not commit.', 'murder', false],
    ['negative: a common word between', 'The crowd started shooting.', 'shooting', false],
    ['negative: too many words between', 'The 12 Nov. 2015 Paris Left Bank shooting.', 'shooting', false],
  ] as const)('%s', (_name, text, noun, want) => {
    expect(at(text, noun)).toBe(want);
  });
});
