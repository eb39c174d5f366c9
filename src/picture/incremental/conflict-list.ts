import type { PictureConflict } from '../../model/picture.js';
import { figureId } from './figure-record.js';
import type { ConflictRecord } from './series-state.js';

/**
 * The story's conflicts with their positional ids (`x<n>`): series conflicts first, then denials, as buildStory
 * numbers them. A series conflict's object is kept while its place and the ids of the figures it names hold;
 * `renumberedFrom`: the rank of the first report whose figures were renumbered since the last list (Infinity:
 * none), so a conflict whose figures all come from earlier reports keeps its ids without looking at them.
 */
export const conflictList = (prefix: string) => {
  let last: {
    readonly series: readonly ConflictRecord[];
    readonly denials: readonly Omit<PictureConflict, 'id'>[];
    readonly out: PictureConflict[];
  } | null = null;
  return (
    series: readonly ConflictRecord[],
    denials: readonly Omit<PictureConflict, 'id'>[],
    renumberedFrom: number,
  ): PictureConflict[] => {
    if (
      last !== null &&
      last.series === series &&
      renumberedFrom === Number.POSITIVE_INFINITY &&
      last.denials.length === denials.length &&
      last.denials.every((c, i) => c === denials[i])
    )
      return last.out;
    const out: PictureConflict[] = new Array(series.length + denials.length);
    // buildStory's { id, ...conflict }, written out (a conflict is made again whenever an earlier one comes or goes)
    const numbered = (
      c: Omit<PictureConflict, 'id'>,
      n: number,
      itemIds: readonly string[],
    ): PictureConflict => ({
      id: `${prefix}x${n + 1}`,
      kind: c.kind,
      about: c.about,
      itemIds,
      note: c.note,
    });
    series.forEach((r, n) => {
      const was = r.made;
      const held =
        was !== null &&
        (was.last.rank < renumberedFrom || r.items.every((f, i) => f.slot.figureBase === was.bases[i]));
      if (held && was.position === n) {
        out[n] = was.conflict;
        return;
      }
      // moved in the list only: the same figures, a new number
      if (held) {
        const conflict = numbered(was.conflict, n, was.conflict.itemIds);
        was.conflict = conflict;
        was.position = n;
        out[n] = conflict;
        return;
      }
      const conflict = numbered(
        r.conflict,
        n,
        r.items.map((f) => figureId(prefix, f)),
      );
      r.made = {
        conflict,
        position: n,
        bases: r.items.map((f) => f.slot.figureBase),
        last: r.items.reduce((a, f) => (f.slot.rank > a.rank ? f.slot : a), r.items[0]!.slot),
      };
      out[n] = conflict;
    });
    denials.forEach((c, k) => {
      out[series.length + k] = numbered(c, series.length + k, c.itemIds);
    });
    last = { series, denials, out };
    return out;
  };
};
