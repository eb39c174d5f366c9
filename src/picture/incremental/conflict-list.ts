import type { PictureConflict } from '../../model/picture.js';
import { figureId } from './figure-record.js';
import type { ConflictRecord, SeriesConflicts } from './series-state.js';
import { spliced } from './spliced.js';

type Unnumbered = Omit<PictureConflict, 'id'>;

/**
 * The story's conflicts with their positional ids (`x<n>`): series conflicts first, then denials, as buildStory
 * numbers them. The list is the last one up to `next.from` (the series conflicts there are the same records in
 * the same places), with the conflicts in `renumbered` (those naming figures whose ids may have moved) made
 * again; from there on a conflict keeps its object while its place and the ids of its figures hold, and its
 * figure ids while those hold.
 */
export const conflictList = (prefix: string) => {
  let out: PictureConflict[] = [];
  let series: readonly ConflictRecord[] = [];
  let denials: readonly Unnumbered[] = [];
  /** The id of each place, kept: conflicts move between places on most reports. */
  const ids: string[] = [];
  const idAt = (n: number): string => {
    for (let k = ids.length; k <= n; k += 1) ids.push(`${prefix}x${k + 1}`);
    return ids[n]!;
  };
  // buildStory's { id, ...conflict }, written out (a conflict is made again whenever an earlier one comes or goes)
  const numbered = (c: Unnumbered, n: number, itemIds: readonly string[]): PictureConflict => ({
    id: idAt(n),
    kind: c.kind,
    about: c.about,
    itemIds,
    note: c.note,
  });
  const sameBases = (r: ConflictRecord): boolean => r.items.every((f, i) => f.slot.figureBase === r.bases[i]);
  /** The record's conflict at place `n`; `moved`: its figures' ids may have changed. */
  const take = (r: ConflictRecord, n: number, moved: boolean): PictureConflict => {
    const was = r.made;
    if (was !== null && (!moved || sameBases(r))) {
      if (r.position === n) return was;
      // moved in the list only: the same figures, a new number
      r.made = numbered(was, n, was.itemIds);
    } else {
      r.made = numbered(
        r.conflict,
        n,
        r.items.map((f) => figureId(prefix, f)),
      );
      r.bases = r.items.map((f) => f.slot.figureBase);
    }
    r.position = n;
    return r.made;
  };
  return (
    next: SeriesConflicts,
    nextDenials: readonly Unnumbered[],
    renumbered: ReadonlySet<ConflictRecord>,
  ): PictureConflict[] => {
    const { records, from } = next;
    const same =
      records === series &&
      from === records.length &&
      renumbered.size === 0 &&
      nextDenials.length === denials.length &&
      nextDenials.every((c, i) => c === denials[i]);
    if (same) return out;
    // a record in the same place keeps its conflict (those whose figures moved are made again below)
    const tail: PictureConflict[] = new Array(records.length + nextDenials.length - from);
    for (let n = from; n < records.length; n += 1)
      tail[n - from] = records[n] === series[n] ? out[n]! : take(records[n]!, n, renumbered.has(records[n]!));
    nextDenials.forEach((c, k) => {
      const n = records.length + k;
      tail[n - from] = c === denials[n - series.length] ? out[n]! : numbered(c, n, c.itemIds);
    });
    const made = spliced(out, from, tail);
    for (const r of renumbered)
      if (r.position >= 0 && records[r.position] === r) made[r.position] = take(r, r.position, true);
    out = made;
    series = records;
    denials = nextDenials;
    return out;
  };
};
