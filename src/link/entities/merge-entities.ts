import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import type { MentionId } from '../../model/ids.js';
import type { Citation, PictureEntity } from '../../model/picture.js';
import { docText, type StoryDoc } from '../story-doc.js';
import { aliasKeys } from './alias-keys.js';
import { entityGeo } from './entity-geo.js';

/** The merged entities of a story and the door from any of its mention ids to its entity id. */
export interface EntityIndex {
  readonly entities: readonly PictureEntity[];
  readonly entityOf: (mention: MentionId | null) => string | null;
}

interface Seen {
  readonly doc: number;
  readonly m: EntityMention;
  readonly surface: string;
  readonly citation: Citation;
  readonly places: readonly PlaceResolution[];
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

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

/** A type with this many times fewer mentions than the key's dominant type is taken for a tagging slip. */
const SLIP_RATIO = 3;

/**
 * Splits one key's mentions by type: 'other' joins the most frequent specific type, and so does a type the
 * dominant one outnumbers SLIP_RATIO to one ("Boeing" read as a person in 7 of 99 mentions); otherwise specific
 * types stay apart.
 */
const byType = (seen: readonly Seen[]): Map<EntityType, Seen[]> => {
  const count = new Map<EntityType, number>();
  for (const s of seen) if (s.m.type !== 'other') count.set(s.m.type, (count.get(s.m.type) ?? 0) + 1);
  const dominant = (mostFrequent(seen.map((s) => s.m.type).filter((t) => t !== 'other')) ??
    'other') as EntityType;
  const top = count.get(dominant) ?? 0;
  const groups = new Map<EntityType, Seen[]>([[dominant, []]]);
  for (const s of seen) {
    const slip = s.m.type === 'other' || (count.get(s.m.type) ?? 0) * SLIP_RATIO <= top;
    const t = slip ? dominant : s.m.type;
    const list = groups.get(t) ?? [];
    list.push(s);
    groups.set(t, list);
  }
  return groups;
};

const toEntity = (id: string, type: EntityType, group: readonly Seen[]): PictureEntity => {
  const named = group.filter((s) => !s.m.anaphoric).map((s) => s.surface);
  // An acronym ("SOHR") names the entity only when nothing longer does.
  const full = named.filter((f) => !ACRONYM.test(f));
  const name = mostFrequent(full) ?? mostFrequent(named) ?? mostFrequent(group.map((s) => s.m.name)) ?? '';
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
 * Merges a story's entity mentions across its reports by key (and compatible type), after joining keys that
 * are short forms of one longer key in the story (`aliasKeys`: "SOHR", "the Observatory", "Assad"). Name: the
 * most frequent non-anaphoric surface form, acronyms last; aliases: the other non-anaphoric surface forms
 * (anaphora such as "the monitor" or "it" are references, not names); geo: the places layer's resolutions of its mentions.
 * Ids are `${prefix}e:<slug of key>` (`:<type>` added for a second type under one key).
 */
export const mergeEntities = (docs: readonly StoryDoc[], prefix: string): EntityIndex => {
  const byKey = new Map<string, Seen[]>();
  docs.forEach((doc, n) => {
    const places = doc.analysis.places;
    const mentions = [...doc.analysis.entities].sort((a, b) => a.span.start - b.span.start);
    for (const m of mentions) {
      const seen: Seen = {
        doc: n,
        m,
        surface: docText(doc, m.span).trim(),
        citation: { documentId: doc.report.id, start: m.span.start, end: m.span.end },
        places: places.filter((p) => p.mentionId === m.id),
      };
      const list = byKey.get(m.key) ?? [];
      list.push(seen);
      byKey.set(m.key, list);
    }
  });
  const redirect = aliasKeys(
    [...byKey].map(([key, seen]) => ({
      key,
      type: [...byType(seen).keys()][0]!,
      acronym: seen.some((s) => ACRONYM.test(s.surface)),
      mentions: seen.length,
      gazetteerId: entityGeo(seen.flatMap((s) => s.places))?.gazetteerId ?? null,
    })),
  );
  for (const [alias, full] of redirect) {
    const list = [...byKey.get(full)!, ...byKey.get(alias)!];
    byKey.set(
      full,
      list.sort((a, b) => a.doc - b.doc || a.m.span.start - b.m.span.start),
    );
    byKey.delete(alias);
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
