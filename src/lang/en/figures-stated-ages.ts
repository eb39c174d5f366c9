/**
 * Pronouns whose "was"/"is" + a bare number states a person's age, not a count: "when he was 14", "she is 9",
 * "the boy, who was 12, was hit". ("they were 14" may count, so plural pronouns are left out.)
 */
export const FIGURE_AGE_PRONOUNS: readonly string[] = ['he', 'she', 'i', 'who'];

/**
 * Verbs between a person and a bare number that state the person's age: "when he was 14", "Spacey was 24 at
 * the time", "he turned 30". Singular only: "Casualties were 40" counts.
 */
export const FIGURE_AGE_VERBS: readonly string[] = [
  'was',
  'is',
  "'s",
  '’s',
  'turned',
  'turns',
  'had turned',
  'has turned',
  'was just',
  'was only',
  'was then',
  'is now',
  'is only',
  'is just',
  'was barely',
  'was nearly',
  'was almost',
  'was still',
  'is still',
];

/**
 * Words that, opening the sentence or standing before the verb, name what is counted rather than a person:
 * "Turnout was 40", "The total is 24". Measure cues and counted nouns are refused too; these are the rest.
 */
export const FIGURE_AGE_NOT_SUBJECTS: readonly string[] = [
  'it',
  'this',
  'that',
  'total',
  'tally',
  'figure',
  'number',
  'count',
  'score',
  'result',
  'turnout',
  'rate',
  'toll',
  'price',
  'temperature',
];
