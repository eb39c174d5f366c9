import { ORG_KIND_PARENTS } from '../../lang/en/entities-cues.js';
import type { OrgKind } from '../../lang/en/entities-lexicon.js';
import type { EntityType } from '../../model/entity-mention.js';

/** What the document has said so far about one entity. */
export interface KnownEntity {
  readonly key: string;
  readonly type: EntityType;
  kind: OrgKind | null;
  readonly titles: Set<string>;
  /** A display name for an entity no span of the document names ("Russian government" for "Moscow said"). */
  label: string | null;
}

/**
 * Entities of one document, with the "nearest earlier" indexes descriptive references use. Each lookup is a map
 * read, so resolving a mention never scans earlier mentions.
 */
export class EntityRegistry {
  readonly byKey = new Map<string, KnownEntity>();
  /** Acronyms and surnames → entity. */
  readonly alias = new Map<string, { entity: KnownEntity; rule: string }>();
  readonly lastByTitle = new Map<string, KnownEntity>();
  readonly lastByKind = new Map<OrgKind, KnownEntity>();
  /** Capitalised words of organisation and group names → the latest entity named with them. */
  readonly lastByWord = new Map<string, KnownEntity>();

  entity(key: string, type: EntityType): KnownEntity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { key, type, kind: null, titles: new Set(), label: null };
      this.byKey.set(key, e);
    }
    return e;
  }

  /** The most recently created entity that passes `test`. */
  latest(test: (e: KnownEntity) => boolean): KnownEntity | undefined {
    let found: KnownEntity | undefined;
    for (const e of this.byKey.values()) if (test(e)) found = e;
    return found;
  }

  /** Records a mention of `e` (in text order) so later references find it as the nearest. */
  saw(e: KnownEntity, nameWords: readonly string[]): void {
    for (const t of e.titles) this.lastByTitle.set(t, e);
    if (e.kind) this.lastByKind.set(e.kind, e);
    const wider = e.kind ? ORG_KIND_PARENTS[e.kind] : undefined;
    if (wider) this.lastByKind.set(wider, e);
    if (e.type === 'organization' || e.type === 'group') for (const w of nameWords) this.lastByWord.set(w, e);
  }
}
