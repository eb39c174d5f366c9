/** The rules by which aliasKeys (and its incremental form, picture/incremental/alias-index.ts) join keys. */

import { nameVariantKey } from '../../analyse/entities/name-variant.js';
import { GROUP_CUE_WORDS, ORG_CUE_WORDS, ORG_NAME_SUFFIXES } from '../../lang/en/entities-cues.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import { ORG_GENERIC_TAILS } from '../../lang/en/entities-org-generic-tails.js';
import type { EntityType } from '../../model/entity-mention.js';
import { fullGivenName } from './full-given-name.js';
import { orgCore } from './org-core.js';

/** What the merge knows of one key across a story's reports. */
export interface KeyInfo {
  readonly key: string;
  /** The key's most frequent specific type ('other' when it has none). */
  readonly type: EntityType;
  /** True when one of its surfaces is written in capitals ("SOHR"). */
  readonly acronym: boolean;
  /** How many mentions it has. */
  readonly mentions: number;
  /** For a place, the gazetteer entry most of its mentions resolve to; else null. */
  readonly gazetteerId: string | null;
}

/** "al-assad" also counts as "assad". */
const ARTICLE = /^(?:al|el|ad|ash|as|ar|an|at|az)-/;
export const wordsOf = (key: string): string[] => key.split(' ').flatMap((w) => [w, w.replace(ARTICLE, '')]);

/** Which types may name one entity across reports: the alias's type (or 'other') against the full name's. */
export const compatible = (alias: EntityType, full: EntityType): boolean =>
  full !== 'place' && full !== 'other' && (alias === 'other' || alias === full);

const CUE = (w: string) => ORG_CUE_WORDS.has(w) || GROUP_CUE_WORDS.has(w);
const EXTRA = (w: string) => ORG_NAME_SUFFIXES.has(w) || DEMONYMS[w] !== undefined;
/** A generic closing word is extra after a name of its own, not after a nationality ("arab" / "arab news"). */
const TAIL = (w: string, alias: readonly string[]) =>
  ORG_GENERIC_TAILS.has(w) && orgCore(`${alias.join(' ')} ${w}`) === orgCore(alias.join(' '));

/**
 * Whether `alias` (its words all in `wordSet`, the full key's `wordsOf`) is a short form of the full key of
 * this `type` and `words`: for a person, any part of the name
 * ("assad", "de mistura"); for an organisation or group, a generic head ("observatory", "central bank") or the
 * name without its company suffixes and nationality ("citigroup" / "citigroup inc.", "toyota" / "japanese
 * toyota", "buzzfeed" / "buzzfeed news"), never a distinct name inside a longer one ("intel" / "intel core duo").
 */
export const shortForm = (
  alias: readonly string[],
  type: EntityType,
  words: readonly string[],
  wordSet: ReadonlySet<string>,
): boolean => {
  if (!alias.every((w) => wordSet.has(w))) return false;
  if (type === 'person') return true;
  if (CUE(alias.at(-1)!)) return true;
  const rest = words.filter((w) => !alias.includes(w) && !alias.includes(w.replace(ARTICLE, '')));
  return rest.every((w) => EXTRA(w) || TAIL(w, alias));
};

/**
 * The group a key merges in whole (one organisation written several ways, one gazetteer place, one person's full
 * name spelt several ways: "Mohamed Mursi", "Mohammed Morsi", or with a short given name: "Andy Smith", "Andrew
 * Smith"), or null.
 */
export const coreOf = (t: KeyInfo): string | null => {
  if (t.type === 'organization' || t.type === 'group') return `${t.type}|${orgCore(t.key)}`;
  if (t.type === 'person' && t.key.includes(' ')) return `person|${nameVariantKey(fullGivenName(t.key))}`;
  return t.type === 'place' && t.gazetteerId !== null ? `place|${t.gazetteerId}` : null;
};

/** A key a shorter one may be a short form of: more than one word, a person, organisation or group. */
export const isTarget = (t: KeyInfo): boolean =>
  t.key.includes(' ') && t.type !== 'place' && t.type !== 'other';

/** The key a group of one core merges under: most mentions, then the longest, then alphabetical. */
export const byStanding = (a: KeyInfo, b: KeyInfo): number =>
  b.mentions - a.mentions || b.key.length - a.key.length || a.key.localeCompare(b.key);
