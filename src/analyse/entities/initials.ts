import { ACRONYM_SKIP_WORDS } from '../../lang/en/entities-cues.js';

/**
 * The acronyms a multi-word name's key may be written as: the first letters of its words, with and without
 * the connectors ("syrian observatory for human rights" → "sohr", "sofhr"); hyphenated words give each part.
 * [] for a one-word key.
 */
export const initialsOf = (key: string): readonly string[] => {
  const words = key.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('');
  const content = words
    .filter((w) => !ACRONYM_SKIP_WORDS.has(w))
    .map((w) => w[0])
    .join('');
  return [...new Set([content, all])].filter((a) => a.length >= 2);
};
