import { initialsOf } from '../../analyse/entities/initials.js';
import { GROUP_CUE_WORDS, ORG_CUE_WORDS, ORG_NAME_SUFFIXES } from '../../lang/en/entities-cues.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import type { EntityType } from '../../model/entity-mention.js';
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
const wordsOf = (key: string): string[] => key.split(' ').flatMap((w) => [w, w.replace(ARTICLE, '')]);

/** Which types may name one entity across reports: the alias's type (or 'other') against the full name's. */
const compatible = (alias: EntityType, full: EntityType): boolean =>
  full !== 'place' && full !== 'other' && (alias === 'other' || alias === full);

const CUE = (w: string) => ORG_CUE_WORDS.has(w) || GROUP_CUE_WORDS.has(w);
const EXTRA = (w: string) => ORG_NAME_SUFFIXES.has(w) || DEMONYMS[w] !== undefined;

/**
 * Whether `alias` (its words all inside `full`'s) is a short form of `full`: for a person, any part of the name
 * ("assad", "de mistura"); for an organisation or group, a generic head ("observatory", "central bank") or the
 * name without its company suffixes and nationality ("citigroup" / "citigroup inc.", "toyota" / "japanese
 * toyota"), never a distinct name inside a longer one ("intel" / "intel core duo").
 */
const shortForm = (alias: readonly string[], full: KeyInfo): boolean => {
  const words = new Set(wordsOf(full.key));
  if (!alias.every((w) => words.has(w))) return false;
  if (full.type === 'person') return true;
  if (CUE(alias.at(-1)!)) return true;
  const rest = full.key
    .split(' ')
    .filter((w) => !alias.includes(w) && !alias.includes(w.replace(ARTICLE, '')));
  return rest.every(EXTRA);
};

/**
 * Across a story's reports, keys that name one organisation several ways (`orgCore`) or one gazetteer place,
 * and keys that are short
 * forms of exactly one longer key: an acronym of its initials
 * ("sohr" → "syrian observatory for human rights"), or a short form (`shortForm`: "observatory", "assad" →
 * "bashar al-assad", "government" → "syrian government" when only one government is named, "citigroup" →
 * "citigroup inc."). Returns alias key → full key; places are never merged, and an alias that fits two full
 * names stays apart. Places join only by their gazetteer entry.
 */
export const aliasKeys = (infos: readonly KeyInfo[]): Map<string, string> => {
  const out = new Map<string, string>();
  const targets = infos.filter((t) => t.key.includes(' ') && t.type !== 'place' && t.type !== 'other');
  const byLength = [...infos].sort(
    (a, b) => b.key.split(' ').length - a.key.split(' ').length || a.key.localeCompare(b.key),
  );
  const final = (k: string): string => {
    let cur = k;
    for (let n = 0; n < 10 && out.has(cur); n += 1) cur = out.get(cur)!;
    return cur;
  };
  // One organisation written several ways: the same core ("Ford Motor Company", "Ford Motor Co."); one place
  // written several ways: the same gazetteer entry ("US", "U.S.", "United States").
  const byCore = new Map<string, KeyInfo[]>();
  for (const t of infos) {
    const org = t.type === 'organization' || t.type === 'group';
    if (!org && !(t.type === 'place' && t.gazetteerId !== null)) continue;
    const core = org ? `${t.type}|${orgCore(t.key)}` : `place|${t.gazetteerId}`;
    byCore.set(core, [...(byCore.get(core) ?? []), t]);
  }
  for (const same of byCore.values()) {
    const [top, ...rest] = [...same].sort(
      (a, b) => b.mentions - a.mentions || b.key.length - a.key.length || a.key.localeCompare(b.key),
    );
    for (const r of rest) out.set(r.key, top!.key);
  }
  // Targets by each of their words and by their initials: an alias's candidates share its first word or are
  // abbreviated by it, so they are looked up rather than scanned (a story can hold thousands of keys).
  const byWord = new Map<string, KeyInfo[]>();
  const index = (k: string, t: KeyInfo) => {
    const list = byWord.get(k);
    if (list === undefined) byWord.set(k, [t]);
    else if (list.at(-1) !== t) list.push(t);
  };
  for (const t of targets) {
    for (const w of wordsOf(t.key)) index(w, t);
    if (t.type !== 'person') for (const i of initialsOf(t.key)) index(`^${i}`, t);
  }
  for (const a of byLength) {
    if (a.type === 'place' || out.has(a.key)) continue;
    const aw = a.key.split(' ');
    const found = new Set<string>();
    const candidates = new Set([...(byWord.get(aw[0]!) ?? []), ...(byWord.get(`^${a.key}`) ?? [])]);
    for (const t of candidates) {
      if (t.key === a.key || !compatible(a.type, t.type)) continue;
      if (t.key.split(' ').length <= aw.length) continue;
      const initials =
        a.acronym && aw.length === 1 && t.type !== 'person' && initialsOf(t.key).includes(a.key);
      if ((initials || shortForm(aw, t)) && final(t.key) !== a.key) found.add(final(t.key));
    }
    if (found.size === 1) out.set(a.key, [...found][0]!);
  }
  for (const k of out.keys()) out.set(k, final(k));
  return out;
};
