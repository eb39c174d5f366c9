import {
  TIME_CUT_MARKS,
  TIME_POSSESSIVE_DETERMINERS,
  TIME_POSSESSIVE_MARKERS,
} from '../../lang/en/time-premodifier-words.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';

/** Tags of the words a noun phrase runs on with after a premodifying time ("the 2012 presidential election"). */
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const DETERMINER_TAGS = new Set(['DET']);
/** A time that opens with one of these carries the determiner before it ("the next day"): it is its own phrase. */
const OWN_MODIFIER_TAGS = new Set(['ADJ']);

/** Whether a token is a hyphen joining the words on each side with no space ("U.S.-backed"). */
const joins = (toks: readonly Token[], i: number): boolean => {
  const [before, k, after] = [toks[i - 1], toks[i]!, toks[i + 1]];
  return k.norm === '-' && before?.span.end === k.span.start && after?.span.start === k.span.end;
};

/** Where the noun phrase that starts at `first` ends: nouns, names, adjectives and hyphen compounds. */
const nominalEnd = (toks: readonly Token[], first: number): number => {
  let last = first;
  while (last < toks.length) {
    if (NOMINAL_TAGS.has(toks[last]!.pos ?? '')) last += 1;
    else if (last > first && joins(toks, last)) last += 2;
    else break;
  }
  return Math.min(last, toks.length);
};

/**
 * Where the possessor that ends at the possessive marker `marker` opens: back over its names, nouns, adjectives
 * and hyphen compounds, through one determiner ("the Syrian government's", "Israel's").
 */
const possessorStart = (toks: readonly Token[], marker: number): number => {
  let first = marker;
  while (first > 0) {
    const k = toks[first - 1]!;
    if (DETERMINER_TAGS.has(k.pos ?? '')) return first - 1;
    if (NOMINAL_TAGS.has(k.pos ?? '')) first -= 1;
    else if (first - 1 > 0 && joins(toks, first - 1)) first -= 2;
    else break;
  }
  return first;
};

/**
 * The noun a time premodifies (its words after the time), and where its phrase opens (determiner, time, or the
 * possessor before it).
 */
export interface PremodifiedNoun {
  readonly noun: TokenRange;
  readonly opens: number;
}

const found = (first: number, last: number, opens: number): PremodifiedNoun | null =>
  last > first ? { noun: { first, last }, opens } : null;

/**
 * The noun phrase a time expression premodifies: its words after the time ("the 1972 killing" → "killing",
 * "Tuesday's attack" → "attack", "the Nov. 1 airport shooting" → "airport shooting") and its first word ("the",
 * "Tuesday", "Israel" of "Israel's 2014 war", so that "killed in Israel's 2014 war" reads the preposition before
 * the whole phrase). The time dates that phrase's happening, not its clause. No words when the phrase is cut off ("about
 * the 1972..."). Null when the time stands on its own ("in 1972", "the next day", "On Tuesday police arrested").
 */
export const premodifiedNominal = (toks: readonly Token[], time: TokenRange): PremodifiedNoun | null => {
  const after = toks[time.last];
  if (after && TIME_POSSESSIVE_MARKERS.has(after.norm))
    return found(time.last + 1, nominalEnd(toks, time.last + 1), time.first);
  const before = toks[time.first - 1];
  const determined =
    before !== undefined &&
    (DETERMINER_TAGS.has(before.pos ?? '') ||
      TIME_POSSESSIVE_DETERMINERS.has(before.norm) ||
      TIME_POSSESSIVE_MARKERS.has(before.norm));
  if (!determined || OWN_MODIFIER_TAGS.has(toks[time.first]?.pos ?? '')) return null;
  const opens = TIME_POSSESSIVE_MARKERS.has(before.norm)
    ? possessorStart(toks, time.first - 1)
    : time.first - 1;
  if (after && TIME_CUT_MARKS.has(after.norm)) return { noun: { first: time.last, last: time.last }, opens };
  return found(time.last, nominalEnd(toks, time.last), opens);
};
