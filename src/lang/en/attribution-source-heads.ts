/**
 * Which entity inside a source phrase speaks (src/analyse/attribution/source-entity.ts). The phrase's head is
 * the last word before the first of these words outside a name: "medical sources in Gaza" is headed by
 * "sources", "a Palestinian official close to Egypt's mediators" by "official", "Steve Cook, a specialist at
 * the Council" by "Cook".
 */
export const SOURCE_HEAD_CUTS: ReadonlySet<string> = new Set([
  ',',
  'in',
  'at',
  'of',
  'for',
  'from',
  'with',
  'on',
  'inside',
  'near',
  'close',
  'to',
  'by',
  'under',
  'who',
  'which',
  'that',
]);

/**
 * Heads that speak for whoever owns them or follows them: "the president's spokesman", "Obama administration
 * officials", "a spokesman for the Syrian army", "the head of the UN refugee agency". Other heads speak for
 * themselves: "Abbas's supporters" are not Abbas, "a doctor at al-Shifa Hospital" is not the hospital. A
 * document speaks for its author: "a report by the Observatory".
 */
export const SPEAKER_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokesmen',
  'spokeswoman',
  'spokeswomen',
  'spokesperson',
  'spokespeople',
  'official',
  'officials',
  'office',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'representative',
  'representatives',
  'envoy',
  'head',
  'chief',
  'leader',
  'leaders',
  'director',
  'statement',
  'arm',
  'wing',
  'source',
  'sources',
  'report',
  'reports',
  'figures',
  'data',
  'tally',
  'count',
  'estimate',
  'estimates',
  'study',
  'survey',
  'website',
  'broadcast',
  'video',
  'footage',
  'photos',
  'images',
  'announcement',
]);

/**
 * Heads that count part of what follows "of" ("some of the rebels", "members of the council"): the head is then
 * read in what follows.
 */
export const PARTITIVE_HEADS: ReadonlySet<string> = new Set([
  'some',
  'many',
  'most',
  'several',
  'one',
  'two',
  'three',
  'all',
  'none',
  'few',
  'dozens',
  'hundreds',
  'thousands',
  'members',
  'member',
  'part',
  'each',
  'both',
]);

/** Words after a speaking role that lead to whom it speaks for ("a spokesman for", "the head of"). */
export const SPEAKER_ROLE_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'from', 'at', 'with', 'by']);

/** Words joining speakers in one source phrase: the first named speaks, the others join it (joint-sources.ts). */
export const SOURCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&']);
