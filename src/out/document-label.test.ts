import { describe, expect, it } from 'vitest';
import type { PictureDocument } from '../model/picture.js';
import { documentLabel, fileName, plainDocumentLabel } from './document-label.js';

const doc = (path: string, title: string | null, text: string): PictureDocument => ({
  id: 'd1',
  path,
  title,
  outlet: null,
  url: null,
  published: null,
  publishedInferred: false,
  duplicateOf: null,
  text,
});

describe('fileName', () => {
  it.each([
    ['/tmp/c12/p1.txt', 'p1.txt'],
    ['reports\\karsa.txt', 'karsa.txt'],
    ['feed.jsonl#3', 'feed.jsonl#3'],
    ['in/news.jsonl#L2.p1', 'news.jsonl#L2.p1'],
    ['-', '-'],
    ['dir/', 'dir/'],
  ])('%s → %s', (path, expected) => {
    expect(fileName(path)).toBe(expected);
  });
});

describe('documentLabel', () => {
  it.each([
    // a title names the report; no opening words
    [
      doc('/r/a.txt', 'Army retakes Karsa', 'Troops entered Karsa.'),
      { title: 'Army retakes Karsa', opening: null, file: 'a.txt' },
      'Army retakes Karsa',
    ],
    // no title: the first sentence, cut to ten words
    [
      doc(
        '/r/c12/p1.txt',
        null,
        'Police in the port city of Karsa reopened three blocked streets on Monday. More.',
      ),
      { title: null, opening: 'Police in the port city of Karsa reopened three blocked…', file: 'p1.txt' },
      '“Police in the port city of Karsa reopened three blocked…” (p1.txt)',
    ],
    // a short first sentence whole
    [
      doc('p2.txt', null, 'Floodwater covered Lowmarsh. Rescuers came.'),
      { title: null, opening: 'Floodwater covered Lowmarsh', file: 'p2.txt' },
      '“Floodwater covered Lowmarsh” (p2.txt)',
    ],
    // a gallery's counter above the report is passed over (a sentence of fewer than four words)
    [
      doc('p3.txt', null, '1 of 6\nFloodwater covered the lower town of Lowmarsh.'),
      { title: null, opening: 'Floodwater covered the lower town of Lowmarsh', file: 'p3.txt' },
      '“Floodwater covered the lower town of Lowmarsh” (p3.txt)',
    ],
    // no words: the file alone
    [doc('/r/empty.txt', null, ''), { title: null, opening: null, file: 'empty.txt' }, 'empty.txt'],
  ])('%#', (d, label, plain) => {
    expect(documentLabel(d)).toEqual(label);
    expect(plainDocumentLabel(documentLabel(d))).toBe(plain);
  });
});
