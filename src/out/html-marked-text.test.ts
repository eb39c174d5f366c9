import { describe, expect, it } from 'vitest';
import { markedText, type TextMark } from './html-marked-text.js';

const m = (start: number, end: number, n: number): TextMark => ({ start, end, n });
const open = (n: number): string => `<mark id="cite-${n}" data-n="${n}">`;

describe('markedText', () => {
  it.each<[string, string, readonly TextMark[], string]>([
    ['no marks', 'a < b', [], 'a &lt; b'],
    ['one mark', 'abcdef', [m(1, 3, 1)], `a${open(1)}bc</mark>def`],
    ['nested marks', 'abcdef', [m(2, 3, 2), m(0, 6, 1)], `${open(1)}ab${open(2)}c</mark>def</mark>`],
    ['same end', 'abcdef', [m(3, 6, 2), m(0, 6, 1)], `${open(1)}abc${open(2)}def</mark></mark>`],
    ['adjacent marks', 'abcd', [m(0, 2, 1), m(2, 4, 2)], `${open(1)}ab</mark>${open(2)}cd</mark>`],
    [
      'crossing marks split',
      'abcdef',
      [m(0, 4, 1), m(2, 6, 2)],
      `${open(1)}ab${open(2)}cd</mark></mark><mark>ef</mark>`,
    ],
    ['empty mark', 'ab', [m(1, 1, 1)], `a${open(1)}</mark>b`],
    ['escaped inside marks', '<i>&', [m(0, 3, 1)], `${open(1)}&lt;i&gt;</mark>&amp;`],
    ['marks outside the text are left out', 'abc', [m(2, 9, 1), m(-1, 1, 2), m(2, 1, 3)], 'abc'],
  ])('%s', (_name, text, marks, html) => {
    expect(markedText(text, marks)).toBe(html);
  });

  it('keeps the text: stripping the tags gives the escaped text back', () => {
    const text = 'one two three four five';
    const marks = [m(0, 7, 1), m(4, 13, 2), m(8, 23, 3), m(10, 12, 4)];
    const html = markedText(text, marks);
    expect(html.replace(/<\/?mark[^>]*>/g, '')).toBe(text);
    let depth = 0;
    const depths = [...html.matchAll(/<(\/?)mark/g)].map((t) => {
      depth += t[1] === '/' ? -1 : 1;
      return depth;
    });
    expect(Math.min(...depths)).toBe(0);
    expect(depths.at(-1)).toBe(0);
    for (const n of [1, 2, 3, 4]) expect(html).toContain(open(n));
  });
});
