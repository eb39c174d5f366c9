import type { PictureEntity } from '../../model/picture.js';
import { type Group, groupOrder } from './merged-key.js';
import { lowerBound } from './sorted-array.js';

/** A story's entity groups in mergeEntities' order (groupOrder), and their entities (see orderedGroups). */
export interface OrderedGroups {
  /** Takes the groups of `gone` out and puts those of `made` in. */
  replace(gone: ReadonlySet<Group>, made: readonly Group[]): void;
  /** The entities in order: a new list after every change, never changed once handed out. */
  readonly entities: readonly PictureEntity[];
}

const placeKey = (g: Group): string => `${g.key.key}\u0000${g.index}`;

/**
 * The groups in order. A report touches a hundred or so groups, and most come back made again as they were
 * placed (the same key, the same place under it, the same first mention): such a group takes the place of the
 * one it replaces; only the others are taken out and put in.
 */
export const orderedGroups = (): OrderedGroups => {
  const ordered: Group[] = [];
  const inOrder: PictureEntity[] = [];
  let list: PictureEntity[] | null = [];
  const find = (g: Group): number => {
    const near = lowerBound(ordered, g, groupOrder);
    return ordered[near] === g ? near : ordered.indexOf(g);
  };
  return {
    replace: (gone, made) => {
      const byPlace = new Map<string, Group>();
      for (const g of gone) byPlace.set(placeKey(g), g);
      const left = new Set(gone);
      const moved: Group[] = [];
      for (const g of made) {
        const old = byPlace.get(placeKey(g));
        const at = old !== undefined && left.has(old) && old.first === g.first ? find(old) : -1;
        if (at < 0) moved.push(g);
        else {
          ordered[at] = g;
          inOrder[at] = g.entity;
          left.delete(old!);
        }
      }
      for (const g of left) {
        const at = find(g);
        if (at < 0) continue;
        ordered.splice(at, 1);
        inOrder.splice(at, 1);
      }
      for (const g of moved) {
        const at = lowerBound(ordered, g, groupOrder);
        ordered.splice(at, 0, g);
        inOrder.splice(at, 0, g.entity);
      }
      list = null;
    },
    get entities() {
      list ??= inOrder.slice();
      return list;
    },
  };
};
