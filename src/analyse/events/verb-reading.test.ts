import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { verbReading } from './verb-reading.js';

/** The word is the last occurrence of `word` in `text`. */
const at = (text: string, word: string) => {
  const start = text.lastIndexOf(word);
  return verbReading(text, span(start, start + word.length));
};

describe('verbReading', () => {
  it.each([
    ['a pronoun subject and a people noun object', 'They murder civilians in the villages.', 'murder', true],
    ['"to" and a determiner', 'He plotted to murder the judge.', 'murder', true],
    ['an object pronoun', 'Gangs threaten to murder them.', 'murder', true],
    ['a number', 'The militia murders 12 farmers a month.', 'murders', true],
    ['negative: a noun modifying a noun', 'The murder charges were dropped.', 'murder', false],
    ['negative: after a preposition', 'He faces allegations of murder.', 'murder', false],
    ['negative: after a determiner', 'A murder the police solved.', 'murder', false],
    ['negative: after a possessive', "Anna Weiss's murder shocked Velmor.", 'murder', false],
    ['negative: capitalised', 'Murder rates fell.', 'Murder', false],
    ['negative: the clause ends', 'They did not murder.', 'murder', false],
    ['negative: after a listed modifier', 'She denied an attempted murder charge.', 'murder', false],
  ] as const)('%s', (_name, text, word, want) => {
    expect(at(text, word)).toBe(want);
  });
});
