import { AUXILIARY_VERBS } from './auxiliary-verbs.js';

/**
 * Definite place anaphora ("the city", "the capital", "the province"): the head nouns that stand for a place
 * named a few sentences before, the kind of place each may stand for, and the words that may follow the noun
 * when the noun ends its noun phrase (not "the city council", "the capital markets"). Lower case.
 */

/**
 * What a definite place noun may stand for: `town` a populated place, `capital` a national capital (or the
 * capital of a country named), `region` a first-level region, `country` a country.
 */
export type AnaphorKind = 'town' | 'capital' | 'region' | 'country';

export const PLACE_ANAPHOR_NOUNS: ReadonlyMap<string, AnaphorKind> = new Map([
  ['city', 'town'],
  ['town', 'town'],
  ['village', 'town'],
  ['capital', 'capital'],
  ['province', 'region'],
  ['governorate', 'region'],
  ['region', 'region'],
  ['country', 'country'],
]);

/**
 * The fewest inhabitants of a town that a noun may stand for: news calls a place of a few thousand a town or a
 * village, not "the city" ("a resident of <suburb> said the city …" speaks of the big city near it).
 */
export const ANAPHOR_MIN_POPULATION: ReadonlyMap<string, number> = new Map([['city', 20000]]);

/**
 * Words after which "the <noun>" ends its noun phrase: prepositions other than "of" ("the town of Idlib" names
 * its place right there), conjunctions, relative words, auxiliaries and common reporting and state verbs, and
 * time words. Any other word (a noun: "the city council", "the country music star") makes the noun a modifier.
 */
export const PLACE_ANAPHOR_FOLLOWERS: ReadonlySet<string> = new Set([
  // prepositions and particles
  'in',
  'on',
  'at',
  'into',
  'from',
  'for',
  'with',
  'without',
  'by',
  'near',
  'since',
  'after',
  'before',
  'during',
  'until',
  'as',
  'amid',
  'under',
  'over',
  'through',
  'throughout',
  'toward',
  'towards',
  'to',
  'against',
  'while',
  // conjunctions and relative words
  'and',
  'or',
  'but',
  'that',
  'which',
  'where',
  'when',
  'who',
  // auxiliaries and verbs of state
  ...AUXILIARY_VERBS,
  'remains',
  'remained',
  'fell',
  'lies',
  'lay',
  'saw',
  'sits',
  'itself',
  // time words
  'last',
  'this',
  'today',
  'yesterday',
  'overnight',
  'again',
  'now',
]);

/**
 * Endings of words that may follow the noun as well: past-tense verbs ("the capital erupted", "the town fell
 * quiet" is listed above), never the nouns a place noun qualifies. Words of at least four letters.
 */
export const PLACE_ANAPHOR_FOLLOWER_ENDINGS: readonly string[] = ['ed'];

/**
 * Words right before "the capital" that give it its sense of money ("raised the capital", "inject the
 * capital"), not of a town.
 */
export const MONEY_CAPITAL_PRECEDERS: ReadonlySet<string> = new Set([
  'raise',
  'raised',
  'raises',
  'raising',
  'inject',
  'injected',
  'injecting',
  'provide',
  'provided',
  'providing',
  'lacked',
  'lacks',
  'lack',
]);
