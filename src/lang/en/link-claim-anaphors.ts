/**
 * Last words of a short attributed content that points back at an earlier claim instead of stating one:
 * "Rebels denied the claims", "The ministry confirmed it". Lower case.
 */
export const LINK_CLAIM_ANAPHOR_HEADS: readonly string[] = [
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'charge',
  'charges',
  'claim',
  'claims',
  'it',
  'report',
  'reports',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'so',
  'statement',
  'statements',
  'that',
  'them',
  'these',
  'this',
  'those',
];

/** At most this many words for a content to count as a short anaphoric reference. */
export const LINK_CLAIM_ANAPHOR_MAX_WORDS = 4;
