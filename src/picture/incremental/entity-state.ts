import type { KeyInfo } from '../../link/entities/alias-keys.js';
import type { EntityIndex } from '../../link/entities/merge-entities.js';
import type { EntityType } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { PictureEntity } from '../../model/picture.js';
import { aliasIndex } from './alias-index.js';
import type { DocSlot } from './doc-slot.js';
import {
  countSeen,
  mostFrequentCount,
  type Seen,
  seenByKey,
  seenOrder,
  slug,
  type Votes,
  vote,
  votedGeo,
} from './entity-stats.js';
import { compareKeys, familyGroups, type Group, type MergedKey } from './merged-key.js';
import { orderedGroups } from './ordered-groups.js';
import { lowerBound } from './sorted-array.js';

/** What adding reports did to a story's entities. */
export interface EntityChange {
  /**
   * Ids of entities whose name, type or place changed (the texts that name them are stale): an id kept, or
   * the new id of renamed mentions, told otherwise than their old one.
   */
  readonly changed: ReadonlySet<string>;
  /** Earlier reports with mentions that now belong to another entity id, and those mentions. */
  readonly moved: ReadonlyMap<DocSlot, ReadonlySet<MentionId>>;
  /**
   * How those ids changed when the entities stayed the same mentions under new ids (a key's dominant type
   * changed, another key became its alias's full key): old id → new id. Null when mentions were regrouped
   * (entities merged or split), which changes what their reports' events can merge with.
   */
  readonly renaming: ReadonlyMap<string, string> | null;
}

/** A story's entities, kept up to date as reports are added (never removed). */
export interface EntityState {
  add(slots: readonly DocSlot[]): EntityChange;
  readonly index: EntityIndex;
  /** The entity's name, by id. */
  nameOf(id: string): string | undefined;
  entity(id: string): PictureEntity | undefined;
}

/** A key as the reports write it, and what alias matching reads of it. */
interface RawKey {
  readonly key: string;
  /** Its mentions, one chunk per report, in report order. */
  readonly chunks: { readonly slot: DocSlot; readonly seen: readonly Seen[] }[];
  readonly typeCounts: Map<string, number>;
  readonly votes: Votes;
  acronym: boolean;
  mentions: number;
  info: KeyInfo | null;
  /** The types its mentions carry, and the entity id each type's mentions had after the last add. */
  readonly types: Set<EntityType>;
  readonly ids: Map<EntityType, string>;
  /** The key it merges under: itself, or the longer key it is a short form of. */
  merged: string;
}

const sameEntityText = (a: PictureEntity, b: PictureEntity): boolean =>
  a.name === b.name && a.type === b.type && JSON.stringify(a.geo) === JSON.stringify(b.geo);

/**
 * The incremental form of mergeEntities (src/link/entities/merge-entities.ts): mentions are counted per key
 * and type (entity-stats.ts), alias matching is kept by an index (alias-index.ts), and only the keys a report
 * mentions (with the keys sharing their id slug) are turned into entities again. Ties between mentions of two
 * merged keys at one offset of one report keep the report's mention order (mergeEntities: the full key first).
 */
