/**
 * Words right before a money figure that make it a new sum, not the same sum told again ("another $16 billion",
 * "a further $2 million", "an extra $500"): such a figure never restates an earlier one of the same amount.
 */
export const FIGURE_NEW_SUM_MARKERS: readonly string[] = [
  'another',
  'additional',
  'further',
  'extra',
  'more',
  'other',
  'second',
  'third',
  'new',
];
