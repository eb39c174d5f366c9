import { FIGURE_APPROXIMATORS } from '../../lang/en/figures-approximators.js';
import { alternation } from '../../lang/word-alternation.js';

const BEFORE = new RegExp(`(?<![\\w-])(${alternation(Object.keys(FIGURE_APPROXIMATORS))})\\s+$`, 'i');

export interface Approximator {
  /** Offset of the approximator in the text given. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'upper' | 'lower' | 'about';
  readonly approximate: boolean;
}

/** The approximator ending just before offset `at` ("nearly", "more than", "an estimated"), or null. */
export const approximatorBefore = (text: string, at: number): Approximator | null => {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = BEFORE.exec(before);
  if (!m || m[1] === undefined) return null;
  const entry = FIGURE_APPROXIMATORS[m[1].toLowerCase().replace(/\s+/g, ' ')];
  if (!entry) return null;
  const start = at - before.length + m.index;
  return { start, end: start + m[1].length, kind: entry.kind, approximate: entry.approximate };
};
