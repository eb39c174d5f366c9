import {
  FIGURE_MILITARY_NOUNS,
  FIGURE_NP_STOPS,
  FIGURE_PEOPLE_NOUNS,
  FIGURE_THING_NOUNS,
} from '../../lang/en/figures-counted-nouns.js';
import { FIGURE_TERRITORY_NOUNS } from '../../lang/en/figures-territory-nouns.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';

const TERRITORY = new Set(FIGURE_TERRITORY_NOUNS);
const NOUNS = new Set([
  ...FIGURE_PEOPLE_NOUNS,
  ...FIGURE_MILITARY_NOUNS,
  ...FIGURE_THING_NOUNS,
  ...FIGURE_TERRITORY_NOUNS,
]);
/**
 * The counted phrase's stops and "and" ("losing 3.2% and the index of Germany…"), but "of" leads on to what the
 * share is of ("of eastern parts of the city").
 */
const STOPS = new Set([...FIGURE_NP_STOPS.filter((w) => w !== 'of'), 'and']);
const CLAUSE_POS = new Set(['VERB', 'AUX', 'SCONJ']);
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
/** How many tokens after the share the phrase it is a share of may run. */
const REACH = 10;

const possessive = (t: Token | undefined): boolean => t !== undefined && POSSESSIVE.test(t.norm);
/** "the state's population", "Raqqa's countryside": a possessive word modifies the noun after it. */
const ownsNext = (t: Token, next: Token | undefined): boolean => /['’]s?$/.test(t.norm) || possessive(next);
const isNoun = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  (t.pos === null ? NOUNS.has(t.norm) : t.pos === 'NOUN' || t.pos === 'PROPN');

/**
 * The head of the ground a share is a share of: the phrase after it ("of eastern parts of the city", "the former
 * rebel stronghold", "of Aleppo") has a territory noun or a named place as a head, not as a modifier ("area
 * residents") or an owner ("the state's population"); null when the share is of something else. `tokens` are
 * the sentence's tokens after the share; `places` the spans of place names.
 */
export const territoryHead = (tokens: readonly Token[], places: readonly Span[]): Token | null => {
  for (let i = 0; i < Math.min(tokens.length, REACH); i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const glued = tokens[i - 1]?.norm === '-';
    if (t.kind !== 'word') {
      if (t.norm === '-' || possessive(t)) continue;
      return null;
    }
    if (STOPS.has(t.norm) || (t.pos !== null && CLAUSE_POS.has(t.pos) && !glued)) return null;
    // "area residents", "U.S. music market", "rebel-held": a word before a noun or a hyphen modifies what follows.
    if (ownsNext(t, next) || isNoun(next) || next?.norm === '-') continue;
    // "the West African country": a word inside a longer place name or before an adjective is not the head.
    if (next?.pos === 'ADJ' || places.some((p) => p.start <= t.span.start && t.span.end < p.end)) continue;
    const inPlace = places.some((p) => p.start <= t.span.start && t.span.end === p.end);
    if (TERRITORY.has(t.norm) || inPlace) return t;
    // Another head noun ends the phrase, unless "of" leads on ("60 percent of eastern parts of the city").
    if (isNoun(t) && next?.norm !== 'of') return null;
  }
  return null;
};

/** Whether a share is a share of ground (territoryHead finds its head). */
export const isTerritory = (tokens: readonly Token[], places: readonly Span[]): boolean =>
  territoryHead(tokens, places) !== null;
