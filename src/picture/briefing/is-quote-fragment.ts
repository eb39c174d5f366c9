import { quoteMarks } from './quote-marks.js';

/**
 * Whether a sentence (trimmed) cannot be read on its own for its quotation marks (QUOTE_MARKS): its first mark
 * closes a quotation, so it starts inside one opened in an earlier sentence ('That may have led to it," she
 * said.'), or it is all quotation, a quote with no one saying it ('"We support the police."', or one that goes
 * on into the next sentence: '"We support the police.'). A sentence holding a whole quote and its speaker ('"We
 * will stay," she said.', 'She said, "We will stay."') reads on its own, and so does one with no marks (inside
 * a quotation or not: this reads the sentence alone). The marks and what they open or close: quoteMarks.
 */
export const isQuoteFragment = (sentence: string): boolean => {
  const [first, ...rest] = quoteMarks(sentence);
  if (first === undefined) return false;
  if (first.closes) return true;
  if (first.at !== 0) return false;
  const last = rest[0];
  return last === undefined || (rest.length === 1 && last.at + last.length === sentence.length);
};
