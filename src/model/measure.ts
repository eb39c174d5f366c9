/** What a figure measures. Documented in docs/vocabularies.md. */
export const MEASURES = [
  'killed',
  'injured',
  'displaced',
  'fled',
  'evacuated',
  'arrested',
  'detained',
  'missing',
  'affected',
  'troops',
  'area_controlled',
  'area_total',
  'share_controlled',
  'returned',
  'other',
] as const;
export type Measure = (typeof MEASURES)[number];
