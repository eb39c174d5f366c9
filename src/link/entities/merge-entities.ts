import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import type { MentionId } from '../../model/ids.js';
import type { Citation, PictureEntity } from '../../model/picture.js';
import { docText, type StoryDoc } from '../story-doc.js';
import { entityGeo } from './entity-geo.js';

/** The merged entities of a story and the door from any of its mention ids to its entity id. */
export interface EntityIndex {
  readonly entities: readonly PictureEntity[];
  readonly entityOf: (mention: MentionId | null) => string | null;
}

interface Seen {
  readonly m: EntityMention;
  readonly surface: string;
  readonly citation: Citation;
  readonly places: readonly PlaceResolution[];
}

const slug = (key: string): string =>
  key
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'x';

/** Most frequent form; ties: the longest, then alphabetical. */
const mostFrequent = (forms: readonly string[]): string | undefined => {
  const n = new Map<string, number>();
  for (const f of forms) n.set(f, (n.get(f) ?? 0) + 1);
  return [...n.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  )[0]?.[0];
};

/** Splits one key's mentions by type: 'other' joins the most frequent specific type; specific types stay apart. */
const byType = (seen: readonly Seen[]): Map<EntityType, Seen[]> => {
  const specific = seen.map((s) => s.m.type).filter((t) => t !== 'other');
  const dominant = (mostFrequent(specific) ?? 'other') as EntityType;
  const groups = new Map<EntityType, Seen[]>([[dominant, []]]);
  for (const s of seen) {
    const t = s.m.type === 'other' ? dominant : s.m.type;
    const list = groups.get(t) ?? [];
    list.push(s);
    groups.set(t, list);
  }
  return groups;
};

const toEntity = (id: string, type: EntityType, group: readonly Seen[]): PictureEntity => {
  const named = group.filter((s) => !s.m.anaphoric).map((s) => s.surface);
  const name = mostFrequent(named) ?? mostFrequent(group.map((s) => s.m.name)) ?? '';
  const aliases = [...new Set(named)].filter((f) => f.toLowerCase() !== name.toLowerCase()).sort();
  return {
    id,
    name,
    type,
    aliases,
    mentions: group.map((s) => s.citation),
    geo: entityGeo(group.flatMap((s) => s.places)),
  };
};

/**
 * Merges a story's entity mentions across its reports by key (and compatible type). Name: the most frequent
 * non-anaphoric surface form; aliases: the other non-anaphoric surface forms (anaphora such as "the monitor"
 * or "it" are references, not names); geo: the places layer's resolutions of its mentions.
 * Ids are `${prefix}e:<slug of key>` (`:<type>` added for a second type under one key).
 */
export const mergeEntities = (docs: readonly StoryDoc[], prefix: string): EntityIndex => {
  const byKey = new Map<string, Seen[]>();
  for (const doc of docs) {
    const places = doc.analysis.places;
    const mentions = [...doc.analysis.entities].sort((a, b) => a.span.start - b.span.start);
    for (const m of mentions) {
      const seen: Seen = {
        m,
        surface: docText(doc, m.span).trim(),
        citation: { documentId: doc.report.id, start: m.span.start, end: m.span.end },
        places: places.filter((p) => p.mentionId === m.id),
      };
      const list = byKey.get(m.key) ?? [];
      list.push(seen);
      byKey.set(m.key, list);
    }
  }
  const entities: PictureEntity[] = [];
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const key of [...byKey.keys()].sort()) {
    const groups = [...byType(byKey.get(key)!).entries()].filter(([, g]) => g.length > 0);
    groups.forEach(([type, group], i) => {
      let id = `${prefix}e:${slug(key)}${i === 0 ? '' : `:${type}`}`;
      for (let n = 2; used.has(id); n += 1) id = `${prefix}e:${slug(key)}~${n}`;
      used.add(id);
      entities.push(toEntity(id, type, group));
      for (const s of group) idOf.set(s.m.id, id);
    });
  }
  const docIndex = new Map(docs.map((d, i) => [d.report.id as string, i]));
  const order = (e: PictureEntity): string => {
    const c = e.mentions[0]!;
    const doc = docIndex.get(c.documentId) ?? -1;
    return `${String(doc).padStart(6, '0')}:${String(c.start).padStart(9, '0')}`;
  };
  const keyOf = new Map(entities.map((e) => [e, order(e)]));
  entities.sort((a, b) => keyOf.get(a)!.localeCompare(keyOf.get(b)!));
  return { entities, entityOf: (m) => (m === null ? null : (idOf.get(m) ?? null)) };
};
