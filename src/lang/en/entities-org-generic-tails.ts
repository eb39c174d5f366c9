/**
 * Generic words that may close an organisation's name without making it another organisation ("BuzzFeed" /
 * "BuzzFeed News", "Vice" / "Vice Media"), lower case. Unlike company suffixes (entities-cues.ts
 * ORG_NAME_SUFFIXES) they are dropped only at the end of a name, and never down to a bare nationality ("Arab
 * News" stays itself).
 */
export const ORG_GENERIC_TAILS: ReadonlySet<string> = new Set(['news', 'media']);
