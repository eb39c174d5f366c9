/**
 * Head words of an unnamed source ("the officials", "a report by the ministry") that a later pronoun source of a
 * cue may stand for: "Officials said X. They said Y" — "they" is the officials, not a name met in between. Read by
 * src/analyse/attribution/unnamed-antecedent.ts. Lower case.
 */

/** Plural heads that end in no "s" ("the police said … they said", "the two women Malaysia accused"). */
export const PLURAL_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'police',
  'people',
  'staff',
  'personnel',
  'women',
  'men',
  'children',
]);

/** Words ending in "s" that are no plural ("the press", "a census", "an analysis"). */
export const SINGULAR_S_HEADS: ReadonlySet<string> = new Set([
  'press',
  'census',
  'analysis',
  'news',
  'congress',
]);

/** Singular heads of a body or a thing that "it" stands for (records: attribution-evidence.ts RECORD_NOUNS). */
export const IT_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'statement',
  'ministry',
  'government',
  'agency',
  'department',
  'army',
  'military',
  'company',
  'committee',
  'council',
  'court',
  'group',
  'office',
  'commission',
  'embassy',
  'organisation',
  'organization',
  'administration',
  'letter',
  'complaint',
  'lawsuit',
  'indictment',
  'ruling',
  'assessment',
]);

/** Words that end a source's head phrase: what follows them qualifies the head ("a report by the ministry"). */
export const HEAD_PHRASE_ENDS: ReadonlySet<string> = new Set([
  'of',
  'by',
  'for',
  'from',
  'at',
  'in',
  'with',
  'on',
  'who',
  'which',
  'that',
]);
