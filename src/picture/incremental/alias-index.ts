import { initialsOf } from '../../analyse/entities/initials.js';
import {
  byStanding,
  compatible,
  coreOf,
  isTarget,
  type KeyInfo,
  shortForm,
  wordsOf,
} from '../../link/entities/alias-rules.js';

// aliasKeys' rules (src/link/entities/alias-rules.ts) applied incrementally: alias-index.test.ts compares the
// two on every update.

interface Entry {
  info: KeyInfo;
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
  readonly initials: readonly string[];
  core: string | null;
  /** The top of its core group it merges under (phase one), or null. */
  same: string | null;
  /** The longer key it is the short form of (phase two), or null. */
  short: string | null;
}

/** aliasKeys, kept up to date as keys are added or their infos change (see aliasIndex). */
export interface AliasIndex {
  /** Adds or updates keys; returns the keys whose full key (redirect) changed. */
  update(infos: readonly KeyInfo[]): Set<string>;
  /** The full key `key` merges under, or undefined (as aliasKeys(every info so far).get(key)). */
  target(key: string): string | undefined;
}

const add = <K, V>(index: Map<K, Set<V>>, key: K, value: V): void => {
  const set = index.get(key) ?? new Set();
  index.set(key, set.add(value));
};

/**
 * An indexed, incremental aliasKeys: keys by core (orgCore / gazetteer entry), targets by word and by initials,
 * so a key's aliases and targets are found through what it shares rather than by scanning every key, and an
 * update recomputes only the keys it can change (in aliasKeys' order: more words first, then alphabetical),
 * following the changes along the chains of redirects. Redirect chains are assumed shorter than aliasKeys' 10
 * steps.
 */
