import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp } from './word-alternation.js';

describe('escapeRegExp', () => {
  it.each([
    ['U.S.', 'U\\.S\\.'],
    ['(AP Photo/Jane Doe)', '\\(AP Photo\\/Jane Doe\\)'],
    ['a+b*c?', 'a\\+b\\*c\\?'],
    ['plain', 'plain'],
  ])('%s → %s', (input, out) => expect(escapeRegExp(input)).toBe(out));
});

describe('alternation', () => {
  const re = (words: string[]) => new RegExp(`^(?:${alternation(words)})`, 'u');
  it.each([
    // longest first: the longer phrase wins over its prefix
    [['the', 'the start of'], 'the start of May', 'the start of'],
    // a space matches any run of white space
    [['as of'], 'as \n of now', 'as \n of'],
    // literal dots, not any character
    [['U.S.'], 'U.S. forces', 'U.S.'],
  ])('%j matches in %j → %j', (words, text, match) => expect(text.match(re(words))?.[0]).toBe(match));
  it.each([
    [['U.S.'], 'UXSX forces'],
    [['as of'], 'asof'],
  ])('%j does not match %j', (words, text) => expect(re(words).test(text)).toBe(false));
});
