import {
  type AnaphorKind,
  MONEY_CAPITAL_PRECEDERS,
  PLACE_ANAPHOR_FOLLOWER_ENDINGS,
  PLACE_ANAPHOR_FOLLOWERS,
  PLACE_ANAPHOR_NOUNS,
} from '../../lang/en/geo-anaphor-nouns.js';
import type { EntityMention } from '../../model/entity-mention.js';
import { type Span, span, spansOverlap } from '../../model/span.js';

/** "the city" standing alone for a place: its span and the kind of place it may stand for. */
export interface DefinitePlaceNoun {
  readonly span: Span;
  readonly noun: string;
  readonly kind: AnaphorKind;
}

const DEFINITE = /\b[Tt]he\s+([a-z]+)\b/g;
const WORD = /^\s*([A-Za-z]+)/;
const POSSESSIVE = /^['’]s\b/;
/** Where the noun phrase plainly ends: punctuation (not a hyphen: "the city-state") or the end of the text. */
const PUNCTUATION_END = /^\s*(?:[.,;:!?)"”’\u2014\u2013]|$|['’](?!s\b))/;
const APPOSITION = /^\s*,\s*/;

/** Whether the noun is followed by a word that ends its phrase, a possessive, or punctuation. */
const endsPhrase = (text: string, end: number): boolean => {
  const rest = text.slice(end, end + 40);
  if (POSSESSIVE.test(rest) || PUNCTUATION_END.test(rest)) return true;
  const next = WORD.exec(rest)?.[1];
  // a capitalised word is a name the noun qualifies ("the city Council") or a new sentence without a stop
  if (next === undefined || next !== next.toLowerCase()) return false;
  return (
    PLACE_ANAPHOR_FOLLOWERS.has(next) ||
    (next.length >= 4 && PLACE_ANAPHOR_FOLLOWER_ENDINGS.some((end) => next.endsWith(end)))
  );
};

/** The word right before `at`, lower case, or ''. */
const wordBefore = (text: string, at: number): string =>
  /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';

/**
 * Every "the <noun>" of the text whose noun may stand for a place named before (PLACE_ANAPHOR_NOUNS) and ends
 * its noun phrase: not "the city council", "the capital markets", "the city of Homs" (the name is the mention),
 * "the capital, Kyiv," (an apposition names it), "raised the capital" (money), nor inside an entity mention.
 */
export const definitePlaceNouns = (text: string, entities: readonly EntityMention[]): DefinitePlaceNoun[] => {
  const out: DefinitePlaceNoun[] = [];
  for (const m of text.matchAll(DEFINITE)) {
    const noun = m[1]!;
    const kind = PLACE_ANAPHOR_NOUNS.get(noun);
    if (kind === undefined) continue;
    const s = span(m.index, m.index + m[0].length);
    if (!endsPhrase(text, s.end)) continue;
    if (kind === 'capital' && MONEY_CAPITAL_PRECEDERS.has(wordBefore(text, s.start))) continue;
    if (entities.some((e) => spansOverlap(e.span, s))) continue;
    const apposed = APPOSITION.exec(text.slice(s.end, s.end + 4));
    if (apposed) {
      const at = s.end + apposed[0].length;
      if (entities.some((e) => e.type === 'place' && e.span.start === at)) continue;
    }
    out.push({ span: s, noun, kind });
  }
  return out;
};
