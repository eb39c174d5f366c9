import { FIGURE_COMPOUND_PARTICIPLES } from '../../lang/en/figures-compound-participles.js';
import {
  FIGURE_MILITARY_NOUNS,
  FIGURE_NP_SKIPS,
  FIGURE_NP_STOPS,
  FIGURE_PARTITIVE_PRONOUNS,
  FIGURE_PEOPLE_NOUNS,
  FIGURE_THING_NOUNS,
  FIGURE_TIME_NOUNS,
} from '../../lang/en/figures-counted-nouns.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../../lang/en/figures-number-words.js';
import { FIGURE_OFFENDER_NOUNS } from '../../lang/en/figures-offender-nouns.js';
import type { Token } from '../../model/token.js';

const KNOWN = new Set([
  ...FIGURE_PEOPLE_NOUNS,
  ...FIGURE_OFFENDER_NOUNS,
  ...FIGURE_MILITARY_NOUNS,
  ...FIGURE_THING_NOUNS,
]);
const STOPS = new Set(FIGURE_NP_STOPS);
const SKIPS = new Set(FIGURE_NP_SKIPS);
const PARTITIVE = new Set(FIGURE_PARTITIVE_PRONOUNS);
const PARTICIPLES = new Set(FIGURE_COMPOUND_PARTICIPLES);
const POSSESSIVE = /^(?:'s|’s|'|’)$/;
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const NUMBER_WORDS = new Set([...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)]);
const COPULAS = new Set(['are', 'were', 'is', 'was']);
const DEMONSTRATIVES = new Set(['those', 'these']);
const TIME_NOUNS = new Set(FIGURE_TIME_NOUNS);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'X']);
const MAX_WORDS = 8;
const NONE = { what: null, end: null, partitive: false, words: null } as const;

export interface CountedNoun {
  /** The head noun, lower-cased, or null. */
  readonly what: string | null;
  /** End offset of the counted phrase (the head, or "them"), or null when nothing follows. */
  readonly end: number | null;
  /** "of them": the figure is a part of an earlier one. */
  readonly partitive: boolean;
  /** How many tokens stand before the head, a hyphenated compound ("Hamas-run") counting as one; null: no head. */
  readonly words: number | null;
}

const isNumber = (t: Token): boolean => t.kind === 'number' || t.pos === 'NUM' || NUMBER_WORDS.has(t.norm);

const glued = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && a.span.end === b.span.start;

/** "the country's population", "the rebels' land": a possessive glued to the owner before it. */
const isPossessive = (t: Token, prev: Token | undefined): boolean =>
  POSSESSIVE.test(t.norm) && glued(prev, t) && (t.norm.length > 1 || /s$/.test(prev?.norm ?? ''));

/** A hyphen glued to a word on both sides: "rebel-held", "Hamas-run", "pro-government". */
const isCompoundHyphen = (t: Token | undefined, prev: Token | undefined, next: Token | undefined): boolean =>
  t !== undefined && HYPHENS.has(t.norm) && glued(prev, t) && glued(t, next) && next?.kind === 'word';

/** The second half of "rebel-held", "Hamas-run": a participle, so the whole compound modifies what follows. */
const isParticiple = (t: Token): boolean =>
  PARTICIPLES.has(t.norm) ||
  t.pos === 'VERB' ||
  t.pos === 'ADJ' ||
  (t.pos === null && /^[a-z]+ed$/.test(t.norm));

/** One untagged token "rebel-held" / "Kurdish-controlled": a compound modifier, not a noun. */
const isCompoundModifier = (norm: string): boolean => {
  const last = /[-‐‑–]([a-z]+)$/.exec(norm)?.[1];
  return last !== undefined && (PARTICIPLES.has(last) || /ed$/.test(last));
};

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
  t.pos === null
    ? /^[a-z]/.test(t.norm) && t.norm !== 'and' && !isCompoundModifier(t.norm)
    : t.pos === 'NOUN' || t.pos === 'PROPN';

/**
 * The noun a number counts: scan the phrase after it ("civilians", "elite Republican Guard … troops"),
 * preferring a known counted noun, then the last noun; "of them are children" counts children as a part. An
 * owner is not what is counted ("the country's population": population), nor is the first half of a hyphenated
 * compound or a participle after the hyphen ("rebel-held areas": areas).
 * `tokens` are the sentence's tokens from the one after the number on.
 */
