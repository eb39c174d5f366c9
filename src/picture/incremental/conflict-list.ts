import type { PictureConflict } from '../../model/picture.js';
import { figureId } from './figure-record.js';
import type { ConflictRecord, SeriesConflicts } from './series-state.js';

/** A conflict without its positional id, its figure ids fixed. */
export type Unnumbered = Omit<PictureConflict, 'id'>;

/** A story's conflicts, numbered when first read (the same array on every read). */
export interface NumberedConflicts {
  items(): readonly PictureConflict[];
}

/**
 * The story's conflicts with their positional ids (`x<n>`): series conflicts first (series by series), then
 * denials, as buildStory numbers them. What is kept from one report to the next is each series' conflicts
 * without ids: a series whose records are the same list keeps them, and only the conflicts in `renumbered`
 * (those naming figures whose ids may have moved) are made again, when their figures' ids moved. A conflict
 * takes its id `x<n>` when the list is read, since one conflict more or less early in the list moves the ids of
 * all those after it: a story read after every report pays that once per read, not once per report.
 */
export const conflictList = (prefix: string) => {
  let series: SeriesConflicts = [];
  let made: readonly (readonly Unnumbered[])[] = [];
  let denials: readonly Unnumbered[] = [];
  /** Each series list's conflicts, and the series list each record was last seen in. */
  const madeOf = new WeakMap<readonly ConflictRecord[], readonly Unnumbered[]>();
  const listOf = new WeakMap<ConflictRecord, readonly ConflictRecord[]>();
  /** The id of each place, kept: conflicts move between places on most reports. */
  const ids: string[] = [];
  const idAt = (n: number): string => {
    for (let k = ids.length; k <= n; k += 1) ids.push(`${prefix}x${k + 1}`);
    return ids[n]!;
  };
  /** The numbered conflict last made of each one, reused while it keeps its place. */
  const lastNumbered = new WeakMap<Unnumbered, PictureConflict>();
  // buildStory's { id, ...conflict }, written out
  const numbered = (c: Unnumbered, n: number): PictureConflict => {
    const id = idAt(n);
    const was = lastNumbered.get(c);
    if (was?.id === id) return was;
    const made = { id, kind: c.kind, about: c.about, itemIds: c.itemIds, note: c.note };
    lastNumbered.set(c, made);
    return made;
  };
  const numberedList = (lists: readonly (readonly Unnumbered[])[]): NumberedConflicts => {
    let items: PictureConflict[] | null = null;
    return {
      items: () => {
        items ??= lists.flat().map(numbered);
        return items;
      },
    };
  };
  let listed = numberedList([]);

  const sameBases = (r: ConflictRecord): boolean => r.items.every((f, i) => f.slot.figureBase === r.bases[i]);
  /** The record's conflict; `moved`: its figures' ids may have changed. */
  const take = (r: ConflictRecord, moved: boolean): Unnumbered => {
    if (r.made !== null && (!moved || sameBases(r))) return r.made;
    const { kind, about, note } = r.conflict;
    r.made = { kind, about, itemIds: r.items.map((f) => figureId(prefix, f)), note };
    r.bases = r.items.map((f) => f.slot.figureBase);
    return r.made;
  };
  const madeFor = (list: readonly ConflictRecord[]): readonly Unnumbered[] => {
    const was = madeOf.get(list);
    if (was !== undefined) return was;
    const out = list.map((r) => take(r, false));
    madeOf.set(list, out);
    for (const r of list) listOf.set(r, list);
    return out;
  };

  return (
    next: SeriesConflicts,
    nextDenials: readonly Unnumbered[],
    renumbered: ReadonlySet<ConflictRecord>,
  ): NumberedConflicts => {
    // the records whose figures' ids moved: their conflicts, and the series lists holding them, are made again
    const redo = new Set<readonly ConflictRecord[]>();
    for (const r of renumbered) {
      const was = r.made;
      if (take(r, true) === was) continue;
      const list = listOf.get(r);
      if (list === undefined) continue;
      madeOf.delete(list);
      redo.add(list);
    }
    const sameDenials =
      nextDenials.length === denials.length && nextDenials.every((c, i) => c === denials[i]);
    if (next === series && redo.size === 0 && sameDenials) return listed;
    made = next.map((list, k) => (list === series[k] && !redo.has(list) ? made[k]! : madeFor(list)));
    series = next;
    denials = nextDenials;
    listed = numberedList(nextDenials.length === 0 ? made : [...made, nextDenials]);
    return listed;
  };
};
