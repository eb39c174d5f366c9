import type { Picture, PictureFigure } from '../model/picture.js';
import { figureKeys } from './figure-source.js';

/**
 * An evolution or a contradiction of figures told as a reader reads them, values as the tables print them and
 * each with its source key: figures of one day set against each other ("Killed: ≈310 (S1) vs 250 (S2),
 * 2020-03-02"), else the days in order of the items ("Share controlled: nearly 50% (S1), 2020-03-02 → more than
 * 50% (S2), 2020-03-05"); a contradiction across days is a running total that fell ("Killed fell: …").
 */
export const changeNote = (
  p: Picture,
  kind: 'evolution' | 'contradiction',
  measure: string,
  figures: readonly PictureFigure[],
  value: (f: PictureFigure) => string,
): string => {
  const told = (f: PictureFigure): string => {
    const keys = figureKeys(p, f);
    return keys === '' ? value(f) : `${value(f)} (${keys})`;
  };
  const days = new Map<string, PictureFigure[]>();
  for (const f of figures) {
    const day = f.asOf ?? 'undated';
    days.set(day, [...(days.get(day) ?? []), f]);
  }
  const only = days.size === 1 ? [...days][0] : undefined;
  if (only !== undefined) {
    const [day, fs] = only;
    return `${measure}: ${fs.map(told).join(kind === 'evolution' ? ' / ' : ' vs ')}, ${day}`;
  }
  const fell = kind === 'contradiction' ? ' fell' : '';
  return `${measure}${fell}: ${[...days].map(([day, fs]) => `${fs.map(told).join(' / ')}, ${day}`).join(' → ')}`;
};
