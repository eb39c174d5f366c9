import { CLAIMANT_FOLD_ARTICLES } from '../lang/en/claimant-fold-articles.js';

/**
 * The key that groups claims by who makes them: the name in lower case without a leading article ("The
 * Police", "the police" and "police" are one claimant).
 */
export const claimantKey = (name: string): string => {
  const words = name.trim().toLowerCase().split(/\s+/);
  return (words.length > 1 && CLAIMANT_FOLD_ARTICLES.has(words[0]!) ? words.slice(1) : words).join(' ');
};

/**
 * A claimant's name as a heading: a name given in the reports' running words ("the police", "police") opens
 * with a capital ("The police", "Police"); a name whose second letter is a capital ("iPhone") is left as written.
 */
export const claimantHeading = (name: string): string =>
  /^[a-z](?![A-Z])/.test(name) ? `${name[0]!.toUpperCase()}${name.slice(1)}` : name;
