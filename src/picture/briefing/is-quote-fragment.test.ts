import { describe, expect, it } from 'vitest';
import { isQuoteFragment } from './is-quote-fragment.js';

describe('isQuoteFragment', () => {
  it.each([
    // starts inside a quotation opened in an earlier sentence: its first mark closes it
    ['That delay may have cost a life," the fire chief said.', true],
    ['As the river was rising, I find it hard to see why they waited."', true],
    ['That delay may have cost a life,” the fire chief said.', true],
    ['The water came in at night,” she said, “and we lost everything.”', true],
    ['We lost everything," she said, "and nobody came."', true],
    // all quotation, no one saying it (closed in the sentence or going on into the next)
    ['"I want to make it clear that I support the rescue teams."', true],
    ['“We will rebuild the bridge before the winter comes.”', true],
    ['"We will rebuild the bridge before the winter comes.', true],
    ["''We will rebuild the bridge before the winter comes.’’", true],
    // negatives: a whole quote with its speaker, a quoted phrase, a title, inches, no marks
    ['"We will rebuild the bridge," the mayor said on Monday.', false],
    ['“We will rebuild the bridge,” the mayor said on Monday.', false],
    ['The mayor said, "We will rebuild the bridge before the winter comes."', false],
    ['The mayor called the delay "unacceptable" and promised an inquiry.', false],
    ['"Unacceptable" was the word the mayor used for the delay.', false],
    ['In “The Flood,” the author describes the night the dam broke.', false],
    ['The pipe, 6" wide, burst under the pressure of the rising river.', false],
    ['The river rose two metres overnight, the fire service said.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isQuoteFragment(sentence)).toBe(expected);
  });
});
