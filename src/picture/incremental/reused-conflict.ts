import type { PictureConflict } from '../../model/picture.js';
import type { FigureRecord } from './figure-record.js';

type Conflict = Omit<PictureConflict, 'id'>;

/** A conflict of the story kept with the records it names, so that it follows when their ids move. */
export interface ConflictRecord {
  readonly conflict: Omit<PictureConflict, 'id'>;
  readonly items: readonly FigureRecord[];
  /** Its conflict as last listed (its figures' ids, no id of its own) and its figures' bases then (conflict-list.ts). */
  made: Omit<PictureConflict, 'id'> | null;
  bases: readonly number[];
}

const signature = (c: Conflict): string => `${c.kind}\u0000${c.note}`;

/**
 * Makes the records of freshly worked-out conflicts, reusing one of `before` when the conflict is told again the
 * same way (kind, note, subject and the same figure records), so that the picture's conflict made of it is kept.
 */
export const reusedConflict = (
  before: readonly ConflictRecord[],
  recordOf: ReadonlyMap<string, FigureRecord>,
): ((c: Conflict) => ConflictRecord) => {
  const kept = new Map<string, ConflictRecord[]>();
  for (const r of before) kept.set(signature(r.conflict), [...(kept.get(signature(r.conflict)) ?? []), r]);
  return (c) => {
    const items = c.itemIds.map((id) => recordOf.get(id)!);
    const same = kept
      .get(signature(c))
      ?.find(
        (r) =>
          r.conflict.about === c.about &&
          r.items.length === items.length &&
          r.items.every((x, i) => x === items[i]),
      );
    return same ?? { conflict: c, items, made: null, bases: [] };
  };
};
