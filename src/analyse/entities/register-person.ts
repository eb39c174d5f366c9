import type { Token } from '../../model/token.js';
import { entityKey } from './entity-key.js';
import type { EntityRegistry, KnownEntity } from './entity-registry.js';
import { hyphenedGivenName } from './hyphened-given-name.js';
import { titlePhrasesBefore } from './title-phrase.js';

/**
 * Records a person named in full (tokens [first, last], two words or more): its spelling variants, and its
 * surname as an alias that a later mention of the surname alone links by. A family name written first, before
 * a hyphened given name ("Kim Jong-un", "Moon Jae-in"), is the surname too: "Mr. Kim", "Moon".
 */
export const registerPerson = (
  reg: EntityRegistry,
  e: KnownEntity,
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): void => {
  const surface = (a: number, b: number) => text.slice(tokens[a]!.span.start, tokens[b]!.span.end);
  reg.person(e, e.key);
  reg.titled(e, titlePhrasesBefore(tokens, first));
  // "Jong-un", not "un", for "Kim Jong-un": a lower-case last word is the end of a hyphened name.
  const hyphened = last >= 2 && tokens[last - 1]!.norm === '-';
  const tail = hyphened && /^\p{Ll}/u.test(surface(last, last));
  const surnames = [entityKey(tail ? surface(last - 2, last) : tokens[last]!.norm)];
  if (tail && hyphenedGivenName(text, tokens, first, last)) {
    reg.familyFirst.add(e);
    surnames.push(entityKey(surface(first, first)));
  }
  for (const surname of surnames) {
    reg.alias.set(surname, { entity: e, rule: 'surname' });
    reg.fullNames.set(surname, new Set([...(reg.fullNames.get(surname) ?? []), e]));
  }
  if (hyphened) reg.alias.set(entityKey(surface(last - 2, last)), { entity: e, rule: 'surname' });
};

/** The words of the document's person names that are given names ("carter" of Carter Roberts), not surnames. */
export const givenNameWords = (reg: EntityRegistry): ReadonlySet<string> => {
  const given = new Set<string>();
  for (const e of reg.byKey.values()) {
    if (e.type !== 'person') continue;
    const words = e.key.split(' ');
    for (const w of reg.familyFirst.has(e) ? words.slice(1) : words.slice(0, -1)) given.add(w);
  }
  return given;
};
