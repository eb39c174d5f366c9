import {
  NON_SOURCE_POS,
  PRE_CUE_MODIFIERS,
  SOURCE_BOUNDARIES,
  SOURCE_PRONOUNS,
} from '../../lang/en/attribution-syntax.js';
import type { Token } from '../../model/token.js';
import { isCueWord } from './match-cues.js';

/** Longest source phrase worth believing; longer runs without a boundary are not a subject. */
export const MAX_PHRASE = 12;
const INNER_PUNCTUATION = new Set(['-', "'s", '’s', "'", '’', '&']);

/** Whether a token can sit inside a source noun phrase ("the Britain-based Observatory", "EU and UN diplomats"). */
export const isPhraseToken = (t: Token): boolean => {
  if (t.kind === 'punctuation' || t.kind === 'symbol') return INNER_PUNCTUATION.has(t.norm);
  // A boundary word tagged a noun is a name spelt like one ("a WHO official"), not a clause.
  if (SOURCE_BOUNDARIES.has(t.norm) && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (PRE_CUE_MODIFIERS.has(t.norm) || isCueWord(t.norm)) return false;
  if (t.norm in SOURCE_PRONOUNS) return false;
  return t.pos === null || !NON_SOURCE_POS.has(t.pos);
};

/** A word hyphen-joined to its neighbour ("Britain-based") belongs to the phrase whatever its tag. */
const hyphenJoined = (toks: readonly Token[], i: number): boolean => {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    (prev?.norm === '-' && prev.span.end === t.span.start) ||
    (next?.norm === '-' && next.span.start === t.span.end)
  );
};

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);

/** A dash with space on either side ("all its fuel - and reporters") ends a clause, not a word. */
export const spacedDash = (toks: readonly Token[], i: number): boolean => {
  const t = toks[i]!;
  return (
    DASHES.has(t.norm) && (toks[i - 1]?.span.end !== t.span.start || toks[i + 1]?.span.start !== t.span.end)
  );
};

const inPhrase = (toks: readonly Token[], i: number): boolean =>
  !spacedDash(toks, i) && (isPhraseToken(toks[i]!) || hyphenJoined(toks, i));

const EDGE_WORDS = new Set(['and', 'or', '-', '&']);

/**
 * The noun phrase ending at token `last` (inclusive), walking left: its first token index and the index of the
 * token that stopped the walk (-1 at the sentence start). Null when the walk ran past MAX_PHRASE tokens.
 */
export const phraseLeftOf = (
  toks: readonly Token[],
  last: number,
): { readonly first: number; readonly boundary: number } | null => {
  let m = last;
  while (m >= 0 && inPhrase(toks, m)) {
    if (last - m >= MAX_PHRASE) return null;
    m -= 1;
  }
  let first = m + 1;
  while (first <= last && EDGE_WORDS.has(toks[first]!.norm)) first += 1;
  return { first, boundary: m };
};

/** The noun phrase starting at token `first`, walking right, stopping before any token in `stops`. */
export const phraseRightOf = (toks: readonly Token[], first: number, stops: ReadonlySet<string>): number => {
  let m = first;
  while (m < toks.length && m - first < MAX_PHRASE && inPhrase(toks, m) && !stops.has(toks[m]!.norm)) m += 1;
  while (m > first && EDGE_WORDS.has(toks[m - 1]!.norm)) m -= 1;
  return m;
};
