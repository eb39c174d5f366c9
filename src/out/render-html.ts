import type { Picture, PictureDocument } from '../model/picture.js';
import { documentName, type NumberedCitation, sourceLabel } from './citation-register.js';
import { escapeHtml as h } from './html-escape.js';
import { markedText } from './html-marked-text.js';
import { type CiteLinks, storyHtml, urlHtml } from './html-sections.js';
import { HTML_STYLE } from './html-style.js';
import { buildPictureView } from './picture-view.js';
import type { PictureView } from './view-types.js';

/** No script, no request: the page may only use its own inline style and data: images. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const citeLinks =
  (citations: readonly NumberedCitation[]): CiteLinks =>
  (cites) => {
    if (cites.length === 0) return '';
    const byN = new Map(citations.map((c) => [c.n, c]));
    const link = (n: number): string => {
      const c = byN.get(n);
      const label = c?.documentIndex == null ? '' : `${sourceLabel(c.documentIndex)}: `;
      const title = c?.quote == null ? '' : ` title="${h(`${label}“${c.quote}”`)}"`;
      return `<a href="#cite-${n}"${title}>${n}</a>`;
    };
    return `<sup class="cites">${cites.map(link).join('')}</sup>`;
  };

const documentHtml = (v: PictureView, d: PictureDocument, i: number): string => {
  const copied = v.documents.findIndex((o) => o.id === d.duplicateOf);
  const meta = [
    d.outlet === null ? null : h(d.outlet),
    d.published === null ? null : h(`${d.published}${d.publishedInferred ? ' (inferred)' : ''}`),
    d.url === null ? null : urlHtml(d.url),
    d.duplicateOf === null ? null : h(`duplicate of ${copied < 0 ? d.duplicateOf : sourceLabel(copied)}`),
  ].filter((m) => m !== null);
  const marks = v.citations.filter((c) => c.documentIndex === i);
  return [
    `<article class="document" id="doc-${i + 1}">`,
    `<h3>${sourceLabel(i)} · ${h(documentName(d))}</h3>`,
    meta.length === 0 ? '' : `<p class="meta">${meta.join(' · ')}</p>`,
    `<div class="text">${markedText(d.text, marks)}</div>`,
    '</article>',
  ]
    .filter((l) => l !== '')
    .join('\n');
};

/**
 * The picture as one self-contained HTML page: no script, no external request, every report-derived
 * string escaped. Citations link to <mark>s around the cited spans in the full texts under "Sources".
 */
export const renderHtml = (p: Picture): string => {
  const v = buildPictureView(p);
  const links = citeLinks(v.citations);
  const nav = [
    ...v.stories.map((s, i) => `<li><a href="#story-${i + 1}">${h(s.title)}</a></li>`),
    '<li><a href="#sources">Sources</a></li>',
  ];
  return `${[
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Situation picture</title>',
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Situation picture</h1>',
    `<p class="meta">sitrep ${h(v.version)} · ${plural(v.documents.length, 'document', 'documents')} · ${plural(v.stories.length, 'story', 'stories')}</p>`,
    `<nav><ol>\n${nav.join('\n')}\n</ol></nav>`,
    '</header>',
    '<main>',
    ...(v.stories.length === 0
      ? ['<p class="none">No stories.</p>']
      : v.stories.map((s, i) => storyHtml(s, i, links))),
    '<section id="sources">',
    '<h2>Sources</h2>',
    ...v.documents.map((d, i) => documentHtml(v, d, i)),
    '</section>',
    '</main>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
};
