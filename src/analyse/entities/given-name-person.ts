import type { EntityRegistry, KnownEntity } from './entity-registry.js';

/**
 * The one person a lone given name ("Khalid") stands for: the only full name of the document that starts with
 * that word ("Khalid Abu Bakar"), when no person's family name is that word too. Not "John" beside "John Smith"
 * and "John Brown".
 */
export const givenNamePerson = (reg: EntityRegistry, word: string): KnownEntity | undefined => {
  if (reg.fullNames.has(word)) return undefined;
  let found: KnownEntity | undefined;
  for (const e of reg.byKey.values()) {
    if (e.type !== 'person' || reg.familyFirst.has(e)) continue;
    const words = e.key.split(' ');
    if (words.length < 2 || words[0] !== word) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
};
