import type { FigureUnit } from '../../model/figure-mention.js';
import type { Measure } from '../../model/measure.js';
import type { Token } from '../../model/token.js';
import { figureMeasure } from './figure-measure.js';

/** A label of a few words and a colon right before a figure, at the start of its sentence or line. */
const LABEL = /(?:^|\n)\s*[\p{L}][\p{L}\s'’-]{0,40}:\s*$/u;

/**
 * "Deaths: 25", "Injured: 40 people", "Death toll: 300": a figure after a label and a colon takes its measure
 * from the label's cue words (the colon cuts the label off the figure's clause). `before` is the sentence text
 * before the figure, `tokens` the sentence's tokens, `figure` its span; 'other' when there is no such label or
 * no cue in it.
 */
export const labelMeasure = (
  before: string,
  tokens: readonly Token[],
  figure: { readonly start: number; readonly end: number },
  unit: FigureUnit | null,
  what: string | null,
): Measure => {
  if (!LABEL.test(before)) return 'other';
  const colon = tokens.findLastIndex((t) => t.norm === ':' && t.span.end <= figure.start);
  if (colon < 0) return 'other';
  const lineStart = tokens.slice(0, colon).findLastIndex((t) => /\n/.test(t.norm));
  return figureMeasure(tokens.slice(lineStart + 1, colon), figure, unit, what);
};
