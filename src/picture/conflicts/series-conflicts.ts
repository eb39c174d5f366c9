import type { PictureConflict, PictureFigure } from '../../model/picture.js';
import { figureInterval, formatFigureValue, intervalsOverlap } from './figure-interval.js';

/** Who says a figure: the claimant's name, else the outlet of the report it is read in. */
export type FigureVoice = (f: PictureFigure) => string;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const told = (f: PictureFigure, voice: FigureVoice): string =>
  `${formatFigureValue(f)} (${voice(f)}, ${f.asOf})`;

/**
 * Conflicts inside each series (figures ordered by asOf, then as given): consecutive figures with different
 * asOf and different values → 'evolution'; figures with the same asOf and window whose intervals do not
 * overlap → 'contradiction'. Figures without asOf take no part. Unchanged values are no evolution.
 */
export const seriesConflicts = (
  figures: readonly PictureFigure[],
  voice: FigureVoice,
): Omit<PictureConflict, 'id'>[] => {
  const series = new Map<string, PictureFigure[]>();
  for (const f of figures)
    if (f.asOf !== null) series.set(f.seriesKey, [...(series.get(f.seriesKey) ?? []), f]);
  const out: Omit<PictureConflict, 'id'>[] = [];
  for (const key of [...series.keys()].sort()) {
    const list = [...series.get(key)!].sort((a, b) => a.asOf!.localeCompare(b.asOf!));
    list.forEach((b, j) => {
      for (const a of list.slice(0, j)) {
        if (a.asOf !== b.asOf || !same(a.window, b.window)) continue;
        if (intervalsOverlap(figureInterval(a), figureInterval(b))) continue;
        const note = `${b.measure}: ${told(a, voice)} vs ${told(b, voice)}`;
        out.push({ kind: 'contradiction', about: key, itemIds: [a.id, b.id], note });
      }
      const a = list[j - 1];
      if (!a || a.asOf === b.asOf || same(figureInterval(a), figureInterval(b))) return;
      const note = `${b.measure}: ${told(a, voice)} → ${told(b, voice)}`;
      out.push({ kind: 'evolution', about: key, itemIds: [a.id, b.id], note });
    });
  }
  return out;
};
