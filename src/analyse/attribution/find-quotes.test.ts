import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';

/** [case, text, the quoted texts found (content between the marks), with null close marked by a trailing "…"]. */
type Row = readonly [string, string, readonly string[]];

const found = (text: string): string[] =>
  findQuotes(text).map((q) => text.slice(q.content.start, q.content.end) + (q.close === null ? '…' : ''));

describe('findQuotes', () => {
  it.each<Row>([
    ['one closed quotation', 'He said "we will stay" and left.', ['we will stay']],
    [
      'paragraphs opening with a mark continue the quotation, blank lines between',
      '"We will stay.\n\n"The town is ours.\n\n"Nobody can take it."',
      ['We will stay.\n\n"The town is ours.\n\n"Nobody can take it.'],
    ],
    [
      'single line breaks inside a paragraph',
      'He said "we will\nstay in the\ntown" and left.',
      ['we will\nstay in the\ntown'],
    ],
    // negative rows: a quotation ended by its paragraph
    [
      'a quotation closed in a later paragraph that opens with no mark',
      'He said "the siege is tight.\n\nWe need a corridor" and left.',
      ['the siege is tight.\n\nWe need a corridor'],
    ],
    ['too many line breaks: stray', 'A "stray mark\nb\nc\nd\ne "closed" end.', ['stray mark…', 'closed']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
