import { CLAUSE_BOUNDARIES } from '../../lang/en/events-syntax.js';
import type { Token } from '../../model/token.js';

/** A token range [first, last) inside one sentence's tokens. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** A trigger in its sentence: what every reader of an event's roles and places starts from. */
export interface TriggerInSentence {
  readonly text: string;
  /** The trigger's sentence's tokens. */
  readonly toks: readonly Token[];
  readonly trigger: TokenRange;
}

const FINAL = new Set(['.', '!', '?', '"', '”', '’', "'"]);

const isBoundary = (text: string, t: Token): boolean =>
  CLAUSE_BOUNDARIES.has(t.norm) || (t.norm === '-' && /\s/.test(text[t.span.start - 1] ?? ''));

/** The tokens of a sentence that a character range covers. */
export const tokenRange = (toks: readonly Token[], start: number, end: number): TokenRange => {
  let first = 0;
  while (first < toks.length && toks[first]!.span.end <= start) first += 1;
  let last = first;
  while (last < toks.length && toks[last]!.span.start < end) last += 1;
  return { first, last: Math.max(last, first + 1) };
};

/** The clause around a trigger: its tokens out to the nearest clause punctuation on each side. */
export const clauseOf = (text: string, toks: readonly Token[], trigger: TokenRange): TokenRange => {
  let first = trigger.first;
  while (first > 0 && !isBoundary(text, toks[first - 1]!)) first -= 1;
  let last = trigger.last;
  while (last < toks.length && !isBoundary(text, toks[last]!)) last += 1;
  while (last > trigger.last && FINAL.has(toks[last - 1]!.norm)) last -= 1;
  return { first, last };
};
