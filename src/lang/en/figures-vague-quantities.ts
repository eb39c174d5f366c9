/**
 * Vague quantity words → the range they are read as (value null, approximate true). The plural of a unit
 * word means at least two of it and fewer than ten of the next: "thousands" 2,000–9,999, "tens of
 * thousands" 20,000–99,999, "hundreds" 200–999, "dozens" 24–99 (two dozen up to a hundred); "lakhs" (of
 * 100,000) 200,000–999,999 and "crores" (of 10,000,000) 20,000,000–99,999,999 alike.
 */
export const FIGURE_VAGUE_QUANTITIES: Readonly<
  Record<string, { readonly low: number; readonly high: number }>
> = {
  'a handful': { low: 2, high: 6 },
  'a few': { low: 2, high: 5 },
  several: { low: 3, high: 9 },
  dozens: { low: 24, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2_000, high: 9_999 },
  'tens of thousands': { low: 20_000, high: 99_999 },
  'hundreds of thousands': { low: 200_000, high: 999_999 },
  millions: { low: 2_000_000, high: 9_999_999 },
  'tens of millions': { low: 20_000_000, high: 99_999_999 },
  lakhs: { low: 200_000, high: 999_999 },
  crores: { low: 20_000_000, high: 99_999_999 },
};

/** Fractions read as shares in [0, 1]. "half"/"a third"/"a quarter" need "of", a determiner or an approximator. */
export const FIGURE_FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5,
  'a half': 0.5,
  'one half': 0.5,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'one-third': 1 / 3,
  'two thirds': 2 / 3,
  'two-thirds': 2 / 3,
  'a quarter': 0.25,
  'one quarter': 0.25,
  'one-quarter': 0.25,
  'three quarters': 0.75,
  'three-quarters': 0.75,
  'a fifth': 0.2,
  'one-fifth': 0.2,
};
