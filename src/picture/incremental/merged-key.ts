import type { EntityType } from '../../model/entity-mention.js';
import type { Citation, PictureEntity } from '../../model/picture.js';
import { groupEntity, type MentionStats, type Seen, seenOrder, typeGroups } from './entity-stats.js';

/** A key after alias matching (alias-index.ts): its mentions and its aliases', in order, counted per type. */
export interface MergedKey {
  readonly key: string;
  readonly slug: string;
  seen: Seen[];
  citations: Citation[];
  stats: Map<EntityType, MentionStats>;
  groups: Group[];
  idOfType: Map<EntityType, string>;
}

export interface Group {
  readonly key: MergedKey;
  readonly index: number;
  readonly first: Seen;
  readonly entity: PictureEntity;
}

/** Keys in mergeEntities' order (sort(): UTF-16 code units). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** mergeEntities' order: first mention (report, offset), then key, then the group's place under its key. */
export const groupOrder = (a: Group, b: Group): number =>
  a.first.slot.rank - b.first.slot.rank ||
  a.first.citation.start - b.first.citation.start ||
  compareKeys(a.key.key, b.key.key) ||
  a.index - b.index;

/**
 * mergeEntities' entities of keys that share an id slug, in key order: each key's groups (typeGroups) with ids
 * `${prefix}e:<slug>`, `:<type>` for a second type under one key, `~<n>` when taken by an earlier key.
 */
export const familyGroups = (family: readonly MergedKey[], prefix: string): Group[] => {
  const used = new Set<string>();
  const out: Group[] = [];
  for (const k of family) {
    const { groupOf, order } = typeGroups(k.stats);
    const idOfType = new Map<EntityType, string>();
    k.groups = order.map((type, i) => {
      let id = `${prefix}e:${k.slug}${i === 0 ? '' : `:${type}`}`;
      for (let n = 2; used.has(id); n += 1) id = `${prefix}e:${k.slug}~${n}`;
      used.add(id);
      const members = [...k.stats.entries()].filter(([t]) => groupOf(t) === type);
      for (const [t] of members) idOfType.set(t, id);
      const mentions =
        order.length === 1
          ? k.citations.slice()
          : k.seen.filter((s) => groupOf(s.m.type) === type).map((s) => s.citation);
      const first = members.map(([, st]) => st.first).reduce((a, b) => (seenOrder(b, a) < 0 ? b : a));
      const stats = members.map(([, st]) => st);
      return { key: k, index: i, first, entity: groupEntity(id, type, stats, mentions) };
    });
    k.idOfType = idOfType;
    out.push(...k.groups);
  }
  return out;
};
