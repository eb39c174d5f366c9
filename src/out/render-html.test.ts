import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Picture, PictureDocument } from '../model/picture.js';
import { CONTENT_SECURITY_POLICY, renderHtml } from './render-html.js';
import { TEST_PICTURE } from './test-picture.js';

const html = renderHtml(TEST_PICTURE);
const { document } = parseHTML(html);
const texts = (selector: string): string[] =>
  [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

const rows = (selector: string): string[] =>
  [...document.querySelectorAll(`${selector} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '').join(' | '),
  );

/** Attribute names of every tag in the raw page (quoted values, which may hold escaped text, removed). */
const attributeNames = (page: string): string[] =>
  [...page.matchAll(/<[a-z][^>]*>/gi)].flatMap((t) =>
    [...t[0].replace(/"[^"]*"/g, '""').matchAll(/\s([a-z-]+)=/gi)].map((a) => a[1]!.toLowerCase()),
  );

describe('renderHtml', () => {
  it('is one self-contained page: CSP, inline style, no script, no external reference', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(/i);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    const external = [...document.querySelectorAll('a')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((h) => !h.startsWith('#'));
    expect(external).toEqual(['https://example.org/karsa-1']);
  });

  it.each<[string, readonly string[]]>([
    ['h2', ['Army retakes Old Quarter of Karsa', 'Flooding in Lowmarsh', 'Sources']],
    [
      '#story-1 > section > h3',
      [
        'Sources',
        'Briefing',
        'Figures',
        'Conflicts and changes',
        'Claims by claimant',
        'Timeline',
        'Control of places',
        'Who',
        'Places',
      ],
    ],
    [
      '#story-1 h4',
      [
        'Killed — civilians in Karsa',
        'Share controlled in Karsa',
        'Fled — people in Karsa',
        'Area controlled in Karsa',
        'Army',
        'Rebels',
        'Karsa Monitor',
        'Officials',
      ],
    ],
    ['#story-1 td strong', ['≈310', 'nearly 50%', 'more than 50%', '> 50,000', '20 km²']],
    [
      '#story-1 dl.timeline dt, #story-1 dl.timeline dd',
      [
        '2020-02-01',
        'More than 50,000 people fled Karsa: More than 50,000 people have fled the city since February reported, 1 source5',
        '2020-03-01',
        'Government forces retook the Old Quarter: Government forces retook the Old Quarter of Karsa on Sunday disputed, 1 source1132',
        'Undated',
        'Around 310 civilians killed in Karsa: Around 310 civilians have been killed since February 10 corroborated, 2 sources1415',
      ],
    ],
    ['#story-2 > section:nth-of-type(1) td em', ['Floodwater covered the lower town of Lowmarsh on Monday']],
    ['#doc-4 h3', ['S4 · lowmarsh.txt']],
    ['#doc-2 .meta', ['2020-03-05 (inferred)']],
    ['#doc-3 .meta', ['Other Paper · 2020-03-02 · duplicate of S1']],
    [
      '#doc-2 mark[id]',
      [
        'The army holds more than half of Karsa',
        'more than half of Karsa',
        'More than 50,000 people have fled the city since February',
        'More than 50,000 people',
        '20 km²',
      ],
    ],
  ])('%s', (selector, expected) => {
    expect(texts(selector)).toEqual(expected);
  });

  it.each<[string, readonly string[]]>([
    [
      '#story-1 > section:nth-of-type(1)',
      [
        'S1 | Army retakes Old Quarter of Karsa | Example Wire | 2020-03-02 | —',
        'S2 | Karsa: army holds *more than half* | update | — | 2020-03-05 (inferred) | —',
        'S3 | Army retakes Old Quarter of Karsa | Other Paper | 2020-03-02 | S1',
      ],
    ],
    // an untitled report: its opening words (in <em>), then its file
    [
      '#story-2 > section:nth-of-type(1)',
      ['S4 | Floodwater covered the lower town of Lowmarsh on Monday (lowmarsh.txt) | — | — | —'],
    ],
    [
      '#story-1 > section:nth-of-type(3) table:nth-of-type(2)',
      ['nearly 50% | officials | 2020-03-02 | — | 3', 'more than 50% | Karsa Monitor | 2020-03-05 | — | 4'],
    ],
    [
      '#story-1 > section:nth-of-type(7)',
      ['Old Quarter | Army | 2020-03-01 | — | holds | disputed | Army | 1132'],
    ],
    [
      '#story-1 > section:nth-of-type(8)',
      [
        'Army | organisation | Government forces; the army; Troops | 216',
        'Karsa Monitor | organisation | — | 217',
        'Rebels | group | — | 118',
      ],
    ],
    [
      '#story-1 > section:nth-of-type(9)',
      ['Karsa | city | 36.5000 | 38.2500 | curated:karsa', 'Old Quarter | district | 36.5012 | 38.2555 | —'],
    ],
    // the second story's empty parts are left out: Places is its second part
    ['#story-2 > section:nth-of-type(2)', ['Lowmarsh | unresolved | — | — | —']],
  ])('table rows of %s', (selector, expected) => {
    expect(rows(selector)).toEqual(expected);
  });

  it('names the empty parts of a story once instead of heading each over None.', () => {
    const parts = [...document.querySelectorAll('#story-2 > section > h3')].map((x) => x.textContent);
    expect(parts).toEqual(['Sources', 'Places']);
    expect(document.querySelector('#story-2 > p.none')?.textContent).toBe(
      'Nothing found: briefing, figures, conflicts or changes, claims, events, control of places, people or organisations.',
    );
    expect(document.querySelectorAll('#story-1 > p.none')).toHaveLength(0);
  });

  it('links every citation to a <mark> around exactly the cited words', () => {
    const links = [...document.querySelectorAll('sup.cites a')].map((a) => a.getAttribute('href') ?? '');
    expect(new Set(links).size).toBe(18);
    for (const href of links) {
      const mark = document.getElementById(href.slice(1));
      expect(mark?.tagName).toBe('MARK');
    }
    expect(document.getElementById('cite-9')?.textContent).toBe('20 km²');
    expect(document.getElementById('cite-13')?.closest('article')?.id).toBe('doc-3');
    expect(html).toContain('<a href="#cite-4" title="S2: “more than half of Karsa”">4</a>');
  });

  it('shows each document text in full', () => {
    for (const [i, d] of TEST_PICTURE.documents.entries()) {
      expect(document.querySelector(`#doc-${i + 1} .text`)?.textContent).toBe(d.text);
    }
  });
});

