import { ORG_KIND_PARENTS } from '../../lang/en/entities-cues.js';
import type { OrgKind } from '../../lang/en/entities-lexicon.js';
import type { EntityType } from '../../model/entity-mention.js';
import type { DescriptiveHead } from './entity-matchers.js';
import { MIN_SURNAME_VARIANT, namePartVariant, nameVariantKey } from './name-variant.js';

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
  /** Title phrases written right before a person's full name ("party leader") → that person (null: two people). */
  readonly byTitlePhrase = new Map<string, KnownEntity | null>();
  readonly lastByKind = new Map<OrgKind, KnownEntity>();
  /** Capitalised words of organisation and group names → the latest entity named with them. */
  readonly lastByWord = new Map<string, KnownEntity>();
  /** Surnames → the people named in full with them ("davis" → Wendy Davis). */
  readonly fullNames = new Map<string, Set<KnownEntity>>();
  /** People by the variant key of their full names and of their surnames (null: two people share it). */
  readonly byVariant = new Map<string, KnownEntity | null>();
  /** People whose family name is written first, before a hyphened given name ("Kim Jong-un"). */
  readonly familyFirst = new Set<KnownEntity>();

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

  /** Records a person's full name (two words or more) for its spelling variants ("Mohamed Mursi", "Morsy"). */
  person(e: KnownEntity, key: string): void {
    const words = key.split(' ');
    const put = (k: string) => {
      const had = this.byVariant.get(k);
      this.byVariant.set(k, had === undefined || had === e ? e : null);
    };
    put(`full:${nameVariantKey(key)}`);
    const surname = namePartVariant(words.at(-1)!);
    if (surname.length >= MIN_SURNAME_VARIANT) put(`surname:${surname}`);
  }

  /** Records title phrases written right before person `e`'s full name (titlePhrasesBefore). */
  titled(e: KnownEntity, phrases: readonly string[]): void {
    for (const p of phrases) {
      const had = this.byTitlePhrase.get(p);
      this.byTitlePhrase.set(p, had === undefined || had === e ? e : null);
    }
  }

  /**
   * What "the …" refers back to: the one person named right after the same title words ("the party leader"
   * after "Party leader Gerry Adams"), else the latest entity of its kind or title head ("the monitor").
   */
  described(head: DescriptiveHead, phrase: string): { entity: KnownEntity; label: string } | undefined {
    if ('kind' in head) {
      const entity = this.lastByKind.get(head.kind);
      return entity ? { entity, label: head.kind } : undefined;
    }
    const titled = this.byTitlePhrase.get(phrase);
    if (titled) return { entity: titled, label: 'title-phrase' };
    const entity = head.phraseOnly ? undefined : this.lastByTitle.get(head.title);
    return entity ? { entity, label: head.title } : undefined;
  }

  /** The one person a name spells differently: a full name part by part, or a single word as a surname. */
  variant(key: string): { entity: KnownEntity; rule: string } | undefined {
    const words = key.split(' ');
    if (words.length > 1) {
      const e = this.byVariant.get(`full:${nameVariantKey(key)}`);
      return e ? { entity: e, rule: 'name-variant' } : undefined;
    }
    const v = namePartVariant(key);
    const e = v.length >= MIN_SURNAME_VARIANT ? this.byVariant.get(`surname:${v}`) : undefined;
    return e ? { entity: e, rule: 'surname' } : undefined;
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
