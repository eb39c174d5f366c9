import { documentLabel } from '../../src/out/document-label.js';
import type { Picture, PictureDocument } from './api.js';
import { briefingPanel } from './briefing-panel.js';
import { claimsPanel } from './claims-panel.js';
import { conflictsPanel } from './conflicts-panel.js';
import { el, safeLink } from './dom.js';
import { figuresPanel } from './figures-panel.js';
import { mapPanel } from './map-panel.js';
import { openCitation } from './report-viewer.js';
import { storyContext } from './story-context.js';
import { timelinePanel } from './timeline-panel.js';

/** A report's title; an untitled one's opening words (in italics) and its file. */
const reportName = (d: PictureDocument): readonly (Node | string)[] => {
  const l = documentLabel(d);
  if (l.title !== null) return [l.title];
  return l.opening === null ? [l.file] : [el('em', {}, l.opening), ` (${l.file})`];
};

const sources = (picture: Picture): HTMLElement =>
  el(
    'section',
    { className: 'panel sources' },
    el('h2', {}, 'Reports'),
    el(
      'ol',
      {},
      ...picture.documents.map((d) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              className: 'link',
              attrs: { type: 'button' },
              onClick: () => void openCitation({ documentId: d.id, start: null, end: null }),
            },
            ...reportName(d),
          ),
          ' ',
          [d.outlet, d.published, d.duplicateOf ? 'copy' : null].filter((x) => x !== null).join(' · '),
          d.url ? ' ' : '',
          d.url ? safeLink(d.url, 'source') : null,
        ),
      ),
    ),
  );

/** A story: map first, then timeline, charts, conflicts, claims and briefing; the exports at the end. */
export const storyView = (picture: Picture): HTMLElement => {
  const story = picture.stories[0]!;
  const ctx = storyContext(picture, story);
  const base = `/api/stories/${encodeURIComponent(story.id)}`;
  return el(
    'article',
    { className: 'story', dataset: { storyId: story.id, reports: String(picture.documents.length) } },
    el('h1', {}, story.title),
    el(
      'p',
      { className: 'meta', attrs: { id: 'story-meta' } },
      `${picture.documents.length} reports · ${story.events.length} events · ${story.figures.length} figures · ${story.conflicts.length} conflicts`,
    ),
    el('div', { className: 'grid' }, mapPanel(ctx), briefingPanel(ctx)),
    el('div', { className: 'grid' }, timelinePanel(ctx), conflictsPanel(ctx)),
    figuresPanel(ctx),
    el('div', { className: 'grid' }, claimsPanel(ctx), sources(picture)),
    el(
      'p',
      { className: 'exports' },
      'Export: ',
      ...['json', 'geojson', 'csv', 'md', 'html'].flatMap((f) => [
        el('a', { attrs: { href: f === 'json' ? base : `${base}.${f}` } }, f),
        ' ',
      ]),
    ),
  );
};
