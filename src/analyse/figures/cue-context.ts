import {
  FIGURE_LIFE_LOSS_REACH,
  FIGURE_LIFE_LOSS_VERBS,
  FIGURE_POSSESSED_EVENT_NOUNS,
  FIGURE_POSSESSIVE_ENDINGS,
  FIGURE_SINGULAR_POSSESSORS,
} from '../../lang/en/figures-cue-contexts.js';
import type { Token } from '../../model/token.js';

const POSSESSED = new Set(FIGURE_POSSESSED_EVENT_NOUNS);
const POSSESSORS = new Set(FIGURE_SINGULAR_POSSESSORS);
const LOSS = new Set(FIGURE_LIFE_LOSS_VERBS);
const singularPossessor = (word: string): boolean =>
  POSSESSORS.has(word) || FIGURE_POSSESSIVE_ENDINGS.some((e) => word.endsWith(e));

/**
 * Whether the cue word at `i` of `tokens` may say what a figure elsewhere in the clause measures: not one
 * person's event ("Kim's death", "his arrest"), and "lives" only after a verb of loss ("claimed the lives of
 * 30", not "the lives of millions of children").
 */
export const cueInContext = (tokens: readonly Token[], i: number): boolean => {
  const word = tokens[i]?.norm ?? '';
  if (POSSESSED.has(word) && singularPossessor(tokens[i - 1]?.norm ?? '')) return false;
  if (word === 'lives')
    return tokens.slice(Math.max(0, i - 1 - FIGURE_LIFE_LOSS_REACH), i).some((t) => LOSS.has(t.norm));
  return true;
};
