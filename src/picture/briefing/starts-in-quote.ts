import { type QuoteMark, quoteMarks } from './quote-marks.js';

const LINE_BREAK = /\r\n?|\n/gu;

/** A quotation's state after a mark, or after a line break (null): a break ends the paragraph and its quote. */
const step = (open: boolean, mark: QuoteMark | null): boolean => {
  if (mark === null) return false;
  if (!open) return mark.opens;
  return !(mark.kind === 'closing' || (mark.kind === 'either' && !mark.opens));
};

/**
 * Whether a quotation is open at each offset of a text (offsets ascending): a mark before it in its paragraph
 * (quoteMarks) opened one that has not closed since. A line break ends a paragraph and any quotation in it (a
 * quote going on into the next paragraph opens again there, by convention); a paragraph that opens a quote and
 * never closes it stays inside it to its end. Inside a quotation a straight quote that does not clearly open
 * another closes it ('we stayed"—she said'); outside one only a mark that clearly opens opens it (not 6" for
 * inches, nor a stray closing mark).
 */
export const startsInQuote = (text: string, offsets: readonly number[]): boolean[] => {
  const events = [
    ...quoteMarks(text).map((mark) => ({ at: mark.at, mark })),
    ...[...text.matchAll(LINE_BREAK)].map((b) => ({ at: b.index, mark: null })),
  ].sort((a, b) => a.at - b.at);
  let next = 0;
  let open = false;
  return offsets.map((offset) => {
    for (; next < events.length && events[next]!.at < offset; next++) open = step(open, events[next]!.mark);
    return open;
  });
};
