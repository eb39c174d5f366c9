import { PICTURE_TERRITORY_MEASURES } from '../../lang/en/picture-what-classes.js';
import type { PictureConflict, PictureFigure } from '../../model/picture.js';
import { figureInterval, formatFigureValue, intervalsOverlap } from './figure-interval.js';
import { undatedDiscrepancy } from './undated-disagreement.js';

/** Who says a figure: the claimant's name, else the outlet of the report it is read in. */
export type FigureVoice = (f: PictureFigure) => string;

type Conflict = Omit<PictureConflict, 'id'>;

/** Stock measures state how things stand on a day (who holds how much), so two values on one day compete. */
const STOCK = new Set(PICTURE_TERRITORY_MEASURES);

/** A cumulative count: told with a window whose start is known ("since November 15"). */
const windowStart = (f: PictureFigure): string | null => f.window?.start ?? null;

/** One voice in one report giving two numbers is telling two things (two incidents), not contradicting itself. */
const independent = (a: PictureFigure, b: PictureFigure): boolean =>
  a.claimantId !== b.claimantId || a.evidence[0]?.documentId !== b.evidence[0]?.documentId;

/**
 * Two figures of one day measure the same thing only when their scope is comparable: a stock measure, or two
 * cumulative counts from the same start. Counts of new incidents ("five people were killed by rebel fire") and
 * a cumulative total against a fresh incident never compete.
 */
const comparable = (a: PictureFigure, b: PictureFigure): boolean =>
  STOCK.has(a.measure) || (windowStart(a) !== null && windowStart(a) === windowStart(b));

/**
 * Conflicts inside each series (figures with an asOf; ordered by asOf, then as given):
 * - 'contradiction': on one day, two independent voices (other report or other claimant) give disjoint values
 *   of comparable scope (see `comparable`); or a cumulative count from one start is later told lower than it
 *   was earlier (a running total cannot fall).
 * - 'evolution': the figures of one day against those of the series' previous day, once per pair of days,
 *   when the values told changed; all figures of both days are its items.
 * - 'discrepancy': figures without a date against the series' latest day (undatedDiscrepancy).
 */
export const seriesConflicts = (figures: readonly PictureFigure[], voice: FigureVoice): Conflict[] => {
  // each figure's interval and telling, worked out once (a day's figures are compared pairwise)
  const once = <T>(make: (f: PictureFigure) => T): ((f: PictureFigure) => T) => {
    const made = new Map<PictureFigure, T>();
    return (f) => {
      if (!made.has(f)) made.set(f, make(f));
      return made.get(f)!;
    };
  };
  const interval = once(figureInterval);
  const told = once((f) => `${formatFigureValue(f)} (${voice(f)})`);
  const toldAll = (fs: readonly PictureFigure[]): string => `${fs.map(told).join(' / ')}, ${fs[0]!.asOf}`;
  const series = new Map<string, { dated: PictureFigure[]; undated: PictureFigure[] }>();
  for (const f of figures) {
    let s = series.get(f.seriesKey);
    if (s === undefined) {
      s = { dated: [], undated: [] };
      series.set(f.seriesKey, s);
    }
    (f.asOf === null ? s.undated : s.dated).push(f);
  }
  const out: Conflict[] = [];
  for (const key of [...series.keys()].sort()) {
    const { dated, undated } = series.get(key)!;
    const list = [...dated].sort((a, b) => a.asOf!.localeCompare(b.asOf!));
    // the figures of each day, in list order (a day's figures are consecutive in the sorted list)
    const onDay: PictureFigure[][] = [];
    for (const f of list) {
      const last = onDay.at(-1);
      if (last !== undefined && last[0]!.asOf === f.asOf) last.push(f);
      else onDay.push([f]);
    }
    onDay.forEach((today, k) => {
      today.forEach((b, j) => {
        for (let i = 0; i < j; i += 1) {
          const a = today[i]!;
          if (intervalsOverlap(interval(a), interval(b))) continue;
          if (!independent(a, b) || !comparable(a, b)) continue;
          const note = `${b.measure}: ${told(a)} vs ${told(b)}, ${b.asOf}`;
          out.push({ kind: 'contradiction', about: key, itemIds: [a.id, b.id], note });
        }
        // a running total is checked against the series' previous day
        const ws = windowStart(b);
        for (const a of k > 0 && ws !== null ? onDay[k - 1]! : []) {
          if (windowStart(a) !== ws || interval(b)[1] >= interval(a)[0]) continue;
          const note = `${b.measure} since ${ws} fell: ${told(a)}, ${a.asOf} → ${told(b)}, ${b.asOf}`;
          out.push({ kind: 'contradiction', about: key, itemIds: [a.id, b.id], note });
        }
      });
    });
    // the same interval told: the same text (JSON) of it
    const shape = (f: PictureFigure): string => JSON.stringify(interval(f));
    onDay.slice(1).forEach((after, k) => {
      const before = onDay[k]!;
      const shapes = new Set(before.map(shape));
      if (after.every((b) => shapes.has(shape(b)))) return;
      const note = `${after[0]!.measure}: ${toldAll(before)} → ${toldAll(after)}`;
      out.push({ kind: 'evolution', about: key, itemIds: [...before, ...after].map((f) => f.id), note });
    });
    const discrepancy = undatedDiscrepancy(key, onDay.at(-1) ?? [], undated, voice);
    if (discrepancy !== null) out.push(discrepancy);
  }
  return out;
};
