import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../errors/sitrep-error.js';
import { NEWS_PAGE } from './html-fixtures.js';
import { parseInput } from './parse-input.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseInput', () => {
  it.each([
    ['report.txt', 'Title: T\n\nBody text.', 'text', 'Body text.'],
    ['stdin', '\uFEFFBody with a UTF-8 BOM.', 'text', 'Body with a UTF-8 BOM.'],
    ['stdin', '{"text": "From JSON."}', 'jsonl', 'From JSON.'],
    ['upload', NEWS_PAGE, 'html', 'Government forces and their allies pushed'],
  ])('%s %#: %s', (name, content, format, start) => {
    const [report] = parseInput(name, utf8(content));
    expect(report?.format).toBe(format);
    expect(report?.text.startsWith(start)).toBe(true);
  });

  it('keeps the HTML source as raw and no offset map', () => {
    const [report] = parseInput('page.html', utf8(NEWS_PAGE));
    expect(report?.raw).toBe(NEWS_PAGE);
    expect(report?.offsetMap).toEqual([]);
    expect([report?.title, report?.outlet, report?.published]).toEqual([
      'Rebels lose Hanano district in east Aleppo',
      'Example Times Ltd',
      '2016-11-26',
    ]);
  });

  it.each([
    [
      'a headline and a dateline',
      'Valley floods kill five\n\nPARIS (AFP) - Rain fell.',
      ['Valley floods kill five', 'AFP'],
    ],
    [
      'stated metadata wins',
      'Title: T\nOutlet: O\n\nValley floods kill five\n\nPARIS (AFP) - Rain fell.',
      ['T', 'O'],
    ],
    ['neither', 'Rain fell on the valley on Thursday.\n\nFive died.', [null, null]],
  ])('infers the headline and outlet of a plain report: %s', (_, content, expected) => {
    const [report] = parseInput('report.txt', utf8(content));
    expect([report?.title, report?.outlet]).toEqual(expected);
  });

  it.each([
    [
      utf8('x'.repeat(11)),
      { maxBytes: 10 },
      'SITREP_INPUT_TOO_LARGE',
      'up: input is 11 bytes, over the limit of 10 bytes',
    ],
    [new Uint8Array(0), {}, 'SITREP_INPUT_EMPTY', 'up: input is empty'],
    [
      Uint8Array.from([0x1f, 0x8b, 8, 0]),
      {},
      'SITREP_INPUT_BINARY',
      'up: input looks binary (gzip), not text, HTML or JSON',
    ],
  ] as const)('%#: %s', (bytes, options, code, message) => {
    let e: unknown;
    try {
      parseInput('up', bytes, options);
    } catch (err) {
      e = err;
    }
    expect(isSitrepError(e, code)).toBe(true);
    expect((e as Error).message).toBe(message);
  });
});
