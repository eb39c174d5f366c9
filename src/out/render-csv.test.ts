import { describe, expect, it } from 'vitest';
import type { Picture } from '../model/picture.js';
import { CSV_COLUMNS, renderCsv } from './render-csv.js';
import { TEST_PICTURE } from './test-picture.js';

const lines = renderCsv(TEST_PICTURE).split('\r\n');

describe('renderCsv', () => {
  it('starts with the ACLED-like header and ends every line with CRLF', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 3 + 1);
  });

  it.each([
    [
      1,
      '2020-03-01,Battles,Government regains territory,Army,Rebels,Old Quarter,36.50123,38.2555,1,Example Wire; Other Paper,Government forces retook the Old Quarter,,',
    ],
    [
      2,
      '2020-02-01,Other,Displacement,,,Karsa,36.5,38.25,1,Karsa: army holds *more than half* | update,"More than 50,000 people fled Karsa",,',
    ],
    [
      3,
      ',Other,Casualties,,,Karsa,36.5,38.25,1,Example Wire; Other Paper,Around 310 civilians killed in Karsa,310,310',
    ],
  ])('row %i', (row, expected) => {
    expect(lines[row]).toBe(expected);
  });

  it.each([
    ['a "quoted", text', '"a ""quoted"", text"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1+2', "'-1+2"],
    ['plain', 'plain'],
  ])('quotes and defuses the summary %s', (summary, expected) => {
    const s = TEST_PICTURE.stories[0]!;
    const p: Picture = { ...TEST_PICTURE, stories: [{ ...s, events: [{ ...s.events[0]!, summary }] }] };
    expect(renderCsv(p).split('\r\n')[1]!.split(',Example Wire; Other Paper,')[1]).toBe(`${expected},,`);
  });

  it.each([
    // an untitled report with no outlet: its opening words in quotes and its file
    ['d4', '“Floodwater covered the lower town of Lowmarsh on Monday” (lowmarsh.txt)'],
    // an unknown document: its id
    ['d9', 'd9'],
  ])('names the source of evidence in %s as %s', (documentId, expected) => {
    const s = TEST_PICTURE.stories[0]!;
    const e = { ...s.events[0]!, evidence: [{ ...s.events[0]!.evidence[0]!, documentId }] };
    const p: Picture = { ...TEST_PICTURE, stories: [{ ...s, events: [e] }] };
    expect(renderCsv(p).split('\r\n')[1]!.split(',')[9]).toBe(expected);
  });

  it('writes only the header for a picture without events', () => {
    expect(renderCsv({ ...TEST_PICTURE, stories: [] })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
