import type { GazetteerEntry } from './gazetteer-entry.js';
import { placeNameKeys } from './normalize-place-name.js';

/** The loaded gazetteer: entries by id and by every name key. */
export interface Gazetteer {
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  readonly byKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
}

/** A gazetteer under construction: `add` files an entry under its name and alternate names. */
export interface GazetteerBuilder extends Gazetteer {
  add(e: GazetteerEntry, names?: readonly string[]): void;
  /** Files an existing entry under one more name. */
  file(name: string, e: GazetteerEntry): void;
  /**
   * Files an existing entry under an index key already normalised (`placeNameKeys`) and not yet among its
   * keys (models/geo-places.tsv.gz holds each town's alternate keys once, without its name's own keys).
   */
  fileKey(key: string, e: GazetteerEntry): void;
}

export const gazetteerBuilder = (): GazetteerBuilder => {
  const byId = new Map<string, GazetteerEntry>();
  const byKey = new Map<string, GazetteerEntry[]>();
  const fileKey = (k: string, e: GazetteerEntry): void => {
    const list = byKey.get(k);
    if (!list) byKey.set(k, [e]);
    else list.push(e);
  };
  const file = (name: string, e: GazetteerEntry): void => {
    for (const k of placeNameKeys(name)) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  };
  const add = (e: GazetteerEntry, names: readonly string[] = []): void => {
    byId.set(e.id, e);
    // A new entry is in no list yet: its keys, each once, need no search.
    const keys = new Set(placeNameKeys(e.name));
    for (const n of names) if (n !== e.name) for (const k of placeNameKeys(n)) keys.add(k);
    for (const k of keys) fileKey(k, e);
  };
  return { byId, byKey, add, file, fileKey };
};
