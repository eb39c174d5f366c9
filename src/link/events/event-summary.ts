import { EVENT_TAXONOMY } from '../../model/event-taxonomy.js';
import type { EventType } from '../../model/event-type.js';
import type { PictureEvent } from '../../model/picture.js';

/**
 * "Territory change: government troops — Tariq al-Bab (2016-12-02)": type label, actor names, place name, date
 * (a range as start–end); each part left out when unknown.
 */
export const eventSummary = (
  type: EventType,
  actorNames: readonly string[],
  placeName: string | null,
  date: PictureEvent['date'],
): string => {
  const actors = actorNames.length > 0 ? `: ${actorNames.join(', ')}` : '';
  const place = placeName ? ` — ${placeName}` : '';
  const when = date ? ` (${date.start === date.end ? date.start : `${date.start}–${date.end}`})` : '';
  return `${EVENT_TAXONOMY[type].label}${actors}${place}${when}`;
};
