/**
 * A description between commas after a person's name and before a trigger's verb group ("Omar Haddad, the younger
 * brother of the ruler, was killed"): it opens with one of these words, so it is a noun phrase, not a list item.
 */
export const APPOSITIVE_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/** The most tokens such a description may have: a longer stretch is rather a clause of its own. */
export const APPOSITIVE_MAX_TOKENS = 12;

/** Word tags that make a stretch a clause, not a noun phrase ("the man who led the group"). */
export const APPOSITIVE_VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
