import type { ReportWithAnalysis, SpanRef } from './api.js';
import { el } from './dom.js';

/** One annotation the viewer underlines: its span, a CSS class and what a hover tells. */
interface Mark {
  readonly span: SpanRef;
  readonly className: string;
  readonly label: string;
}

const marksOf = ({ analysis }: ReportWithAnalysis): Mark[] => [
  ...analysis.entities.map((e) => ({
    span: e.span,
    className: `ann-entity ann-${e.type}`,
    label: `${e.type}: ${e.name}`,
  })),
  ...analysis.times.map((t) => ({ span: t.span, className: 'ann-time', label: `time: ${t.value}` })),
  ...analysis.figures.map((f) => ({ span: f.span, className: 'ann-figure', label: `figure: ${f.measure}` })),
  ...analysis.events.map((e) => ({ span: e.trigger, className: 'ann-event', label: `event: ${e.type}` })),
  ...analysis.attributions.map((a) => ({ span: a.cue, className: 'ann-cue', label: `cue: ${a.stance}` })),
];

/**
 * The report text cut at every annotation boundary; each piece is a text node inside spans carrying the
 * classes of the annotations covering it, and the cited span is a <mark>. Text stays text.
 */
export const annotatedText = (data: ReportWithAnalysis, cited: SpanRef | null): HTMLElement => {
  const text = data.report.text;
  const marks = marksOf(data).filter((m) => m.span.start < m.span.end && m.span.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.span.start).add(m.span.end);
  if (cited) cuts.add(Math.max(0, cited.start)).add(Math.min(text.length, cited.end));
  const points = [...cuts].sort((a, b) => a - b);
  const body = el('div', { className: 'report-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = marks.filter((m) => m.span.start <= start && end <= m.span.end);
    let node: Node = document.createTextNode(text.slice(start, end));
    if (covering.length > 0) {
      node = el(
        'span',
        {
          className: covering.map((m) => m.className).join(' '),
          title: covering.map((m) => m.label).join('\n'),
        },
        node,
      );
    }
    if (cited && cited.start <= start && end <= cited.end) node = el('mark', { className: 'cited' }, node);
    body.append(node);
  }
  return body;
};
