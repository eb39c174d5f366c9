import type { Telling } from '../../link/events/event-telling.js';
import { copied, copyDocs, joins, linkKeys } from '../../link/events/merge-tellings.js';

/** A telling merged, and the event it went to. */
interface Placed {
  t: Telling;
  readonly at: number;
}

/** What adding one telling did, so that it can be undone (tellings are undone last first). */
export interface TellingAdd {
  readonly at: number;
  readonly founded: boolean;
  readonly pushed: readonly number[][];
  /** Its report's tellings merged so far, this one last. */
  readonly told: Placed[];
}

/** mergeTellings (src/link/events/merge-tellings.ts) one telling at a time, with undo. */
export interface TellingMerger {
  add(t: Telling): TellingAdd;
  undo(a: TellingAdd): void;
  /** Puts `next` where `was` is in event `at` (the same telling, its entities renamed). */
  replace(at: number, was: Telling, next: Telling): void;
  /**
   * Entity ids renamed (old → new; no two merged, none split): merging compares ids only for equality, so the
   * events stay as they are and only the index of places and actors follows the new names.
   */
  rename(ids: ReadonlyMap<string, string>): void;
  /** The events so far: tellings grouped, in order of first telling. */
  readonly events: readonly (readonly Telling[])[];
}

/** The tags of the link keys that name an entity: a renaming moves them. */
const ENTITY_LINKS: ReadonlySet<string> = new Set(['p:', 'a:', 'v:']);

// The merge rules are mergeTellings' own (imported); incremental-picture.test.ts compares the pictures of both
// paths.

/**
 * `copiesOf(id)`: the reports of the story that are near-duplicates of report `id` (mergeTellings reads them
 * from all tellings; only those already added can hold a candidate event, so the two agree).
 */
export const tellingMerger = (copiesOf: (documentId: string) => readonly string[]): TellingMerger => {
  const events: Telling[][] = [];
  /** Per report, its tellings merged so far and their events (where a copy of a telling can be). */
  const byDoc = new Map<string, Placed[]>();
  const byLink = new Map<string, number[]>();
  /** The link keys of byLink that name each entity (place, actor or victim keys), so a renaming finds them. */
  const linksOf = new Map<string, Set<string>>();

  /**
   * mergeTellings' home of a copy: the first event holding a telling it copies. Only tellings of its report,
   * its original and its copies can be copied (copied), so those are looked at, not whole events.
   */
  const copyHome = (t: Telling): number | undefined => {
    let home: number | undefined;
    for (const d of copyDocs(t, copiesOf))
      for (const u of byDoc.get(d) ?? [])
        if ((home === undefined || u.at < home) && copied(t, u.t)) home = u.at;
    return home;
  };
  /** mergeTellings' home by link: the first event sharing a link key that the telling joins. */
  const linkHome = (t: Telling, links: readonly string[]): number | undefined => {
    let n = 0;
    for (const k of links) n += byLink.get(k)?.length ?? 0;
    const found = new Int32Array(n);
    n = 0;
    for (const k of links) {
      const list = byLink.get(k);
      if (list === undefined) continue;
      found.set(list, n);
      n += list.length;
    }
    found.sort();
    for (let i = 0; i < found.length; i += 1) {
      const e = found[i]!;
      if (i > 0 && e === found[i - 1]) continue;
      if (joins(t, events[e]!)) return e;
    }
    return undefined;
  };

  const add = (t: Telling): TellingAdd => {
    const links = linkKeys(t);
    const home = copyHome(t) ?? linkHome(t, links);
    const at = home ?? events.length;
    if (home === undefined) events.push([t]);
    else events[home]!.push(t);
    const pushed: number[][] = [];
    for (const k of links) {
      let list = byLink.get(k);
      if (list === undefined) {
        list = [];
        byLink.set(k, list);
        nameLink(k);
      }
      if (list.at(-1) === at) continue;
      list.push(at);
      pushed.push(list);
    }
    const id = t.doc.report.id;
    const told = byDoc.get(id) ?? [];
    byDoc.set(id, told);
    told.push({ t, at });
    return { at, founded: home === undefined, pushed, told };
  };

  const undo = (a: TellingAdd): void => {
    for (const list of a.pushed) list.pop();
    a.told.pop();
    if (a.founded) events.pop();
    else events[a.at]!.pop();
  };

  const replace = (at: number, was: Telling, next: Telling): void => {
    const event = events[at]!;
    event[event.indexOf(was)] = next;
    const placed = byDoc.get(was.doc.report.id)?.find((p) => p.t === was);
    if (placed !== undefined) placed.t = next;
  };

  /** Link keys are `${type}|<tag>:${id}` (linkKeys); the place (p), actor (a) and victim (v) keys name entities. */
  const idOfLink = (key: string): string => {
    const tag = key.slice(key.indexOf('|') + 1, key.indexOf('|') + 3);
    return ENTITY_LINKS.has(tag) ? key.slice(key.indexOf('|') + 3) : '';
  };
  const nameLink = (key: string): void => {
    const id = idOfLink(key);
    if (id !== '') linksOf.set(id, (linksOf.get(id) ?? new Set()).add(key));
  };
  const rename = (ids: ReadonlyMap<string, string>): void => {
    // every renamed key goes first: in a swap one id takes another's old name
    const moved: [string, number[]][] = [];
    for (const [from, to] of ids) {
      for (const key of linksOf.get(from) ?? []) {
        moved.push([`${key.slice(0, key.indexOf('|') + 3)}${to}`, byLink.get(key)!]);
        byLink.delete(key);
      }
      linksOf.delete(from);
    }
    for (const [key, list] of moved) {
      if (!byLink.has(key)) nameLink(key);
      byLink.set(key, list);
    }
  };

  return { add, undo, replace, rename, events };
};