export const aliasIndex = (): AliasIndex => {
  const entries = new Map<string, Entry>();
  const cores = new Map<string, Set<string>>();
  const targetsByWord = new Map<string, Set<string>>();
  const targetsByInitials = new Map<string, Set<string>>();
  const keysByWord = new Map<string, Set<string>>();
  /** Reverse of the redirects: key → the keys that redirect to it. */
  const into = new Map<string, Set<string>>();

  const out = (e: Entry): string | null => e.same ?? e.short;
  const before = (a: Entry, b: Entry): number =>
    b.words.length - a.words.length || a.info.key.localeCompare(b.info.key);

  /** aliasKeys' final(t) while `a` is processed: phase-one redirects, and phase-two ones of keys before `a`. */
  const finalAt = (t: string, a: Entry): string => {
    let cur = t;
    for (let n = 0; n < 10; n += 1) {
      const e = entries.get(cur)!;
      const next = e.same ?? (e.short !== null && before(e, a) < 0 ? e.short : null);
      if (next === null) break;
      cur = next;
    }
    return cur;
  };
  const finalOf = (k: string): string => {
    let cur = k;
    for (let n = 0; n < 10; n += 1) {
      const next = out(entries.get(cur)!);
      if (next === null) break;
      cur = next;
    }
    return cur;
  };

  /** Targets `a` may be a short form or an acronym of. */
  const targetsOf = (a: Entry): Set<string> => {
    const found = new Set<string>();
    const postings = a.words.map((w) => targetsByWord.get(w) ?? new Set<string>());
    const rarest = postings.reduce((x, y) => (y.size < x.size ? y : x), postings[0]!);
    for (const t of rarest) if (a.words.every((w) => entries.get(t)!.wordSet.has(w))) found.add(t);
    if (a.info.acronym && a.words.length === 1)
      for (const t of targetsByInitials.get(a.info.key) ?? []) found.add(t);
    return found;
  };
  /** Keys that may be a short form or an acronym of `t`. */
  const aliasesOf = (t: Entry): Set<string> => {
    const found = new Set<string>();
    for (const w of t.wordSet)
      for (const a of keysByWord.get(w) ?? [])
        if (a !== t.info.key && entries.get(a)!.words.every((x) => t.wordSet.has(x))) found.add(a);
    for (const i of t.initials) if (entries.has(i)) found.add(i);
    return found;
  };

  const shortOf = (a: Entry): string | null => {
    if (a.info.type === 'place' || a.same !== null) return null;
    const found = new Set<string>();
    for (const key of targetsOf(a)) {
      const t = entries.get(key)!;
      if (key === a.info.key || !compatible(a.info.type, t.info.type)) continue;
      if (t.words.length <= a.words.length) continue;
      const initials =
        a.info.acronym && a.words.length === 1 && t.info.type !== 'person' && t.initials.includes(a.info.key);
      if (!(initials || shortForm(a.words, t.info.type, t.words, t.wordSet))) continue;
      const full = finalAt(key, a);
      if (full !== a.info.key) found.add(full);
    }
    return found.size === 1 ? [...found][0]! : null;
  };

  const index = (e: Entry, on: boolean): void => {
    const key = e.info.key;
    const put = <K>(map: Map<K, Set<string>>, k: K) => {
      if (on) add(map, k, key);
      else map.get(k)?.delete(key);
    };
    if (e.core !== null) put(cores, e.core);
    for (const w of e.words) put(keysByWord, w);
    if (isTarget(e.info)) {
      for (const w of e.wordSet) put(targetsByWord, w);
      for (const i of e.initials) put(targetsByInitials, i);
    }
  };
  const redirect = (e: Entry, same: string | null, short: string | null): void => {
    const was = out(e);
    if (was !== null) into.get(was)?.delete(e.info.key);
    e.same = same;
    e.short = short;
    const now = out(e);
    if (now !== null) add(into, now, e.info.key);
  };

  /** The full key each key had after the last update (absent: none). */
  const reported = new Map<string, string>();

  const update = (infos: readonly KeyInfo[]): Set<string> => {
    const queue = new Set<string>();
    const groups = new Set<string>();
    const touched = new Set<string>();
    /** `key`'s redirect changed: so did every key redirecting to it, and what their aliases find. */
    const moved = (key: string): void => {
      const seen = new Set<string>();
      const stack = [key];
      while (stack.length > 0) {
        const k = stack.pop()!;
        if (seen.has(k)) continue;
        seen.add(k);
        touched.add(k);
        for (const a of aliasesOf(entries.get(k)!)) queue.add(a);
        for (const x of into.get(k) ?? []) stack.push(x);
      }
    };
    for (const info of infos) {
      const old = entries.get(info.key);
      if (old) index(old, false);
      const e: Entry = old ?? {
        info,
        words: info.key.split(' '),
        wordSet: new Set(wordsOf(info.key)),
        initials: initialsOf(info.key),
        core: null,
        same: null,
        short: null,
      };
      const retargeted =
        old === undefined || isTarget(old.info) !== isTarget(info) || old.info.type !== info.type;
      if (e.core !== null) groups.add(e.core);
      e.info = info;
      e.core = coreOf(info);
      if (e.core !== null) groups.add(e.core);
      entries.set(info.key, e);
      index(e, true);
      queue.add(info.key);
      touched.add(info.key);
      if (retargeted) for (const a of aliasesOf(e)) queue.add(a);
      if (e.same !== null) {
        redirect(e, null, e.short);
        moved(info.key);
      }
    }
    for (const g of groups) {
      const members = [...(cores.get(g) ?? [])].map((k) => entries.get(k)!);
      const top = members.length > 1 ? [...members].sort((a, b) => byStanding(a.info, b.info))[0]! : null;
      for (const m of members) {
        const same = top !== null && m !== top ? top.info.key : null;
        if (same === m.same) continue;
        redirect(m, same, m.short);
        queue.add(m.info.key);
        moved(m.info.key);
      }
    }
    // In aliasKeys' order; a key queued again behind the one at hand is taken in the next round.
    for (let round = 0; queue.size > 0 && round < 100; round += 1) {
      const order = [...queue].map((k) => entries.get(k)!).sort(before);
      queue.clear();
      for (const a of order) {
        const short = shortOf(a);
        if (short === a.short) continue;
        redirect(a, a.same, short);
        moved(a.info.key);
      }
    }
    const changed = new Set<string>();
    for (const k of touched) {
      const full = finalOf(k);
      const now = full === k ? undefined : full;
      if (now === reported.get(k)) continue;
      changed.add(k);
      if (now === undefined) reported.delete(k);
      else reported.set(k, now);
    }
    return changed;
  };

  const finalOfOrUndefined = (key: string): string | undefined => reported.get(key);

  return { update, target: finalOfOrUndefined };
};
