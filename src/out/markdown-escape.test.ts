import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl } from './markdown-escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['plain words stay plain', 'plain words stay plain'],
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['a | b', 'a \\| b'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['# not a heading', '\\# not a heading'],
    ['~~gone~~ & &amp;', '\\~\\~gone\\~\\~ \\& \\&amp;'],
    ['back\\slash', 'back\\\\slash'],
    ['1. not a list', '1\\. not a list'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['-5 degrees and 1.5 km', '-5 degrees and 1.5 km'],
    ['two\n\nlines\tand  tabs ', 'two lines and tabs'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('markdownUrl', () => {
  it.each<[string | null, string | null]>([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/a_(b)', 'http://example.org/a_%28b%29'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['/relative/path', null],
    ['https://example.org/a b', null],
    [null, null],
  ])('%j → %j', (url, out) => {
    expect(markdownUrl(url)).toBe(out);
  });
});
