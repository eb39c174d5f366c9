import { type Span, span } from '../../model/span.js';

/** A quotation: the marks (close is null when the quote never closes) and the quoted text between them. */
export interface QuoteRegion {
  readonly open: number;
  readonly close: number | null;
  readonly content: Span;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = new Set(['"']);
/**
 * A quote left open this many line breaks later is a stray mark: it is closed at the end of its paragraph. Breaks
 * before a paragraph that opens with a quote mark do not count.
 */
const MAX_PARAGRAPHS = 3;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Straight quotes take their role from context: opening after space or bracket, closing after text. */
const roleOf = (text: string, i: number): 'open' | 'close' | null => {
  const c = text[i]!;
  if (OPENERS.has(c)) return 'open';
  if (CLOSERS.has(c)) return 'close';
  if (!STRAIGHT.has(c)) return null;
  const before = text[i - 1];
  if (isSpace(before) || (before !== undefined && '([{—–-'.includes(before)))
    return isSpace(text[i + 1]) ? null : 'open';
  return 'close';
};

const paragraphEnd = (text: string, from: number): number => {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
};

/** Whether the paragraph after the line break at `i` opens with a quote mark (blank lines between). */
const continuesQuote = (text: string, i: number): boolean => {
  const next = /^\s*/u.exec(text.slice(i + 1, i + 40))![0].length + i + 1;
  return next < text.length && text[next] !== '\n' && roleOf(text, next) === 'open';
};

/**
 * Double-quoted regions of the text. A quote may run over sentences and paragraphs: a paragraph that opens
 * with a quote mark while a quote is still open continues it (the news convention), and a quote may close
 * only in a later paragraph. Single quotes are left alone (apostrophes, quotes inside quotes).
 */
export const findQuotes = (text: string): readonly QuoteRegion[] => {
  const regions: QuoteRegion[] = [];
  let open: { index: number; paragraph: number } | null = null;
  let paragraph = 0;
  const closeStray = (o: { index: number }) =>
    regions.push({ open: o.index, close: null, content: span(o.index + 1, paragraphEnd(text, o.index)) });
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\n') {
      // A paragraph opening with a quote mark continues the open quote (the news convention): no break counted.
      if (!(open && continuesQuote(text, i))) paragraph += 1;
      if (open && paragraph - open.paragraph > MAX_PARAGRAPHS) {
        closeStray(open);
        i = open.index;
        paragraph = open.paragraph;
        open = null;
      }
      continue;
    }
    const role = roleOf(text, i);
    if (role === 'open' && !open) open = { index: i, paragraph };
    else if (role === 'close' && open) {
      regions.push({ open: open.index, close: i, content: span(open.index + 1, i) });
      open = null;
    }
    // An opening mark inside an open quote continues it (a new paragraph of the same quote) or is stray.
  }
  if (open) closeStray(open);
  return regions.sort((a, b) => a.open - b.open);
};
