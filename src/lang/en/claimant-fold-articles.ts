/**
 * Articles that make no other source of a claimant named by words: "the police" and "Police", "The researchers"
 * and "researchers" are one group in the briefing. An indefinite article stays ("a police officer" is not "the
 * police officer").
 */
export const CLAIMANT_FOLD_ARTICLES: ReadonlySet<string> = new Set(['the']);
