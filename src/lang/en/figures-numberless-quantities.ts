/**
 * Vague quantity words that name no number, not even an order of magnitude ("a few feet", "a handful of them",
 * "several pauses"): the figures stage keeps them only when they count what the picture measures ("a few
 * people were killed"). "Dozens", "hundreds", "thousands" (and "several hundred") name a magnitude and stay.
 */
export const FIGURE_NUMBERLESS_QUANTITIES: readonly string[] = ['a handful', 'a few', 'several'];
