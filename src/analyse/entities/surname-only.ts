import { lookupPlace } from '../../geo/lookup-place.js';
import type { Token } from '../../model/token.js';
import type { Draft } from './entity-drafts.js';
import type { KnownEntity } from './entity-registry.js';

/** Rules that type a lone word by the tagger's guess alone, with nothing in the text that makes it a body. */
const GUESSED: ReadonlySet<string> = new Set(['tagger:ORG', 'same-name', 'propn-run']);
const ACRONYM = /^[\p{Lu}\d&.-]+$/u;

/**
 * Organisations that are no more than a lone capitalised word the tagger guessed at ("Eom" read as an
 * organisation): every mention one plain word (no acronym, no capital inside: "PageRank"), typed by no lexicon
 * entry, cue or definition, and no place the gazetteer knows. Such a word may be the surname of a person the
 * report names in full (the caller checks that). Untyped words ('other': "Trump" as a propn-run) are left:
 * taking them cost Multi-News dev topic B³ (0.880 → 0.866), since story linking reads their keys.
 */
export const surnameOnly = (
  text: string,
  tokens: readonly Token[],
  drafts: readonly Draft[],
): ReadonlySet<KnownEntity> => {
  const ok = new Map<KnownEntity, boolean>();
  for (const d of drafts) {
    const e = d.entity;
    if (e.type !== 'organization') continue;
    if (ok.get(e) === false) continue;
    const surface = text.slice(tokens[d.first]!.span.start, tokens[d.last]!.span.end);
    const lone =
      d.first === d.last &&
      !d.anaphoric &&
      e.kind === null &&
      GUESSED.has(d.rule) &&
      /^\p{Lu}\p{Ll}+$/u.test(surface) &&
      !ACRONYM.test(surface) &&
      (ok.has(e) || lookupPlace(surface).length === 0);
    ok.set(e, lone);
  }
  return new Set([...ok].filter(([, lone]) => lone).map(([e]) => e));
};
