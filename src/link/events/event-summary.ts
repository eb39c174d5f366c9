import { EVENT_TAXONOMY } from '../../model/event-taxonomy.js';
import type { EventType } from '../../model/event-type.js';
import type { PictureEvent } from '../../model/picture.js';

/**
 * A summary that reads alone: "Territory change by government troops in Tariq al-Bab, 2016-12-02";
 * "Casualties in Aleppo, 2016-11-15 to 2016-12-03"; "Air strike". Type label, then actors, place and date,
 * each left out when unknown.
 */
export const eventSummary = (
  type: EventType,
  actorNames: readonly string[],
  placeName: string | null,
  date: PictureEvent['date'],
): string => {
  const actors = actorNames.length > 0 ? ` by ${actorNames.join(', ')}` : '';
  const place = placeName ? ` in ${placeName}` : '';
  const when = date ? `, ${date.start === date.end ? date.start : `${date.start} to ${date.end}`}` : '';
  return `${EVENT_TAXONOMY[type].label}${actors}${place}${when}`;
};
