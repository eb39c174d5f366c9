import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.js';
import { isLinkTextLine, trailingLinkText } from './link-text.js';

describe('isLinkTextLine', () => {
  it.each([
    ['Read more', true],
    ['READ MORE:', true],
    ['Read More:', true],
    ['Continue reading', true],
    ['Continue reading…', true],
    ['See also', true],
    ['Related:', true],
    ['Read more: Ferry service to the islands resumes after storm', true],
    ['READ MORE: Council votes to close the old bridge', true],
    ['Related: What drivers need to know about the new toll', true],
    ['RELATED STORIES: Flood barrier tested on the river', true],
    ['[Related: Mayor opens the harbour festival]', true],
    ['See also: Harbour festival draws record crowds', true],
    ['Read more on this story: The harbour in winter', true],
    ['Read more about the toll road', true],
    ['Click here to read more', true],
    // negatives: the words used in a sentence
    ['He said he would read more books.', false],
    ['Readers can read more about it on Monday.', false],
    ['See also the earlier report, which named the two ministers.', false],
    ['Read more books, the minister told parents on Tuesday.', false],
    ['Read more about the toll road on our site.', false],
    ['Related charges were filed against the two men.', false],
    ['Continue reading the report, she told the committee, before voting.', false],
    ['', false],
    [`Read more: ${'word '.repeat(60)}`, false],
  ])('%j → %s', (line, expected) => {
    expect(isLinkTextLine(line)).toBe(expected);
  });
});

describe('trailingLinkText', () => {
  it.each([
    ['Lena Moreau Read more', 10],
    ['Mayor opens the harbour festival in Portside Read more', 10],
    ['Mayor opens the harbour festival in Portside READ MORE', 10],
    ['The ferry left at noon. Read More:', 11],
    ['The ferry left at noon. Read more:', 11],
    ['Council votes to close the old bridge Continue reading', 17],
    ['The ferry left at noon. See also:', 10],
    ['The ferry left at noon.  RELATED:', 10],
    ['The council voted. Click here to read more.', 25],
    // negatives
    ['Read more', 0],
    ['He said he wanted to read more', 0],
    ['Why Parents Should Read More', 0],
    ['He said he would read more books.', 0],
    ['The two cases are related', 0],
    ['See also the earlier report', 0],
    ['Read more: the ferry', 0],
  ])('%j → %i', (line, expected) => {
    expect(trailingLinkText(line)).toBe(expected);
  });
});

describe('cleanText with link texts', () => {
  it.each([
    [
      'a link paragraph with its headline dropped',
      'The ferry left at noon.\n\nRead more: Ferry service to the islands resumes\n\nIt reached the island.',
      'The ferry left at noon.\n\nIt reached the island.',
      [
        { textStart: 0, rawStart: 0, length: 24 },
        { textStart: 25, rawStart: 74, length: 22 },
      ],
    ],
    [
      'a trailing link text cut after a name',
      'The festival was opened by Lena Moreau Read more\nIt rained.',
      'The festival was opened by Lena Moreau\nIt rained.',
      [
        { textStart: 0, rawStart: 0, length: 38 },
        { textStart: 39, rawStart: 49, length: 10 },
      ],
    ],
    [
      'a trailing link text cut, then a photo credit',
      'Crowds at the quay. (Photo: Jane Doe/AP) Read more',
      'Crowds at the quay.',
      [{ textStart: 0, rawStart: 0, length: 19 }],
    ],
    [
      'a sentence that reads more left alone',
      'Readers can read more about it on Monday.\nHe said he would read more books.',
      'Readers can read more about it on Monday.\nHe said he would read more books.',
      [{ textStart: 0, rawStart: 0, length: 75 }],
    ],
  ])('%s', (_name, raw, text, map) => {
    const cleaned = cleanText(raw);
    expect(cleaned.text).toBe(text);
    expect(cleaned.offsetMap).toEqual(map);
  });
});
