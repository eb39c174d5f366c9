import { ACLED_CUES } from '../../lang/en/events-acled-cues.js';

/** How much more a cue counts at the very start of a snippet than at its end (the lead names the main event). */
const LEAD = 0.6;
/** What each further match of the same cue adds, as a share of its weight (at most MAX_REPEATS). */
const REPEAT = 0.15;
const MAX_REPEATS = 3;

const CUES = ACLED_CUES.map(([label, weight, pattern]) => ({
  label,
  weight,
  re: new RegExp(`\\b(?:${pattern})\\b`, 'giu'),
}));

/** The weight of evidence found at `index` of a text of `length` characters. */
export const positionFactor = (index: number, length: number): number =>
  1 + LEAD * (1 - index / Math.max(length, 1));

/**
 * Cue evidence for each label: a cue counts its weight once, by its first match, scaled up near the start, plus
 * a little for each repeat; `discount` scales a match (e.g. down inside an event told as feared or planned).
 */
export const scoreAcledCues = (
  text: string,
  discount: (start: number, end: number) => number = () => 1,
): Map<string, number> => {
  const scores = new Map<string, number>();
  for (const cue of CUES) {
    const hits = [...text.matchAll(cue.re)];
    const first = hits[0];
    if (!first) continue;
    const x =
      cue.weight *
        positionFactor(first.index, text.length) *
        discount(first.index, first.index + first[0].length) +
      REPEAT * cue.weight * Math.min(hits.length - 1, MAX_REPEATS);
    scores.set(cue.label, (scores.get(cue.label) ?? 0) + x);
  }
  return scores;
};
