import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../errors/sitrep-error.js';
import { decodeText, firstBadUtf8Byte } from './decode-text.js';
import { sniffBinary } from './sniff-binary.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffBinary', () => {
  it.each([
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'PNG image'],
    [bytes(0x1f, 0x8b, 0x08, 0x00), 'gzip'],
    [utf8('%PDF-1.7\n'), 'PDF document'],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'ZIP archive (or DOCX/XLSX/EPUB)'],
    [utf8('text\u0000more'), 'NUL bytes'],
    [bytes(...utf8('ab'), 0x01, 0x02, 0x03, ...utf8('cd')), 'control characters'],
    // negatives: text, with tabs, CRLF, form feeds and an ANSI escape
    [utf8('Plain report.\r\n\tIndented.\f\u001b[1mBold\u001b[0m'), null],
    [utf8('Ünïcödé text – “quoted”'), null],
    [bytes(), null],
  ])('%#: %s', (input, kind) => {
    expect(sniffBinary(input)).toBe(kind);
  });
});

describe('firstBadUtf8Byte', () => {
  it.each([
    [bytes(0x63, 0x61, 0x66, 0xe9), 3], // latin-1 "café" at the end
    [bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f), 3], // latin-1 "café o"
    [bytes(0x61, 0x80, 0x62), 1], // stray continuation byte
    [bytes(0x61, 0xe2, 0x82), 1], // cut-off three-byte sequence
    [bytes(0x61, 0xc3, 0xa9, 0xff), 3], // valid "é", then 0xff
    [bytes(0xc0, 0xaf), 0], // overlong "/"
  ])('%#: at %i', (input, offset) => {
    expect(firstBadUtf8Byte(input)).toBe(offset);
  });
});

describe('decodeText', () => {
  it.each([
    [utf8('plain'), 'plain'],
    [bytes(0xef, 0xbb, 0xbf, ...utf8('with BOM')), 'with BOM'],
    [bytes(0xff, 0xfe, 0x41, 0x00, 0x6c, 0x00, 0xe9, 0x00), 'Alé'],
    [bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x6c, 0x00, 0xe9), 'Alé'],
  ])('%#: %s', (input, text) => {
    expect(decodeText('in.txt', input)).toBe(text);
  });

  it.each([
    [
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
      'SITREP_INPUT_BINARY',
      'in.txt: input looks binary (PNG image), not text, HTML or JSON',
    ],
    [
      utf8('a\u0000b'),
      'SITREP_INPUT_BINARY',
      'in.txt: input looks binary (NUL bytes), not text, HTML or JSON',
    ],
    [
      bytes(0x63, 0x61, 0x66, 0xe9),
      'SITREP_INPUT_ENCODING',
      'in.txt: input is not valid UTF-8 (first bad byte at offset 3)',
    ],
    [
      bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00),
      'SITREP_INPUT_UNSUPPORTED_ENCODING',
      'in.txt: input is UTF-32, which sitrep does not read; convert it to UTF-8',
    ],
    [
      bytes(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41),
      'SITREP_INPUT_UNSUPPORTED_ENCODING',
      'in.txt: input is UTF-32, which sitrep does not read; convert it to UTF-8',
    ],
    [
      // a lone high surrogate (U+D800) after "A"
      bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8),
      'SITREP_INPUT_UNSUPPORTED_ENCODING',
      'in.txt: input is ill-formed UTF-16LE, which sitrep does not read; convert it to UTF-8',
    ],
    [
      bytes(0xfe, 0xff, 0x00, 0x41, 0x00),
      'SITREP_INPUT_UNSUPPORTED_ENCODING',
      'in.txt: input is ill-formed UTF-16BE, which sitrep does not read; convert it to UTF-8',
    ],
  ] as const)('%#: %s', (input, code, message) => {
    const thrown = (() => {
      try {
        decodeText('in.txt', input);
      } catch (e) {
        return e;
      }
    })();
    expect(isSitrepError(thrown, code)).toBe(true);
    expect((thrown as Error).message).toBe(message);
  });
});
