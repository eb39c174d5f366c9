import { describe, expect, it } from 'vitest';
import { splitRawLines } from './split-raw-lines.js';

describe('splitRawLines', () => {
  it.each([
    [
      'a\nb',
      [
        { start: 0, end: 1, next: 2, plainBreak: true },
        { start: 2, end: 3, next: 3, plainBreak: false },
      ],
    ],
    [
      'a \r\nb',
      [
        { start: 0, end: 1, next: 4, plainBreak: false },
        { start: 4, end: 5, next: 5, plainBreak: false },
      ],
    ],
    [
      'a\rb\n',
      [
        { start: 0, end: 1, next: 2, plainBreak: false },
        { start: 2, end: 3, next: 4, plainBreak: true },
      ],
    ],
    [
      '\n\n',
      [
        { start: 0, end: 0, next: 1, plainBreak: true },
        { start: 1, end: 1, next: 2, plainBreak: true },
      ],
    ],
    ['  x\t\n', [{ start: 0, end: 3, next: 5, plainBreak: false }]],
    ['', []],
  ])('%j', (raw, lines) => {
    expect(splitRawLines(raw)).toEqual(lines);
  });

  it('starts where told and splits at an extra marker', () => {
    expect(splitRawLines('H: x\n\na NEWLINE_CHAR b', 6, / ?NEWLINE_CHAR ?/)).toEqual([
      { start: 6, end: 7, next: 21, plainBreak: false },
      { start: 21, end: 22, next: 22, plainBreak: false },
    ]);
  });
});
