import type { PictureConflict, PictureFigure } from '../../model/picture.js';
import { figureInterval, formatFigureValue } from './figure-interval.js';

/**
 * The report a figure is read in. Undated figures are set against those of other reports only: two voices of one
 * report speak of one time, so whether they disagree is a contradiction's question, not a discrepancy's.
 */
const teller = (f: PictureFigure): string => f.evidence[0]?.documentId ?? '';

/** The two most extreme values by `better`, of two different reports (the second null when there is none). */
const extremes = (
  items: readonly PictureFigure[],
  value: (f: PictureFigure) => number,
  better: (x: number, y: number) => boolean,
) => {
  let first: PictureFigure | null = null;
  let second: PictureFigure | null = null;
  for (const f of items) {
    if (first === null || better(value(f), value(first))) {
      if (first !== null && teller(first) !== teller(f)) second = first;
      first = f;
    } else if (teller(f) !== teller(first) && (second === null || better(value(f), value(second))))
      second = f;
  }
  return [first, second] as const;
};

/**
 * Whether one of `undated` and another of `items`, read in another report, give disjoint values: the lowest
 * high and highest low of reports other than the figure's own are all it needs to see (linear).
 */
export const undatedDisagreement = (
  items: readonly PictureFigure[],
  undated: readonly PictureFigure[],
  interval: (f: PictureFigure) => readonly [number, number],
): boolean => {
  const lowestHigh = extremes(
    items,
    (f) => interval(f)[1],
    (x, y) => x < y,
  );
  const highestLow = extremes(
    items,
    (f) => interval(f)[0],
    (x, y) => x > y,
  );
  const other = (pair: readonly [PictureFigure | null, PictureFigure | null], b: PictureFigure) =>
    pair[0] !== null && teller(pair[0]) !== teller(b) ? pair[0] : pair[1];
  return undated.some((b) => {
    const [lo, hi] = interval(b);
    const below = other(lowestHigh, b);
    const above = other(highestLow, b);
    return (below !== null && interval(below)[1] < lo) || (above !== null && interval(above)[0] > hi);
  });
};

/**
 * Of the figures one voice gives in one report, the greatest (by its high bound; ties: the first), in the given
 * order: the others are counts of a part ("four people were detained, two of them women"), not other tellings of
 * the same count, so they neither stand against another report's figure nor show in its discrepancy.
 */
export const reportTotals = (
  figures: readonly PictureFigure[],
  interval: (f: PictureFigure) => readonly [number, number],
): PictureFigure[] => {
  const top = new Map<string, PictureFigure>();
  for (const f of figures) {
    const key = `${teller(f)}|${f.claimantId ?? ''}`;
    const was = top.get(key);
    if (was === undefined || interval(f)[1] > interval(was)[1]) top.set(key, f);
  }
  const kept = new Set(top.values());
  return figures.filter((f) => kept.has(f));
};

/**
 * The 'discrepancy' of a series: figures without a date (read in an undated report) against the series' latest
 * day (`latest`, its figures in order) and each other, for a named measure (not 'other': counts of anything),
 * when an undated figure and one of those, read in another report, disagree (disjoint values): they differ, and
 * which is newer cannot be told. Only each voice's total in each report is set against the others
 * (reportTotals). Its items are the latest day's figures, then the undated ones; null when none.
 */
export const undatedDiscrepancy = (
  key: string,
  latest: readonly PictureFigure[],
  undated: readonly PictureFigure[],
  voice: (f: PictureFigure) => string,
): Omit<PictureConflict, 'id'> | null => {
  if (undated.length === 0 || undated[0]!.measure === 'other') return null;
  const latestTotals = reportTotals(latest, figureInterval);
  const undatedTotals = reportTotals(undated, figureInterval);
  const items = [...latestTotals, ...undatedTotals];
  if (!undatedDisagreement(items, undatedTotals, figureInterval)) return null;
  const told = (fs: readonly PictureFigure[]) =>
    fs.map((f) => `${formatFigureValue(f)} (${voice(f)})`).join(' / ');
  const then = latestTotals.length > 0 ? `${told(latestTotals)}, ${latestTotals[0]!.asOf}; ` : '';
  const note = `${undatedTotals[0]!.measure}: ${then}${told(undatedTotals)}, date unknown`;
  return { kind: 'discrepancy', about: key, itemIds: items.map((f) => f.id), note };
};
