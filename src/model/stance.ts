/** What a claimant does with a claim. Documented in docs/vocabularies.md. */
export const STANCES = [
  'asserts',
  'denies',
  'confirms',
  'accuses',
  'warns',
  'proposes',
  'demands',
  'hopes',
  'announces',
  'declines',
] as const;
export type Stance = (typeof STANCES)[number];
