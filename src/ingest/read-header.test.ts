import { describe, expect, it } from 'vitest';
import { readHeader } from './read-header.js';

describe('readHeader', () => {
  it.each([
    [
      'Title: Aleppo falls\nOutlet: Example News\nURL: https://e.x/1\nPublished: 2016-11-28\n\nBody.',
      { title: 'Aleppo falls', outlet: 'Example News', url: 'https://e.x/1', published: '2016-11-28' },
      83,
    ],
    [
      'title: T\r\npublished:   28 November 2016  \r\n\r\nBody.',
      { title: 'T', published: '28 November 2016' },
      45,
    ],
    ['Source: Wire\nDate: Nov. 28, 2016\n\nBody.', { outlet: 'Wire', published: 'Nov. 28, 2016' }, 34],
    ['Outlet:\n\nBody.', {}, 9],
    // negatives: an unknown key, a body line inside the block, no blank line, a sentence with a colon
    ['Title: T\nAuthor: Someone\n\nBody.', {}, 0],
    ['Title: T\nBody starts here.\n\nMore.', {}, 0],
    ['Title: T', {}, 0],
    ['Warning: the army said it would advance.\n\nBody.', {}, 0],
    ['Body only.', {}, 0],
  ])('%j', (raw, fields, bodyStart) => {
    expect(readHeader(raw)).toEqual({ fields, bodyStart });
  });
});
