import type { Telling } from '../../link/events/event-telling.js';
import { copied, copyDocs, joins, linkKeys } from '../../link/events/merge-tellings.js';

/** What adding one telling did, so that it can be undone (tellings are undone last first). */
export interface TellingAdd {
  readonly at: number;
  readonly founded: boolean;
  readonly pushed: readonly number[][];
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

// The merge rules are mergeTellings' own (imported); incremental-picture.test.ts compares the pictures of both
// paths.

/**
 * `copiesOf(id)`: the reports of the story that are near-duplicates of report `id` (mergeTellings reads them
 * from all tellings; only those already added can hold a candidate event, so the two agree).
 */
export const tellingMerger = (copiesOf: (documentId: string) => readonly string[]): TellingMerger => {
  const events: Telling[][] = [];
  const byDoc = new Map<string, number[]>();
  const byLink = new Map<string, number[]>();

  const candidates = (index: Map<string, number[]>, keys: readonly string[]): number[] =>
    [...new Set(keys.flatMap((k) => index.get(k) ?? []))].sort((x, y) => x - y);

  const add = (t: Telling): TellingAdd => {
    const links = linkKeys(t);
    const home =
      candidates(byDoc, copyDocs(t, copiesOf)).find((e) => events[e]!.some((u) => copied(t, u))) ??
      candidates(byLink, links).find((e) => joins(t, events[e]!));
    const at = home ?? events.length;
    if (home === undefined) events.push([t]);
    else events[home]!.push(t);
    const pushed: number[][] = [];
    const index = (map: Map<string, number[]>, key: string): void => {
      const list = map.get(key) ?? [];
      map.set(key, list);
      if (list.at(-1) === at) return;
      list.push(at);
      pushed.push(list);
    };
    index(byDoc, t.doc.report.id);
    for (const k of links) index(byLink, k);
    return { at, founded: home === undefined, pushed };
  };

  const undo = (a: TellingAdd): void => {
    for (const list of a.pushed) list.pop();
    if (a.founded) events.pop();
    else events[a.at]!.pop();
  };

  const replace = (at: number, was: Telling, next: Telling): void => {
    const event = events[at]!;
    event[event.indexOf(was)] = next;
  };

  /** Link keys are `${type}|<tag>:${id}` (linkKeys); only the place (p) and actor (a) keys name entities. */
  const idOfLink = (key: string): string => {
    const tag = key.slice(key.indexOf('|') + 1, key.indexOf('|') + 3);
    return tag === 'p:' || tag === 'a:' ? key.slice(key.indexOf('|') + 3) : '';
  };
  const rename = (ids: ReadonlyMap<string, string>): void => {
    const moved: [string, number[]][] = [];
    for (const [key, list] of byLink) {
      const to = ids.get(idOfLink(key));
      if (to !== undefined) moved.push([`${key.slice(0, key.indexOf('|') + 3)}${to}`, list]);
    }
    // every renamed key goes first: in a swap one id takes another's old name
    for (const key of [...byLink.keys()]) if (ids.has(idOfLink(key))) byLink.delete(key);
    for (const [key, list] of moved) byLink.set(key, list);
  };

  return { add, undo, replace, rename, events };
};
