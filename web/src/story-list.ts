import type { StorySummary } from './api.js';
import { el } from './dom.js';

export const storyList = (stories: readonly StorySummary[]): HTMLElement => {
  const total = stories.reduce((n, s) => n + s.reports, 0);
  return el(
    'section',
    {
      className: 'story-list',
      attrs: { id: 'story-list' },
      dataset: { totalReports: String(total), stories: String(stories.length) },
    },
    el('h1', {}, 'Stories'),
    stories.length === 0
      ? el('p', { className: 'empty' }, 'No reports yet: POST some to /api/reports, or run `sitrep ingest`.')
      : el(
          'table',
          {},
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ...['Story', 'Reports', 'Independent sources', 'Conflicts', 'Last update'].map((h) =>
                el('th', {}, h),
              ),
            ),
          ),
          el(
            'tbody',
            {},
            ...stories.map((s) =>
              el(
                'tr',
                { dataset: { storyId: s.id } },
                el('td', {}, el('a', { attrs: { href: `#/story/${encodeURIComponent(s.id)}` } }, s.title)),
                el('td', { className: 'num reports' }, String(s.reports)),
                el('td', { className: 'num' }, String(s.sources)),
                el('td', { className: 'num' }, String(s.conflicts)),
                el('td', {}, s.lastUpdate ?? '—'),
              ),
            ),
          ),
        ),
  );
};
