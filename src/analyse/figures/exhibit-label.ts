import { FIGURE_EXHIBIT_WORDS } from '../../lang/en/figures-not-figures.js';
import { alternation } from '../../lang/word-alternation.js';
import type { Span } from '../../model/span.js';

const EXHIBIT = new RegExp(`^(?:${alternation(FIGURE_EXHIBIT_WORDS)})(?:\\s+\\d+[a-z]?)?$`, 'i');

/** "Figure", "Table 3", "Chart 2": a mention naming an exhibit of the document, never a place of a figure. */
export const isExhibitLabel = (span: Span, text: string): boolean =>
  EXHIBIT.test(text.slice(span.start, span.end).trim());
