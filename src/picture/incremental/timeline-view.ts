import type { PictureEvent, TimelineEntry } from '../../model/picture.js';
import { buildTimeline } from '../timeline/build-timeline.js';
import type { EventChange } from './event-list.js';

const byDateDesc = (a: TimelineEntry, b: TimelineEntry): number => b.date.localeCompare(a.date);

/**
 * A story's timeline (buildTimeline), recomputed only for the dates of the events that changed: an entry
 * holds the events of one date, so the others stay as they were (event ids are never renumbered: events are
 * only added, changed in place or dropped from the end). The events of each date are indexed by position.
 */
export const timelineView = () => {
  let timeline: TimelineEntry[] = [];
  const onDate = new Map<string, Set<number>>();
  const index = (e: PictureEvent | undefined, i: number, on: boolean, dates: Set<string>): void => {
    if (e?.date == null) return;
    const date = e.date.start;
    dates.add(date);
    const set = onDate.get(date);
    if (on) onDate.set(date, (set ?? new Set()).add(i));
    else if (set !== undefined) {
      set.delete(i);
      if (set.size === 0) onDate.delete(date);
    }
  };
  return ({ events, before, changed }: EventChange): TimelineEntry[] => {
    const dates = new Set<string>();
    for (const i of changed) {
      index(before.at(i), i, false, dates);
      index(events.at(i), i, true, dates);
    }
    if (dates.size === 0) return timeline;
    const at = [...dates].flatMap((d) => [...(onDate.get(d) ?? [])]).sort((a, b) => a - b);
    const fresh = buildTimeline(at.map((i) => events.at(i)!));
    timeline = [...timeline.filter((t) => !dates.has(t.date)), ...fresh].sort(byDateDesc);
    return timeline;
  };
};
