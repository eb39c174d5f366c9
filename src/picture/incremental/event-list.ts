import { toEvent } from '../../link/events/build-events.js';
import type { Telling } from '../../link/events/event-telling.js';
import type { PictureEvent } from '../../model/picture.js';
import { type ChunkedList, chunkedList } from './chunked-list.js';

/** What taking the events again changed: the indices of events made, changed or dropped, and the list before. */
export interface EventChange {
  readonly events: ChunkedList<PictureEvent>;
  readonly before: ChunkedList<PictureEvent>;
  readonly changed: readonly number[];
}

/** The story's events (toEvent of each group of tellings), made again only where their tellings changed. */
export interface EventList {
  /** Indices of the events placed or acted through these entities (their summaries name them). */
  naming(entityIds: ReadonlySet<string>): Set<number>;
  /** The events of `tellings`, those at `dirty` made again (and every event past the last list's end). */
  update(tellings: readonly (readonly Telling[])[], dirty: ReadonlySet<number>): EventChange;
}

/**
 * Events are ids `${prefix}ev<n>` in order of first telling and are only added, changed in place or dropped
 * from the end (telling-merger.ts), so the list is the last one with the changed events put in; an index of
 * events by the entities their summaries name finds those a renaming touches.
 */
export const eventList = (prefix: string, nameOf: (entityId: string) => string): EventList => {
  let list = chunkedList<PictureEvent>();
  const byEntity = new Map<string, Set<number>>();
  const named = (e: PictureEvent): readonly string[] =>
    e.placeId === null ? e.actorIds : [e.placeId, ...e.actorIds];
  const index = (e: PictureEvent | undefined, i: number, on: boolean): void => {
    if (e === undefined) return;
    for (const id of named(e)) {
      const set = byEntity.get(id);
      if (on) byEntity.set(id, (set ?? new Set()).add(i));
      else set?.delete(i);
    }
  };
  /** Per event, the tellings it was made of and the names its summary gave (toEvent reads nothing else). */
  const madeFrom: (readonly Telling[])[] = [];
  const madeNames: (readonly string[])[] = [];
  const make = (tellings: readonly Telling[], i: number): PictureEvent => {
    const e = toEvent(`${prefix}ev${i + 1}`, tellings, nameOf);
    madeFrom[i] = tellings.slice();
    madeNames[i] = named(e).map(nameOf);
    return e;
  };
  /** Made of the same tellings, naming its entities as it did: the event it would be made again is the same. */
  const unchanged = (e: PictureEvent, tellings: readonly Telling[], i: number): boolean => {
    const from = madeFrom[i]!;
    if (from.length !== tellings.length || from.some((t, k) => t !== tellings[k])) return false;
    const names = madeNames[i]!;
    return named(e).every((id, k) => nameOf(id) === names[k]);
  };

  return {
    naming: (ids) => {
      const out = new Set<number>();
      for (const id of ids) for (const i of byEntity.get(id) ?? []) out.add(i);
      return out;
    },
    update: (tellings, dirty) => {
      const before = list;
      const kept = Math.min(before.length, tellings.length);
      if (dirty.size === 0 && tellings.length === before.length) return { events: list, before, changed: [] };
      const changed: number[] = [];
      for (let i = kept; i < before.length; i += 1) {
        index(before.at(i), i, false);
        changed.push(i);
      }
      const next = before.edit();
      next.truncate(kept);
      for (let i = kept; i < tellings.length; i += 1) {
        const e = make(tellings[i]!, i);
        index(e, i, true);
        next.push(e);
        changed.push(i);
      }
      for (const i of dirty) {
        if (i >= kept || unchanged(before.at(i)!, tellings[i]!, i)) continue;
        const e = make(tellings[i]!, i);
        index(before.at(i), i, false);
        index(e, i, true);
        next.set(i, e);
        changed.push(i);
      }
      list = next.done();
      madeFrom.length = tellings.length;
      madeNames.length = tellings.length;
      return { events: list, before, changed };
    },
  };
};
