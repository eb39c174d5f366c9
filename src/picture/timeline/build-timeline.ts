import type { IsoDate } from '../../model/date.js';
import type { PictureEvent, TimelineEntry } from '../../model/picture.js';

const PRECISION = ['day', 'week', 'month', 'year'];
const ON_TIMELINE = new Set(['happened', 'denied']);

/**
 * Dated events that happened (or are denied), grouped per start date, NEWEST DATE FIRST, so a reader (and
 * every renderer, which shows entries in order) meets the current situation before the background: an event
 * told with a window reaching years back ("since the conflict erupted in March 2011") is filed under its start
 * and so sinks to the end while staying in the story's events. Within a date: day before week before month
 * before year, then first told first.
 */
export const buildTimeline = (events: readonly PictureEvent[]): TimelineEntry[] => {
  const dated = events
    .filter((e) => e.date !== null && ON_TIMELINE.has(e.modality))
    .map((e, i) => ({ e, i, date: e.date! }))
    .sort(
      (a, b) =>
        b.date.start.localeCompare(a.date.start) ||
        PRECISION.indexOf(a.date.precision) - PRECISION.indexOf(b.date.precision) ||
        a.i - b.i,
    );
  const out: { date: IsoDate; eventIds: string[] }[] = [];
  for (const { e, date } of dated) {
    const last = out.at(-1);
    if (last?.date === date.start) last.eventIds.push(e.id);
    else out.push({ date: date.start, eventIds: [e.id] });
  }
  return out;
};