export const entityState = (prefix: string): EntityState => {
  const raws = new Map<string, RawKey>();
  /** Merged key → its raw keys (itself unless an alias, and its aliases). */
  const membersOf = new Map<string, Set<RawKey>>();
  const merged = new Map<string, MergedKey>();
  const families = new Map<string, MergedKey[]>();
  const aliases = aliasIndex();
  const mentionKey = new Map<MentionId, { readonly raw: RawKey; readonly type: EntityType }>();
  const byId = new Map<string, PictureEntity>();
  const ordered = orderedGroups();

  const mergedKey = (key: string): MergedKey => {
    let k = merged.get(key);
    if (k === undefined) {
      k = {
        key,
        slug: slug(key),
        seen: [],
        citations: [],
        stats: new Map(),
        groups: [],
        idOfType: new Map(),
      };
      merged.set(key, k);
      const family = families.get(k.slug) ?? [];
      family.splice(
        lowerBound(family, k, (a, b) => compareKeys(a.key, b.key)),
        0,
        k,
      );
      families.set(k.slug, family);
    }
    return k;
  };

  /** A merged key's lists and counts from its raw keys, itself (unless an alias) and its aliases. */
  const rebuild = (k: MergedKey): void => {
    const members = [...(membersOf.get(k.key) ?? [])];
    k.seen = members.flatMap((r) => r.chunks.flatMap((c) => c.seen)).sort(seenOrder);
    k.citations = k.seen.map((s) => s.citation);
    k.stats = new Map();
    for (const s of k.seen) countSeen(k.stats, s);
  };

  const add = (slots: readonly DocSlot[]): EntityChange => {
    const created = new Set<RawKey>();
    const fresh = new Map<RawKey, Seen[]>();
    for (const slot of slots)
      for (const [key, seen] of seenByKey(slot)) {
        let r = raws.get(key);
        if (r === undefined) {
          r = {
            key,
            chunks: [],
            typeCounts: new Map(),
            votes: new Map(),
            acronym: false,
            mentions: 0,
            info: null,
            types: new Set(),
            ids: new Map(),
            merged: key,
          };
          raws.set(key, r);
          membersOf.set(key, (membersOf.get(key) ?? new Set()).add(r));
          created.add(r);
        }
        r.chunks.splice(
          lowerBound(r.chunks, { slot, seen }, (a, b) => a.slot.rank - b.slot.rank),
          0,
          { slot, seen },
        );
        for (const s of seen) {
          mentionKey.set(s.m.id, { raw: r, type: s.m.type });
          r.types.add(s.m.type);
          if (s.m.type !== 'other') r.typeCounts.set(s.m.type, (r.typeCounts.get(s.m.type) ?? 0) + 1);
          r.acronym ||= s.acronym;
          vote(r.votes, s);
        }
        r.mentions += seen.length;
        fresh.set(r, [...(fresh.get(r) ?? []), ...seen]);
      }
    if (fresh.size === 0) return { changed: new Set(), moved: new Map(), renaming: new Map() };
    // What alias matching reads of the keys these reports mention (type, acronym, mentions, place).
    const infos: KeyInfo[] = [];
    for (const r of fresh.keys()) {
      r.info = {
        key: r.key,
        type: (mostFrequentCount(r.typeCounts) ?? 'other') as EntityType,
        acronym: r.acronym,
        mentions: r.mentions,
        gazetteerId: votedGeo(r.votes)?.gazetteerId ?? null,
      };
      infos.push(r.info);
    }
    const members = new Set<MergedKey>();
    for (const key of aliases.update(infos)) {
      const r = raws.get(key)!;
      const to = aliases.target(key) ?? key;
      if (to === r.merged && !created.has(r)) continue;
      const from = merged.get(r.merged);
      if (from) members.add(from);
      membersOf.get(r.merged)?.delete(r);
      r.merged = to;
      membersOf.set(to, (membersOf.get(to) ?? new Set()).add(r));
      members.add(mergedKey(to));
    }
    for (const r of created) {
      if (members.has(merged.get(r.merged)!)) continue;
      members.add(mergedKey(r.merged));
    }
    const touched = new Set<MergedKey>(members);
    for (const k of members) rebuild(k);
    for (const [r, seen] of fresh) {
      const k = merged.get(r.merged)!;
      touched.add(k);
      if (members.has(k)) continue;
      for (const s of seen) {
        const at = lowerBound(k.seen, s, seenOrder);
        k.seen.splice(at, 0, s);
        k.citations.splice(at, 0, s.citation);
        countSeen(k.stats, s);
      }
    }
    const changed = new Set<string>();
    const gone = new Set<Group>();
    /** The touched families' entities before, by id. */
    const was = new Map<string, PictureEntity>();
    const made: Group[] = [];
    for (const s of new Set([...touched].map((k) => k.slug))) {
      const family = families.get(s)!;
      for (const k of family)
        for (const g of k.groups) {
          gone.add(g);
          was.set(g.entity.id, g.entity);
        }
      for (const g of familyGroups(family, prefix)) {
        made.push(g);
        const e = was.get(g.entity.id);
        if (e && !sameEntityText(e, g.entity)) changed.add(g.entity.id);
      }
    }
    for (const g of gone) byId.delete(g.entity.id);
    for (const g of made) byId.set(g.entity.id, g.entity);
    ordered.replace(gone, made);
    const relabel = relabelled(touched);
    // mentions that only took a new id can take another name with it ("CDC" joining its full name)
    for (const [old, now] of relabel.renaming ?? []) {
      const e = was.get(old);
      const n = byId.get(now);
      if (e && n && !sameEntityText(e, n)) changed.add(now);
    }
    return { changed, ...relabel };
  };

  /**
   * The ids the mentions of the touched keys' families had and have, per raw key and type: which reports'
   * mentions changed id, and whether that is a renaming (the same mentions together under new ids).
   */
  const relabelled = (touched: ReadonlySet<MergedKey>): Pick<EntityChange, 'moved' | 'renaming'> => {
    const moved = new Map<DocSlot, Set<MentionId>>();
    const oldToNew = new Map<string, string>();
    const newToOld = new Map<string, string>();
    let renaming = true;
    for (const s of new Set([...touched].map((k) => k.slug)))
      for (const k of families.get(s)!)
        for (const r of membersOf.get(k.key) ?? [])
          for (const t of r.types) {
            const now = k.idOfType.get(t)!;
            const was = r.ids.get(t);
            r.ids.set(t, now);
            if (was === undefined) continue;
            if ((oldToNew.get(was) ?? now) !== now || (newToOld.get(now) ?? was) !== was) renaming = false;
            oldToNew.set(was, now);
            newToOld.set(now, was);
            if (was === now) continue;
            for (const c of r.chunks)
              for (const x of c.seen)
                if (x.m.type === t) moved.set(c.slot, (moved.get(c.slot) ?? new Set()).add(x.m.id));
          }
    for (const [was, now] of oldToNew) if (was === now) oldToNew.delete(was);
    return { moved, renaming: renaming ? oldToNew : null };
  };

  const entityOf = (m: MentionId | null): string | null => {
    const at = m === null ? undefined : mentionKey.get(m);
    return at === undefined ? null : (merged.get(at.raw.merged)?.idOfType.get(at.type) ?? null);
  };

  return {
    add,
    nameOf: (id) => byId.get(id)?.name,
    entity: (id) => byId.get(id),
    index: {
      get entities() {
        return ordered.entities;
      },
      entityOf,
    },
  };
};
