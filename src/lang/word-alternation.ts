/** A literal text as a regex source: every regex metacharacter escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regex alternation of literal words or phrases, longest first (so "the start of" beats "the"), a space
 * matching any run of white space. Shared by every stage that builds a pattern from a word list.
 */
export const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
