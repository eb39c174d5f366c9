import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../errors/sitrep-error.js';
import { articleText } from './article-text.js';
import { EMPTY_PAGE, NEWS_PAGE } from './html-fixtures.js';
import { parseHtml } from './parse-html.js';

describe('articleText', () => {
  it.each([
    ['<p>One  two.</p><p>Three\nfour.</p>', 'One two.\n\nThree four.'],
    ['<div><p>A<br>B</p><ul><li>x</li><li>y</li></ul></div>', 'A\nB\n\nx\n\ny'],
    [
      '<p>Keep <b>bold</b> and <a href="#">links</a> inline.</p><script>var x;</script>',
      'Keep bold and links inline.',
    ],
    ['', ''],
  ])('%j', (html, text) => {
    expect(articleText(html)).toBe(text);
  });
});

describe('parseHtml', () => {
  it('keeps the article, drops navigation, headline, promo and footer', () => {
    const { text, fields } = parseHtml('page.html', NEWS_PAGE);
    expect(text).toBe(
      'Government forces and their allies pushed into the Hanano district of eastern Aleppo on Saturday, ' +
        'the first time they have entered the rebel-held enclave in years, a monitoring group said.\n\n' +
        'Thousands of residents fled towards the Kurdish-held Sheikh Maqsoud district\nand to government-held ' +
        'western districts as the fighting spread, according to residents reached by telephone.\n\n' +
        'Rebels said they had withdrawn to defensive lines further south and would counter-attack.',
    );
    expect(fields.published).toBe('2016-11-26T22:00:00Z');
  });

  it.each([
    ['nav and footer only', EMPTY_PAGE],
    ['empty body', '<html><body></body></html>'],
    ['a few words', '<html><body><p>Breaking: more soon.</p></body></html>'],
  ])('refuses %s', (_name, html) => {
    let thrown: unknown;
    try {
      parseHtml('page.html', html);
    } catch (e) {
      thrown = e;
    }
    expect(isSitrepError(thrown, 'SITREP_INPUT_HTML')).toBe(true);
    expect((thrown as Error).message).toBe('page.html: HTML has no readable article text');
  });
});
