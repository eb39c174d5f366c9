import {
  FIGURE_MILITARY_NOUNS,
  FIGURE_NP_SKIPS,
  FIGURE_NP_STOPS,
  FIGURE_PARTITIVE_PRONOUNS,
  FIGURE_PEOPLE_NOUNS,
  FIGURE_THING_NOUNS,
} from '../../lang/en/figures-counted-nouns.js';
import type { Token } from '../../model/token.js';

const KNOWN = new Set([...FIGURE_PEOPLE_NOUNS, ...FIGURE_MILITARY_NOUNS, ...FIGURE_THING_NOUNS]);
const STOPS = new Set(FIGURE_NP_STOPS);
const SKIPS = new Set(FIGURE_NP_SKIPS);
const PARTITIVE = new Set(FIGURE_PARTITIVE_PRONOUNS);
const COPULAS = new Set(['are', 'were', 'is', 'was']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'X']);
const MAX_WORDS = 8;
const NONE = { what: null, end: null, partitive: false } as const;

export interface CountedNoun {
  /** The head noun, lower-cased, or null. */
  readonly what: string | null;
  /** End offset of the counted phrase (the head, or "them"), or null when nothing follows. */
  readonly end: number | null;
  /** "of them": the figure is a part of an earlier one. */
  readonly partitive: boolean;
}

const isStop = (t: Token, first: boolean): boolean => {
  if (t.kind !== 'word') return true;
  if (STOPS.has(t.norm)) return true;
  if (t.pos !== null) return !NP_POS.has(t.pos) || (t.pos === 'CCONJ' && first);
  // No tagger: a lower-case -ed word after the noun phrase is its verb ("troops arrived").
  return !first && /^[a-z]+ed$/.test(t.norm) && !KNOWN.has(t.norm);
};

/** A plural tagged as a verb right after an adjective is the noun it modifies ("humanitarian pauses"). */
const pluralAfterAdjective = (t: Token, phrase: readonly Token[]): boolean =>
  t.pos === 'VERB' && phrase.at(-1)?.pos === 'ADJ' && /^[a-z]+[^s]s$/.test(t.norm);

const isNoun = (t: Token): boolean =>
  t.pos === null ? /^[a-z]/.test(t.norm) && t.norm !== 'and' : t.pos === 'NOUN' || t.pos === 'PROPN';

/**
 * The noun a number counts: scan the phrase after it ("civilians", "elite Republican Guard … troops"),
 * preferring a known counted noun, then the last noun; "of them are children" counts children as a part.
 * `tokens` are the sentence's tokens from the one after the number on.
 */
export const countedNoun = (tokens: readonly Token[]): CountedNoun => {
  let i = 0;
  if (tokens[0]?.norm === 'of' && PARTITIVE.has(tokens[1]?.norm ?? '')) {
    const them = tokens[1] as Token;
    // "of them are children": the part names its own noun.
    if (COPULAS.has(tokens[2]?.norm ?? '')) {
      const rest = countedNoun(tokens.slice(3));
      if (rest.what && KNOWN.has(rest.what)) return { ...rest, partitive: true };
    }
    return { what: null, end: them.span.end, partitive: true };
  }
  while (i < tokens.length && (SKIPS.has(tokens[i]?.norm ?? '') || /'s$|’s$/.test(tokens[i]?.norm ?? '')))
    i++;
  const phrase: Token[] = [];
  for (; i < tokens.length && phrase.length < MAX_WORDS; i++) {
    const t = tokens[i] as Token;
    if (pluralAfterAdjective(t, phrase)) {
      phrase.push({ ...t, pos: 'NOUN' });
      break;
    }
    if (isStop(t, phrase.length === 0)) break;
    // "civilians and wounded …": a second noun phrase starts after a known head.
    if (t.norm === 'and' && phrase.some((p) => KNOWN.has(p.norm))) break;
    phrase.push(t);
  }
  const known = [...phrase].reverse().find((t) => KNOWN.has(t.norm));
  // No tagger: a first -ed word that no known noun follows is the verb ("2008-2009 killed more than …"), where a
  // known one makes it an adjective ("12 wounded civilians").
  if (!known && phrase[0]?.pos === null && /^[a-z]+ed$/.test(phrase[0].norm)) return NONE;
  const head = known ?? [...phrase].reverse().find(isNoun);
  return head ? { what: head.norm, end: head.span.end, partitive: false } : NONE;
};
