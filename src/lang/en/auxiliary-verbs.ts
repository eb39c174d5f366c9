/**
 * English auxiliary verbs: forms of "be" and "have", and the modals. Closed-class words that word lists of
 * several stages include (what may follow a noun phrase's end, what may stand between a subject and its verb).
 */
export const AUXILIARY_VERBS: readonly string[] = [
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
];
