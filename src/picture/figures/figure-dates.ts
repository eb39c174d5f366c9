import type { IsoDate } from '../../model/date.js';
import type { PictureFigure } from '../../model/picture.js';
import type { TimeMention } from '../../model/time-mention.js';

/**
 * When a figure holds: a point time mention dates it; otherwise the report's publication date does. A "since"
 * time makes a window from the since-date to asOf (cumulative counts), as does a duration ending at the
 * publication date ("over the past week").
 */
export const figureDates = (
  time: TimeMention | null,
  published: IsoDate | null,
): Pick<PictureFigure, 'asOf' | 'window'> => {
  const range = time?.range ?? null;
  if (time === null || range === null) return { asOf: published, window: null };
  if (time.relation === 'since') return { asOf: published, window: { start: range.start, end: published } };
  // "fled over the past week": a span of time that ends at the publication date is the window of the count.
  if (time.type === 'DURATION' && published !== null && range.end === published && range.start < published) {
    return { asOf: published, window: { start: range.start, end: published } };
  }
  if (range.start === range.end && time.relation !== 'until' && time.relation !== 'before') {
    return { asOf: range.start, window: null };
  }
  return { asOf: published, window: null };
};
