import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import { ENTITY_LEXICON } from '../../lang/en/entities-lexicon.js';
import { GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import { entityKey } from '../entities/entity-key.js';

/** A mention of the group under `key` in the document, the nearest to `offset` (null when none). */
export type GroupMention = (key: string, offset: number) => EntityMention | null;

const GENERIC = ENTITY_LEXICON.filter((e) => e.type === 'group' && !e.proper && !e.exact).map((e) => ({
  phrase: e.phrase,
  key: e.key ?? entityKey(e.phrase),
}));

const build = (): ReadonlyMap<string, string> => {
  const keys = new Map<string, Set<string>>();
  for (const { phrase, key } of GENERIC) {
    const words = phrase.split(' ');
    // "rebel" names the group of "rebels" and of "rebel forces"
    const word = words.length > 1 ? words[0]! : phrase.replace(/s$/, '');
    if (word === phrase || DETERMINERS.has(word)) continue;
    keys.set(word, (keys.get(word) ?? new Set()).add(key));
  }
  const out = new Map<string, string>();
  for (const [word, ks] of keys) {
    if (ks.size === 1 && !(word in DEMONYMS) && !(word in GEO_DEMONYMS)) out.set(word, [...ks][0]!);
  }
  return out;
};

let cache: ReadonlyMap<string, string> | null = null;

/**
 * The key of the generic group a modifier word names, from the entity lexicon: "rebel" → the key of "rebels" and
 * "rebel forces", "regime" → that of "regime forces". Null for a word naming several groups or none, and for
 * a nationality ("Russian air strikes" names no actor).
 */
export const modifierGroupKey = (word: string): string | null => {
  cache ??= build();
  return cache.get(word.toLowerCase()) ?? null;
};

/** The document's mention under `key` nearest to `offset`, before it if any, else after. */
export const nearestMention =
  (entities: readonly EntityMention[]): GroupMention =>
  (key, offset) => {
    const same = entities.filter((e) => e.key === key);
    const before = same.filter((e) => e.span.end <= offset).at(-1);
    return before ?? same.find((e) => e.span.start >= offset) ?? null;
  };

/**
 * Actors named by modifier words of a noun trigger that are no entity ("rebel fire", "regime shelling"): a mention
 * elsewhere in the document of the group each names. Tokens [from, to) are the modifiers; `inName` tells tokens
 * inside an entity (those are actors already, or not).
 */
export const modifierActors = (
  toks: readonly Token[],
  from: number,
  to: number,
  inName: (i: number) => boolean,
  groupMention: GroupMention,
): EntityMention[] => {
  const out: EntityMention[] = [];
  for (let i = from; i < to; i += 1) {
    if (inName(i)) continue;
    const key = modifierGroupKey(toks[i]!.norm);
    const e = key === null ? null : groupMention(key, toks[i]!.span.start);
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
};