export const countedNoun = (tokens: readonly Token[]): CountedNoun => {
  let i = 0;
  if (tokens[0]?.norm === 'of' && PARTITIVE.has(tokens[1]?.norm ?? '')) {
    const them = tokens[1] as Token;
    // "of them are children": the part names its own noun.
    if (COPULAS.has(tokens[2]?.norm ?? '')) {
      const rest = countedNoun(tokens.slice(3));
      if (rest.what && KNOWN.has(rest.what)) return { ...rest, partitive: true, words: 1 };
    }
    // "five of those minutes": a demonstrative before a noun names what the part counts.
    const named = tokens[2];
    const untagged = named?.pos === null && (KNOWN.has(named.norm) || TIME_NOUNS.has(named.norm));
    if (DEMONSTRATIVES.has(them.norm) && named?.kind === 'word' && (named.pos === 'NOUN' || untagged))
      return { what: named.norm, end: named.span.end, partitive: true, words: 2 };
    return { what: null, end: them.span.end, partitive: true, words: 1 };
  }
  while (i < tokens.length && (SKIPS.has(tokens[i]?.norm ?? '') || /'s$|’s$/.test(tokens[i]?.norm ?? '')))
    i++;
  // "half the country's population", "two of Ali's friends": after "of" or a determiner the owner is not counted;
  // right after the number it is ("four systems' rules").
  const owned = i > 0;
  const phrase: Token[] = [];
  // Words of the phrase that modify a later head: owners, and the parts of hyphenated compounds.
  const owners = new Set<Token>();
  const parts = new Set<Token>();
  const heads = () => phrase.filter((t) => !owners.has(t) && !parts.has(t));
  for (; i < tokens.length && phrase.length < MAX_WORDS; i++) {
    const t = tokens[i] as Token;
    const [prev, next] = [tokens[i - 1], tokens[i + 1]];
    if (owned && phrase.length > 0 && isPossessive(t, prev)) {
      for (const p of phrase) owners.add(p);
      continue;
    }
    if (phrase.length > 0 && isCompoundHyphen(t, prev, next)) {
      parts.add(prev as Token);
      if (next && isParticiple(next)) {
        parts.add(next);
        phrase.push(next);
        i++;
      }
      continue;
    }
    if (pluralAfterAdjective(t, phrase)) {
      phrase.push({ ...t, pos: 'NOUN' });
      break;
    }
    // "four suspected murderers", "9,900 sworn officers": a participle tagged as a verb before a known noun
    // modifies it.
    if (t.pos === 'VERB' && KNOWN.has(next?.norm ?? '')) {
      phrase.push({ ...t, pos: 'ADJ' });
      continue;
    }
    if (isStop(t, phrase.length === 0)) break;
    // "several meetings Kerry said he held": a name right after a common noun starts the next clause.
    if (
      t.pos === 'PROPN' &&
      phrase.at(-1)?.pos === 'NOUN' &&
      !HYPHENS.has(prev?.norm ?? '') &&
      !glued(prev, t)
    )
      break;
    // "civilians and wounded …": a second noun phrase starts after a known head, or at a second number ("one
    // cow and two goats").
    if (
      t.norm === 'and' &&
      (heads().some((p) => KNOWN.has(p.norm)) || (next !== undefined && isNumber(next)))
    )
      break;
    phrase.push(t);
  }
  const free = heads();
  const lastKnown = [...free].reverse().find((t) => KNOWN.has(t.norm));
  // "three highest civilian honors": a singular known noun before a plural noun modifies it.
  const after = lastKnown === undefined ? undefined : free[free.indexOf(lastKnown) + 1];
  const modifies =
    lastKnown !== undefined &&
    !/s$/.test(lastKnown.norm) &&
    after !== undefined &&
    isNoun(after) &&
    /s$/.test(after.norm);
  const known = modifies ? undefined : lastKnown;
  // No tagger: a first -ed word that no known noun follows is the verb ("2008-2009 killed more than …"), where a
  // known one makes it an adjective ("12 wounded civilians").
  if (!known && phrase[0]?.pos === null && /^[a-z]+ed$/.test(phrase[0].norm)) return NONE;
  // "half the city's.": with nothing after it, the owner is what is counted after all.
  const owner = [...owners].reverse().find((t) => !parts.has(t) && isNoun(t));
  const head = known ?? [...free].reverse().find(isNoun) ?? owner;
  if (!head) return NONE;
  const at = tokens.findIndex((t) => t.span.end === head.span.end);
  const hyphens = tokens.slice(0, at).filter((t, k) => isCompoundHyphen(t, tokens[k - 1], tokens[k + 1]));
  return { what: head.norm, end: head.span.end, partitive: false, words: at - 2 * hyphens.length };
};
