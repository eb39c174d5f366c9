import { PICTURE_TERRITORY_MEASURES } from '../../lang/en/picture-what-classes.js';
import type { PictureConflict, PictureFigure } from '../../model/picture.js';
import { figureInterval, formatFigureValue, intervalsOverlap } from './figure-interval.js';

/** Who says a figure: the claimant's name, else the outlet of the report it is read in. */
export type FigureVoice = (f: PictureFigure) => string;

type Conflict = Omit<PictureConflict, 'id'>;

/** Stock measures state how things stand on a day (who holds how much), so two values on one day compete. */
const STOCK = new Set(PICTURE_TERRITORY_MEASURES);

const sameInterval = (a: PictureFigure, b: PictureFigure): boolean =>
  JSON.stringify(figureInterval(a)) === JSON.stringify(figureInterval(b));

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

const told = (f: PictureFigure, voice: FigureVoice): string => `${formatFigureValue(f)} (${voice(f)})`;
const toldAll = (fs: readonly PictureFigure[], voice: FigureVoice): string =>
  `${fs.map((f) => told(f, voice)).join(' / ')}, ${fs[0]!.asOf}`;

/**
 * Conflicts inside each series (figures with an asOf; ordered by asOf, then as given):
 * - 'contradiction': on one day, two independent voices (other report or other claimant) give disjoint values
 *   of comparable scope (see `comparable`); or a cumulative count from one start is later told lower than it
 *   was earlier (a running total cannot fall).
 * - 'evolution': the figures of one day against those of the series' previous day, once per pair of days,
 *   when the values told changed; all figures of both days are its items.
 */
export const seriesConflicts = (figures: readonly PictureFigure[], voice: FigureVoice): Conflict[] => {
  const series = new Map<string, PictureFigure[]>();
  for (const f of figures)
    if (f.asOf !== null) series.set(f.seriesKey, [...(series.get(f.seriesKey) ?? []), f]);
  const out: Conflict[] = [];
  for (const key of [...series.keys()].sort()) {
    const list = [...series.get(key)!].sort((a, b) => a.asOf!.localeCompare(b.asOf!));
    const days = [...new Set(list.map((f) => f.asOf!))];
    const onDay = new Map(days.map((d) => [d, list.filter((f) => f.asOf === d)]));
    days.forEach((day, k) => {
      const today = onDay.get(day)!;
      today.forEach((b, j) => {
        for (const a of today.slice(0, j)) {
          if (intervalsOverlap(figureInterval(a), figureInterval(b))) continue;
          if (!independent(a, b) || !comparable(a, b)) continue;
          const note = `${b.measure}: ${told(a, voice)} vs ${told(b, voice)}, ${b.asOf}`;
          out.push({ kind: 'contradiction', about: key, itemIds: [a.id, b.id], note });
        }
        // a running total is checked against the series' previous day
        const ws = windowStart(b);
        for (const a of k > 0 && ws !== null ? onDay.get(days[k - 1]!)! : []) {
          if (windowStart(a) !== ws || figureInterval(b)[1] >= figureInterval(a)[0]) continue;
          const note = `${b.measure} since ${ws} fell: ${told(a, voice)}, ${a.asOf} → ${told(b, voice)}, ${b.asOf}`;
          out.push({ kind: 'contradiction', about: key, itemIds: [a.id, b.id], note });
        }
      });
    });
    days.slice(1).forEach((day, k) => {
      const before = onDay.get(days[k]!)!;
      const after = onDay.get(day)!;
      if (after.every((b) => before.some((a) => sameInterval(a, b)))) return;
      const note = `${after[0]!.measure}: ${toldAll(before, voice)} → ${toldAll(after, voice)}`;
      out.push({ kind: 'evolution', about: key, itemIds: [...before, ...after].map((f) => f.id), note });
    });
  }
  return out;
};
