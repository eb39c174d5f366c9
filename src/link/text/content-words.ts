import { LINK_STOPWORDS } from '../../lang/en/link-stopwords.js';

const STOP = new Set(LINK_STOPWORDS);
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** The lower-cased content words of a text, in order: letters only, no stopwords, at least 3 characters. */
export const contentWords = (text: string): string[] =>
  (text.match(WORD) ?? [])
    .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
    .filter((w) => w.length >= 3 && !STOP.has(w));

/** Jaccard overlap of two word sets (0 when both are empty). */
export const wordJaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
};
