import { FIGURE_SPELLING_FOLDS, FIGURE_STATE_NOUNS } from '../../lang/en/figures-not-figures.js';

const STATES = new Set(FIGURE_STATE_NOUNS);

/**
 * The counted noun as stored on a figure: an adjective standing for people ("12 dead") names no noun (null), and a
 * British spelling folds to the American so one series holds both ("behaviours" → "behaviors").
 */
export const countedKey = (what: string | null): string | null => {
  if (what === null || STATES.has(what)) return null;
  return FIGURE_SPELLING_FOLDS[what] ?? what;
};
