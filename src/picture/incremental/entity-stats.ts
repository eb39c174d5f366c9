import { PRECISION_RANK, resolutionKey } from '../../link/entities/entity-geo.js';
import { docText } from '../../link/story-doc.js';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import type { Citation, PictureEntity } from '../../model/picture.js';
import type { DocSlot } from './doc-slot.js';

// mergeEntities' per-entity rules (src/link/entities/merge-entities.ts and entity-geo.ts), kept as counts so a
// report costs what it mentions: they must stay the same as there (incremental-picture.test.ts compares).

/** One entity mention as merging reads it; `seq`: its place among its report's mentions in text order. */
export interface Seen {
  readonly m: EntityMention;
  readonly surface: string;
  readonly acronym: boolean;
  readonly citation: Citation;
  readonly places: readonly PlaceResolution[];
  readonly slot: DocSlot;
  readonly seq: number;
}

/** A surface written as an acronym ("SOHR"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;
/** A type with this many times fewer mentions than the key's dominant type is taken for a tagging slip. */
const SLIP_RATIO = 3;

export const slug = (key: string): string =>
  key
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'x';

/** Report order, then text order (then the report's own mention order). */
export const seenOrder = (a: Seen, b: Seen): number =>
  a.slot.rank - b.slot.rank || a.m.span.start - b.m.span.start || a.seq - b.seq;

/** A report's entity mentions by key, each key's in text order. */
export const seenByKey = (slot: DocSlot): Map<string, Seen[]> => {
  const { doc } = slot;
  const placesOf = new Map<string, PlaceResolution[]>();
  for (const p of doc.analysis.places) {
    const list = placesOf.get(p.mentionId) ?? [];
    list.push(p);
    placesOf.set(p.mentionId, list);
  }
  const byKey = new Map<string, Seen[]>();
  [...doc.analysis.entities]
    .sort((a, b) => a.span.start - b.span.start)
    .forEach((m, seq) => {
      const surface = docText(doc, m.span).trim();
      const list = byKey.get(m.key) ?? [];
      list.push({
        m,
        surface,
        acronym: ACRONYM.test(surface),
        citation: { documentId: doc.report.id, start: m.span.start, end: m.span.end },
        places: placesOf.get(m.id) ?? [],
        slot,
        seq,
      });
      byKey.set(m.key, list);
    });
  return byKey;
};

/** Most frequent of counted forms; ties: the longest, then alphabetical (mergeEntities' mostFrequent). */
export const mostFrequentCount = (counts: ReadonlyMap<string, number>): string | undefined => {
  let best: [string, number] | undefined;
  for (const e of counts) {
    if (
      best === undefined ||
      e[1] > best[1] ||
      (e[1] === best[1] &&
        (e[0].length > best[0].length || (e[0].length === best[0].length && e[0].localeCompare(best[0]) < 0)))
    )
      best = e;
  }
  return best?.[0];
};

/** Place resolutions by gazetteer entry (entityGeo): votes, and the first resolution seen. */
export interface Vote {
  n: number;
  r: PlaceResolution;
  at: Seen;
  index: number;
}
export type Votes = Map<string, Vote>;

export const vote = (votes: Votes, s: Seen): void =>
  s.places.forEach((r, index) => {
    const key = resolutionKey(r);
    const v = votes.get(key);
    if (v === undefined) votes.set(key, { n: 1, r, at: s, index });
    else {
      v.n += 1;
      if (seenOrder(s, v.at) < 0 || (s === v.at && index < v.index)) Object.assign(v, { r, at: s, index });
    }
  });

