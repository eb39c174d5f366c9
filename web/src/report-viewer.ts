import { annotatedText } from './annotated-text.js';
import { type Citation, fetchReport } from './api.js';
import { el, safeLink } from './dom.js';

const dialog = (): HTMLDialogElement => document.getElementById('report-viewer') as HTMLDialogElement;

const LEGEND: readonly [string, string][] = [
  ['cited', 'cited span'],
  ['ann-entity', 'entity'],
  ['ann-time', 'time'],
  ['ann-figure', 'figure'],
  ['ann-event', 'event'],
  ['ann-cue', 'attribution cue'],
];

/** Opens the source report of a citation: the cited span highlighted, every other annotation visible. */
export const openCitation = async (
  c: Citation | { documentId: string; start: number | null; end: number | null },
) => {
  const view = dialog();
  view.replaceChildren(el('p', {}, 'Loading report…'));
  if (!view.open) view.showModal();
  try {
    const data = await fetchReport(c.documentId);
    const { report } = data;
    const cited = c.start === null || c.end === null ? null : { start: c.start, end: c.end };
    const text = annotatedText(data, cited);
    view.replaceChildren(
      el(
        'header',
        { className: 'viewer-head' },
        el('h2', {}, report.title ?? report.outlet ?? report.id),
        el(
          'button',
          {
            className: 'close',
            attrs: { type: 'button', 'aria-label': 'close' },
            onClick: () => view.close(),
          },
          '×',
        ),
      ),
      el(
        'p',
        { className: 'meta' },
        [report.outlet, report.published].filter((x) => x !== null).join(' · '),
        report.url ? ' · ' : '',
        report.url ? safeLink(report.url, report.url) : null,
      ),
      el(
        'p',
        { className: 'legend' },
        ...LEGEND.map(([cls, label]) => el('span', { className: cls }, label)),
      ),
      text,
    );
    view.dataset.documentId = report.id;
    text.querySelector('mark.cited')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    view.replaceChildren(el('p', { className: 'error' }, `Cannot load report: ${(e as Error).message}`));
  }
};

/** A citation as a small button: `[n]`, with the quoted text as its hover. */
export const citeButton = (c: Citation, n: number, quote: string | null): HTMLElement =>
  el(
    'button',
    {
      className: 'cite',
      title: quote ?? '',
      attrs: { type: 'button' },
      dataset: { documentId: c.documentId, start: String(c.start), end: String(c.end) },
      onClick: () => void openCitation(c),
    },
    `[${n}]`,
  );
