import { describe, expect, it } from 'vitest';
import type { OffsetSegment } from '../model/report.js';
import { cleanText, toRawOffset } from './clean-text.js';

/** Every mapped segment must be a verbatim copy of raw. */
const expectVerbatim = (raw: string, text: string, map: readonly OffsetSegment[]): void => {
  for (const s of map) {
    expect(text.slice(s.textStart, s.textStart + s.length)).toBe(
      raw.slice(s.rawStart, s.rawStart + s.length),
    );
  }
};

describe('cleanText', () => {
  it.each([
    ['plain', 'One.\n\nTwo.', 'One.\n\nTwo.', [{ textStart: 0, rawStart: 0, length: 10 }]],
    [
      'CRLF and trailing spaces',
      'One.  \r\nTwo.\r\n',
      'One.\nTwo.',
      [
        { textStart: 0, rawStart: 0, length: 4 },
        { textStart: 5, rawStart: 8, length: 4 },
      ],
    ],
    [
      'blank runs collapse, ends trimmed',
      '\n\nOne.\n\n\n\nTwo.\n\n',
      'One.\n\nTwo.',
      [
        { textStart: 0, rawStart: 2, length: 5 },
        { textStart: 6, rawStart: 10, length: 4 },
      ],
    ],
    [
      'promo line at the end',
      'One.\n\nVisit the Example Pictures page to see our latest picture galleries.',
      'One.',
      [{ textStart: 0, rawStart: 0, length: 4 }],
    ],
    [
      'doubled caption at the start',
      'Men in rubble\nMen in rubbleReuters\n\nThe army advanced.',
      'The army advanced.',
      [{ textStart: 0, rawStart: 36, length: 18 }],
    ],
    ['nothing but boilerplate', 'Follow us on Twitter\n\n© 2016 Example Ltd', '', []],
    [
      "a photo's credit and label cut, its caption kept",
      'Image copyright AFP Image caption The dam in 2014\n\nThe dam broke.',
      'The dam in 2014\n\nThe dam broke.',
      [{ textStart: 0, rawStart: 34, length: 31 }],
    ],
    [
      'a gallery line dropped, a credit line dropped',
      'The dam broke.\nPhotos: Flood Photos: Flood Rescuers. Hide Caption 1 of 1\nJane Doe/AFP/Getty Images\nRain fell.',
      'The dam broke.\nRain fell.',
      [
        { textStart: 0, rawStart: 0, length: 14 },
        { textStart: 15, rawStart: 99, length: 10 },
      ],
    ],
    [
      "a photo's credit cut from the end of its caption",
      'Rescuers dig. (Jane Doe/Getty Images)\nRain fell.',
      'Rescuers dig.\nRain fell.',
      [
        { textStart: 0, rawStart: 0, length: 13 },
        { textStart: 14, rawStart: 38, length: 10 },
      ],
    ],
    [
      'negative: a doubled caption is still found by its credit',
      'A boy in Aleppo\nA boy in Aleppo (AFP/Getty Images)\nRain fell.',
      'Rain fell.',
      [{ textStart: 0, rawStart: 51, length: 10 }],
    ],
    [
      'a slideshow header cut, the report after it kept',
      'X\n7 PHOTOS Flood HIDE CAPTION SHOW CAPTION of SEE ALL BACK TO SLIDE A dam broke.',
      'X\nA dam broke.',
      [
        { textStart: 0, rawStart: 0, length: 1 },
        { textStart: 2, rawStart: 68, length: 12 },
      ],
    ],
    [
      'a wire caption cut short and credited dropped whole, the report around it kept',
      'The dam broke.\n\nThe mayor at the dam, Monday, June 3, 2019. The river... (Associated Press)\n\nRain fell.',
      'The dam broke.\n\nRain fell.',
      [
        { textStart: 0, rawStart: 0, length: 15 },
        { textStart: 16, rawStart: 93, length: 10 },
      ],
    ],
    [
      'a "FILE - In this … file photo" caption dropped, a dateline kept',
      ' FILE - In this 2001 file photo, the old dam.\n\nEASTPORT (AP) — The dam broke.',
      'EASTPORT (AP) — The dam broke.',
      [{ textStart: 0, rawStart: 47, length: 30 }],
    ],
    ['nothing but captions', 'The dam, June 3. Rain... (AP)\n\nThe dam. REUTERS/Jane Roe', '', []],
    ['empty', '', '', []],
  ])('%s', (_name, raw, text, map) => {
    const cleaned = cleanText(raw);
    expect(cleaned.text).toBe(text);
    expect(cleaned.offsetMap).toEqual(map);
    expectVerbatim(raw, cleaned.text, cleaned.offsetMap);
  });

  it('starts after a header and turns NEWLINE_CHAR markers into line breaks', () => {
    const raw = 'Title: T\n\nFirst line. NEWLINE_CHAR NEWLINE_CHAR Second line.';
    const cleaned = cleanText(raw, { from: 10, extraBreak: / ?NEWLINE_CHAR ?/ });
    expect(cleaned.text).toBe('First line.\n\nSecond line.');
    expect(cleaned.offsetMap).toEqual([
      { textStart: 0, rawStart: 10, length: 11 },
      { textStart: 13, rawStart: 48, length: 12 },
    ]);
    expectVerbatim(raw, cleaned.text, cleaned.offsetMap);
  });
});

describe('cleanText and captions', () => {
  it('a report and its copy with photo captions clean to the same text (one content hash)', () => {
    const report = 'EASTPORT (AP) — The dam broke on Monday.\n\nRain fell all week.';
    const captioned =
      'The mayor at the dam, June 3, 2019. The river... (Associated Press)\n\nEASTPORT (AP) — The dam broke on Monday.\n\nFILE - In this 2001 file photo, the old dam.\n\nRain fell all week.';
    expect(cleanText(captioned).text).toBe(cleanText(report).text);
  });
});

describe('toRawOffset', () => {
  const raw = 'Men in rubble\nMen in rubbleReuters\n\nThe army advanced.\r\nRebels fled.';
  const { text, offsetMap } = cleanText(raw);

  it('cleaned text is as expected', () => {
    expect(text).toBe('The army advanced.\nRebels fled.');
  });

  it.each([
    [0, 36],
    [4, 40],
    [18, 54], // end of "advanced." (exclusive)
    [19, 56], // "Rebels" after the synthesized "\n"
    [31, 68], // end of text
  ])('text offset %i → raw %i', (offset, rawOffset) => {
    expect(toRawOffset(offsetMap, offset)).toBe(rawOffset);
  });

  it('spans map back to the same words', () => {
    const start = text.indexOf('Rebels');
    const end = start + 'Rebels fled'.length;
    expect(raw.slice(toRawOffset(offsetMap, start) ?? -1, toRawOffset(offsetMap, end) ?? -1)).toBe(
      'Rebels fled',
    );
  });

  it.each([
    [[], 5, null],
    [[{ textStart: 2, rawStart: 10, length: 3 }], 0, 10],
    [[{ textStart: 0, rawStart: 10, length: 3 }], 9, 13],
  ] as const)('edge map %j at %i → %s', (map, offset, expected) => {
    expect(toRawOffset(map, offset)).toBe(expected);
  });
});
