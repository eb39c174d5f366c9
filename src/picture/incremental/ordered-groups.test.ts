import { describe, expect, it } from 'vitest';
import type { PictureEntity } from '../../model/picture.js';
import type { Seen } from './entity-stats.js';
import type { Group, MergedKey } from './merged-key.js';
import { orderedGroups } from './ordered-groups.js';

/** A group of `key` (its `index`-th), first mentioned in report `rank` at `start`: what groupOrder reads. */
const group = (key: string, index: number, rank: number, start: number, first?: Seen): Group => {
  const seen = first ?? ({ slot: { rank }, citation: { start } } as unknown as Seen);
  const entity = { id: `e:${key}${index}@${rank}.${start}` } as PictureEntity;
  return { key: { key } as MergedKey, index, first: seen, entity };
};
const ids = (entities: readonly PictureEntity[]): string[] => entities.map((e) => e.id);

describe('orderedGroups', () => {
  it('keeps groups by first mention (report, offset), then key, then place under the key', () => {
    const o = orderedGroups();
    const [a, b, c, d] = [group('b', 0, 1, 5), group('a', 0, 0, 9), group('a', 1, 1, 5), group('c', 0, 0, 2)];
    o.replace(new Set(), [a, b, c, d]);
    expect(ids(o.entities)).toEqual(['e:c0@0.2', 'e:a0@0.9', 'e:a1@1.5', 'e:b0@1.5']);
  });

  it('puts a group made again as it was in the place of the old one; moves one whose first mention changed', () => {
    const o = orderedGroups();
    const [a, b, c] = [group('a', 0, 0, 1), group('b', 0, 1, 1), group('c', 0, 2, 1)];
    o.replace(new Set(), [a, b, c]);
    const before = o.entities;
    const a2 = group('a', 0, 0, 1, a.first);
    const c2 = group('c', 0, 0, 0);
    o.replace(new Set([a, c]), [c2, a2]);
    expect(ids(o.entities)).toEqual(['e:c0@0.0', 'e:a0@0.1', 'e:b0@1.1']);
    expect(o.entities[1]).toBe(a2.entity);
    expect(ids(before)).toEqual(['e:a0@0.1', 'e:b0@1.1', 'e:c0@2.1']);
  });

  it('takes out a group that is not made again, and ignores one it does not hold', () => {
    const o = orderedGroups();
    const [a, b] = [group('a', 0, 0, 1), group('b', 0, 1, 1)];
    o.replace(new Set(), [a, b]);
    o.replace(new Set([a, group('z', 0, 5, 5)]), []);
    expect(ids(o.entities)).toEqual(['e:b0@1.1']);
    o.replace(new Set([b]), []);
    expect(o.entities).toEqual([]);
  });
});
