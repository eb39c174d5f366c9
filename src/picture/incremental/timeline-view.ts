import type { PictureEvent, TimelineEntry } from '../../model/picture.js';
import { buildTimeline } from '../timeline/build-timeline.js';

/**
 * A story's timeline (buildTimeline), recomputed only for the dates of the events that changed: an entry
 * holds the events of one date, so the others stay as they were (event ids are never renumbered: events are
 * only added or changed in place).
 */
export const timelineView = () => {
  let last: { readonly events: readonly PictureEvent[]; readonly timeline: TimelineEntry[] } | null = null;
  return (events: readonly PictureEvent[]): TimelineEntry[] => {
    if (last === null) {
      last = { events, timeline: buildTimeline(events) };
      return last.timeline;
    }
    const dates = new Set<string>();
    const before = last.events;
    for (let i = 0; i < Math.max(events.length, before.length); i += 1) {
      if (events[i] === before[i]) continue;
      for (const e of [events[i], before[i]]) if (e?.date) dates.add(e.date.start);
    }
    if (dates.size === 0) {
      last = { events, timeline: last.timeline };
      return last.timeline;
    }
    const fresh = buildTimeline(events.filter((e) => e.date !== null && dates.has(e.date.start)));
    const timeline = [...last.timeline.filter((t) => !dates.has(t.date)), ...fresh].sort((a, b) =>
      b.date.localeCompare(a.date),
    );
    last = { events, timeline };
    return timeline;
  };
};
