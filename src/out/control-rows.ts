import type { PictureStory } from '../model/picture.js';
import type { Cite, ControlRow, EntityName } from './view-types.js';
import { EXTENT_NOTES } from './vocabulary-notes.js';

const names = (ids: readonly string[], name: EntityName): string =>
  ids.length === 0 ? '—' : ids.map((id) => name(id) ?? id).join(', ');

/** `2016-11-26`, or `2016-12-03 (report date)` when the report did not date the change, or `—`. */
const fromLabel = (from: string | null, basis: string | null): string =>
  from === null ? '—' : basis === 'report' ? `${from} (report date)` : from;

/** One row per period of control, places in the picture's order, each citing the tellings of its changes. */
export const buildControlRows = (s: PictureStory, name: EntityName, cite: Cite): readonly ControlRow[] => {
  const events = new Map(s.events.map((e) => [e.id, e]));
  return s.control.flatMap((c) =>
    c.periods.map((p) => ({
      place: name(c.placeId) ?? c.placeId,
      holders: names(p.holderIds, name),
      from: fromLabel(p.from, p.dateBasis),
      until: p.until ?? '—',
      extent: EXTENT_NOTES[p.extent].label,
      status: p.status,
      claimants: p.claimantIds.length === 0 ? 'the reports themselves' : names(p.claimantIds, name),
      cites: cite([...p.eventIds.flatMap((id) => events.get(id)?.evidence ?? []), ...p.confirmations]),
    })),
  );
};