/** entityGeo of the votes: most votes, then the more precise, then the first seen. */
export const votedGeo = (votes: Votes): PictureEntity['geo'] => {
  let best: Vote | undefined;
  for (const v of votes.values()) {
    if (best === undefined) best = v;
    else {
      const d =
        v.n - best.n ||
        PRECISION_RANK[best.r.geo.precision] - PRECISION_RANK[v.r.geo.precision] ||
        seenOrder(best.at, v.at) ||
        best.index - v.index;
      if (d > 0) best = v;
    }
  }
  if (best === undefined) return null;
  const { lat, lon, precision, gazetteerId } = best.r.geo;
  return { lat, lon, precision, gazetteerId };
};

/** What the per-entity rules read of a set of mentions (those of one key and one type). */
export interface MentionStats {
  n: number;
  readonly named: Map<string, number>;
  readonly full: Map<string, number>;
  readonly names: Map<string, number>;
  readonly votes: Votes;
  first: Seen;
}

const bump = (map: Map<string, number>, k: string, by = 1): void => {
  map.set(k, (map.get(k) ?? 0) + by);
};

export const countSeen = (stats: Map<EntityType, MentionStats>, s: Seen): void => {
  let st = stats.get(s.m.type);
  if (st === undefined) {
    st = { n: 0, named: new Map(), full: new Map(), names: new Map(), votes: new Map(), first: s };
    stats.set(s.m.type, st);
  }
  st.n += 1;
  if (seenOrder(s, st.first) < 0) st.first = s;
  if (!s.m.anaphoric) {
    bump(st.named, s.surface);
    if (!s.acronym) bump(st.full, s.surface);
  }
  bump(st.names, s.m.name);
  vote(st.votes, s);
};

/**
 * byType: 'other' joins the most frequent specific type, and so does a type the dominant one outnumbers
 * SLIP_RATIO to one; other specific types stay apart. Returns the group of each type, and the groups in
 * mergeEntities' order (the dominant first, then by first mention).
 */
export const typeGroups = (
  stats: ReadonlyMap<EntityType, MentionStats>,
): { readonly groupOf: (t: EntityType) => EntityType; readonly order: EntityType[] } => {
  const specific = new Map<string, number>();
  for (const [t, st] of stats) if (t !== 'other') specific.set(t, st.n);
  const dominant = (mostFrequentCount(specific) ?? 'other') as EntityType;
  const top = specific.get(dominant) ?? 0;
  const groupOf = (t: EntityType): EntityType =>
    t === 'other' || (specific.get(t) ?? 0) * SLIP_RATIO <= top ? dominant : t;
  const others = [...stats.entries()]
    .filter(([t]) => groupOf(t) !== dominant)
    .sort((a, b) => seenOrder(a[1].first, b[1].first))
    .map(([t]) => t);
  return { groupOf, order: [...(stats.size > 0 ? [dominant] : []), ...others] };
};

/** toEntity, from the stats of the types in the group and its mentions' citations. */
export const groupEntity = (
  id: string,
  type: EntityType,
  members: readonly MentionStats[],
  mentions: readonly Citation[],
): PictureEntity => {
  const merge = (pick: (s: MentionStats) => Map<string, number>): Map<string, number> => {
    if (members.length === 1) return pick(members[0]!);
    const out = new Map<string, number>();
    for (const m of members) for (const [k, n] of pick(m)) bump(out, k, n);
    return out;
  };
  const named = merge((s) => s.named);
  const name =
    mostFrequentCount(merge((s) => s.full)) ??
    mostFrequentCount(named) ??
    mostFrequentCount(merge((s) => s.names)) ??
    '';
  const votes: Votes = new Map();
  for (const m of members)
    for (const [k, v] of m.votes) {
      const w = votes.get(k);
      if (w === undefined) votes.set(k, { ...v });
      else {
        w.n += v.n;
        if (seenOrder(v.at, w.at) < 0) Object.assign(w, { r: v.r, at: v.at, index: v.index });
      }
    }
  return {
    id,
    name,
    type,
    aliases: [...named.keys()].filter((f) => f.toLowerCase() !== name.toLowerCase()).sort(),
    mentions,
    geo: votedGeo(votes),
  };
};
