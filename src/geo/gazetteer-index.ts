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
}

export const gazetteerBuilder = (): GazetteerBuilder => {
  const byId = new Map<string, GazetteerEntry>();
  const byKey = new Map<string, GazetteerEntry[]>();
  const file = (name: string, e: GazetteerEntry): void => {
    for (const k of placeNameKeys(name)) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  };
  const add = (e: GazetteerEntry, names: readonly string[] = []): void => {
    byId.set(e.id, e);
    file(e.name, e);
    for (const n of names) if (n !== e.name) file(n, e);
  };
  return { byId, byKey, add, file };
};
