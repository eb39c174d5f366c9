import { initialsOf } from '../../analyse/entities/initials.js';
import { byStanding, compatible, coreOf, isTarget, type KeyInfo, shortForm, wordsOf } from './alias-rules.js';

export type { KeyInfo } from './alias-rules.js';

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
  const targets = infos.filter(isTarget);
  const wordsOfTarget = new Map(targets.map((t) => [t.key, t.key.split(' ')]));
  const wordSetOfTarget = new Map(targets.map((t) => [t.key, new Set(wordsOf(t.key))]));
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
    const core = coreOf(t);
    if (core !== null) byCore.set(core, [...(byCore.get(core) ?? []), t]);
  }
  for (const same of byCore.values()) {
    const [top, ...rest] = [...same].sort(byStanding);
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
      if (
        (initials || shortForm(aw, t.type, wordsOfTarget.get(t.key)!, wordSetOfTarget.get(t.key)!)) &&
        final(t.key) !== a.key
      )
        found.add(final(t.key));
    }
    if (found.size === 1) out.set(a.key, [...found][0]!);
  }
  for (const k of out.keys()) out.set(k, final(k));
  return out;
};
