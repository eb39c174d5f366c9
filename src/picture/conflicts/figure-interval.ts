import type { PictureFigure } from '../../model/picture.js';

/** How far an approximate value ("around 310") may be from the truth, either way. */
export const APPROXIMATE_TOLERANCE = 0.1;

/** The closed interval a figure allows: its bounds; else its value (±10% when approximate). */
export const figureInterval = (f: PictureFigure): readonly [number, number] => {
  if (f.low !== null || f.high !== null) return [f.low ?? -Infinity, f.high ?? Infinity];
  if (f.value === null) return [-Infinity, Infinity];
  const slack = f.approximate ? Math.abs(f.value) * APPROXIMATE_TOLERANCE : 0;
  return [f.value - slack, f.value + slack];
};

export const intervalsOverlap = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  a[0] <= b[1] && b[0] <= a[1];

const display = (v: number): number =>
  Math.abs(v) < 1 ? Math.round(v * 100) / 100 : Math.round(v * 10) / 10;

/** "≈0.44", "310", "≥69", "20–30": '≈' when stated approximately or rounded for display. */
export const formatFigureValue = (f: PictureFigure): string => {
  if (f.value !== null) {
    const shown = display(f.value);
    return `${f.approximate || shown !== f.value ? '≈' : ''}${shown}`;
  }
  if (f.low !== null && f.high !== null) return `${display(f.low)}–${display(f.high)}`;
  if (f.low !== null) return `≥${display(f.low)}`;
  if (f.high !== null) return `≤${display(f.high)}`;
  return '?';
};
