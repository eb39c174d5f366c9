import { parseIsoDate } from '../../model/date.js';
import type { PictureFigure } from '../../model/picture.js';

/** A window reaching back this far before its figure's date is background ("since March 2011"), not the story. */
export const BACKGROUND_DAYS = 365;

const parts = (key: string): [string, string, string, string] => {
  const [measure = '', what = '', place = '', unit = ''] = key.split('|');
  return [measure, what, place, unit];
};

const background = (f: PictureFigure): boolean => {
  const start = f.window?.start ?? null;
  if (start === null || f.asOf === null) return false;
  return (parseIsoDate(f.asOf).getTime() - parseIsoDate(start).getTime()) / 86_400_000 > BACKGROUND_DAYS;
};

/**
 * A figure whose place is not told ("Tens of thousands of civilians have fled") joins the series of the same
 * measure, counted class and unit when the story holds exactly one such series with a place: the story is
 * about that place, so the figure most likely is too. With two or more placed series it is ambiguous and stays
 * apart, as does a background figure (window reaching back more than BACKGROUND_DAYS). The figure keeps
 * placeId null (the text does not name one); only its seriesKey changes.
 */
export const placelessSeries = (figures: readonly PictureFigure[]): PictureFigure[] => {
  const placed = new Map<string, Set<string>>();
  for (const f of figures) {
    const [measure, what, place, unit] = parts(f.seriesKey);
    if (place === '-') continue;
    const scope = `${measure}|${what}|${unit}`;
    placed.set(scope, (placed.get(scope) ?? new Set()).add(f.seriesKey));
  }
  return figures.map((f) => {
    const [measure, what, place, unit] = parts(f.seriesKey);
    const keys = placed.get(`${measure}|${what}|${unit}`);
    if (place !== '-' || keys?.size !== 1 || background(f)) return f;
    return { ...f, seriesKey: [...keys][0]! };
  });
};
