/**
 * Words that name no claimant on their own: what a source phrase cut from its sentence can be left holding
 * ("more", "Five", "64%", "He" with no one it stands for). Read by src/link/claims/claimant-words.ts and
 * claimant-span.ts. Data only, lower case.
 */

/** Quantifiers, comparatives and approximators: a claimant named by these (and numbers) alone is a fragment ("more", "most of them"). */
export const CLAIMANT_FRAGMENT_WORDS: ReadonlySet<string> = new Set([
  'more',
  'most',
  'less',
  'least',
  'fewer',
  'many',
  'much',
  'several',
  'some',
  'few',
  'all',
  'both',
  'each',
  'every',
  'any',
  'none',
  'half',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'under',
  'only',
  'just',
  'at',
  'of',
  'them',
  'the',
  'a',
  'an',
  'per',
  'cent',
  'percent',
]);

/** Personal pronouns that, unresolved, name no one a reader can tell ("He said", "They said"). */
export const CLAIMANT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'you', 'we', 'it']);

/** Day words that can stick to the front of a source phrase ("yesterday a spokesperson"), besides months and weekdays. */
export const CLAIMANT_LEADING_DAYS: ReadonlySet<string> = new Set([
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'later',
]);
