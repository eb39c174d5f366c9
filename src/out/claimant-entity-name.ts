import type { PictureEntity } from '../model/picture.js';
import { claimantKey } from './claimant-key.js';

/**
 * For a source the reports name by words only ("the LAPD", "the Monitor"), the name of the story's one entity
 * that goes by those words (its name or an alias, letter case and a leading article aside), so its claims are
 * listed under that entity; null when no entity, or more than one, goes by them.
 */
export const claimantEntityName = (
  entities: readonly PictureEntity[],
): ((words: string) => string | null) => {
  const byKey = new Map<string, Set<string>>();
  for (const e of entities)
    for (const n of [e.name, ...e.aliases]) {
      const key = claimantKey(n);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(e.id));
    }
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return (words) => {
    const ids = byKey.get(claimantKey(words));
    return ids === undefined || ids.size !== 1 ? null : (names.get([...ids][0]!) ?? null);
  };
};
