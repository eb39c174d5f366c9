import type { PictureFigure } from '../model/picture.js';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Puts the unit around an already formatted number or range ("20 km²", "50–60%", "US$3"). */
const withUnit = (s: string, unit: string): string => {
  switch (unit) {
    case 'share':
      return `${s}%`;
    case 'km2':
      return `${s} km²`;
    case 'km':
      return `${s} km`;
    case 'usd':
      return `US$${s}`;
    default:
      return s;
  }
};

/**
 * A figure's value with its bounds, as a reader says it: "≈310", "> 50,000", "20 km²", "10–20 km²".
 * Shares (fractions in [0, 1]) read as percentages in words: "nearly 50%", "more than 50%", "about 60%".
 */
export const formatFigureValue = (
  f: Pick<PictureFigure, 'value' | 'low' | 'high' | 'unit' | 'approximate'>,
): string => {
  const share = f.unit === 'share';
  const num = (n: number): string => (share ? percent.format(n * 100) : number.format(n));
  const shown = (n: number): string => withUnit(num(n), f.unit);
  if (f.value !== null) {
    if (!f.approximate) return shown(f.value);
    return share ? `about ${shown(f.value)}` : `≈${shown(f.value)}`;
  }
  if (f.low !== null && f.high !== null) {
    const range = withUnit(`${num(f.low)}–${num(f.high)}`, f.unit);
    return f.approximate ? (share ? `about ${range}` : `≈${range}`) : range;
  }
  if (f.low !== null) return share ? `more than ${shown(f.low)}` : `> ${shown(f.low)}`;
  if (f.high !== null) {
    if (!share) return `< ${shown(f.high)}`;
    return f.approximate ? `nearly ${shown(f.high)}` : `less than ${shown(f.high)}`;
  }
  return '—';
};

/** The period a figure covers: "2020-02-10 – 2020-03-01", "since 2020-02-10", "until 2020-03-01", or "—". */
export const formatWindow = (w: PictureFigure['window']): string => {
  if (w === null) return '—';
  if (w.start !== null && w.end !== null) return w.start === w.end ? w.start : `${w.start} – ${w.end}`;
  if (w.start !== null) return `since ${w.start}`;
  if (w.end !== null) return `until ${w.end}`;
  return '—';
};
