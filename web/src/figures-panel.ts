import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import type { PictureStory } from './api.js';
import { el, section } from './dom.js';
import type { StoryContext } from './story-context.js';

type Figure = PictureStory['figures'][number];

const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
] as const;

/** The number a figure stands for on a chart: its value, else the middle of its bounds, else its one bound. */
const plotted = (f: Figure): number | null =>
  f.value ?? (f.low !== null && f.high !== null ? (f.low + f.high) / 2 : (f.low ?? f.high));

const seconds = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 1000;

/** One chart per measure: x the date a figure holds for, one series per claimant. */
const chart = (ctx: StoryContext, measure: string, figures: readonly Figure[]): HTMLElement => {
  const dated = figures.filter((f) => f.asOf !== null && plotted(f) !== null);
  const claimants = [...new Set(dated.map((f) => f.claimantId ?? ''))];
  const xs = [...new Set(dated.map((f) => seconds(f.asOf!)))].sort((a, b) => a - b);
  const series = claimants.map((c) =>
    xs.map((x) => {
      const here = dated.filter((f) => (f.claimantId ?? '') === c && seconds(f.asOf!) === x);
      return here.length === 0 ? null : Math.max(...here.map((f) => plotted(f)!));
    }),
  );
  const box = el('div', { className: 'chart', dataset: { measure } });
  const units = [...new Set(dated.map((f) => f.unit))].join(', ');
  const wrapper = el('figure', {}, el('figcaption', {}, `${measure.replace(/_/g, ' ')} (${units})`), box);
  if (xs.length === 0) {
    box.append(el('p', { className: 'empty' }, 'No dated figures.'));
    return wrapper;
  }
  requestAnimationFrame(() => {
    new uPlot(
      {
        width: Math.max(280, box.clientWidth || 420),
        height: 200,
        scales: { x: { time: true } },
        series: [
          {},
          ...claimants.map((c, i) => ({
            label: ctx.name(c === '' ? null : c),
            stroke: PALETTE[i % PALETTE.length],
            width: 2,
            spanGaps: true,
            points: { show: true, size: 7 },
          })),
        ],
      },
      [xs, ...series] as uPlot.AlignedData,
      box,
    );
  });
  return wrapper;
};

export const figuresPanel = (ctx: StoryContext): HTMLElement => {
  const byMeasure = new Map<string, Figure[]>();
  for (const f of ctx.story.figures) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f]);
  return section(
    'Figures',
    'figures',
    byMeasure.size === 0
      ? el('p', { className: 'empty' }, 'No figures.')
      : el('div', { className: 'charts' }, ...[...byMeasure].map(([m, fs]) => chart(ctx, m, fs))),
  );
};