const HOSTILE = [
  'Residents said <script>alert(1)</script> and <img src=x onerror=alert(1)> appeared.',
  'See <a href="javascript:alert(2)">this</a> and [that](javascript:alert(3)).',
  `Quotes " and ' and & stay text.`,
].join('\n');

const hostile: Picture = {
  sitrep: '<b>1</b>',
  documents: [
    {
      id: 'h1',
      path: '<script>p</script>',
      title: '<script>alert("t")</script>',
      outlet: '<img src=x onerror=alert(1)>',
      url: 'javascript:alert(4)',
      published: null,
      publishedInferred: false,
      duplicateOf: null,
      text: HOSTILE,
    } as PictureDocument,
  ],
  stories: [
    {
      ...TEST_PICTURE.stories[1]!,
      id: 'hs',
      title: '"><script>alert(5)</script>',
      documentIds: ['h1'],
      entities: [],
      briefing: [
        {
          text: '<img src=x onerror=alert(6)> said it',
          citations: [
            { documentId: 'h1', start: HOSTILE.indexOf('<script>'), end: HOSTILE.indexOf(' appeared') },
          ],
        },
      ],
    },
  ],
};

describe('renderHtml with hostile report text', () => {
  const out = renderHtml(hostile);
  const page = parseHTML(out).document;

  it('comes out inert', () => {
    expect(out).not.toMatch(/<script/i);
    expect(attributeNames(out)).not.toContain('onerror');
    expect(new Set(attributeNames(out))).toEqual(
      new Set([
        'lang',
        'charset',
        'http-equiv',
        'content',
        'name',
        'href',
        'class',
        'id',
        'title',
        'scope',
        'data-n',
      ]),
    );
    expect(out).not.toMatch(/href="javascript:/i);
    expect(page.querySelectorAll('script, img')).toHaveLength(0);
    expect([...page.querySelectorAll('*')].filter((e) => e.hasAttribute('onerror'))).toEqual([]);
    expect([...page.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#story-1',
      '#sources',
      '#doc-1',
      '#cite-1',
    ]);
  });

  it('keeps the text readable', () => {
    expect(page.querySelector('#doc-1 .text')?.textContent).toBe(HOSTILE);
    expect(page.querySelector('#doc-1 h3')?.textContent).toBe('S1 · <script>alert("t")</script>');
    expect(page.querySelector('#cite-1')?.textContent).toBe(
      '<script>alert(1)</script> and <img src=x onerror=alert(1)>',
    );
    expect(out).toContain('&lt;img src=x onerror=alert(6)&gt; said it');
    expect(out).toContain('Quotes &quot; and &#39; and &amp; stay text.');
    expect(page.querySelector('#doc-1 .meta')?.textContent).toBe(
      '<img src=x onerror=alert(1)> · javascript:alert(4)',
    );
  });
});
