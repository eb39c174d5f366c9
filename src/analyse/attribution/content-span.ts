import { type Span, span } from '../../model/span.js';
import type { SentenceView } from './attribution-draft.js';
import type { QuoteRegion } from './find-quotes.js';

const TRAILING = /[\s.,;:]$/;
const LEADING = /^[\s,;:]/;

/** The span without surrounding spaces and trailing sentence punctuation, or null when nothing is left. */
export const trimSpan = (text: string, start: number, end: number): Span | null => {
  let s = start;
  let e = end;
  while (s < e && LEADING.test(text[s]!)) s += 1;
  while (e > s && TRAILING.test(text[e - 1]!)) e -= 1;
  return e > s ? span(s, e) : null;
};

/** The quoted text of a region, trimmed. */
export const quoteContent = (text: string, q: QuoteRegion): Span | null =>
  trimSpan(text, q.content.start, q.content.end);

const isQuoteChar = (c: string | undefined): boolean => c !== undefined && '"“”„«»'.includes(c);

/**
 * What precedes "…, X said" / "…," X said: the quotation that closes at the comma, or the sentence up to the
 * comma. Null when `at` is not preceded by a comma (with or without a closing quote mark).
 */
export const contentBeforeComma = (
  v: SentenceView,
  at: number,
): { content: Span; direct: boolean } | null => {
  const { text } = v;
  let p = at;
  while (p > v.span.start && /\s/.test(text[p - 1]!)) p -= 1;
  let close: number | null = null;
  if (isQuoteChar(text[p - 1])) {
    close = p - 1;
    p -= 1;
    if (!/[,?!]/.test(text[p - 1] ?? '')) return null;
    p -= 1;
  } else if (text[p - 1] === ',') {
    p -= 1;
    if (isQuoteChar(text[p - 1])) close = p - 1;
  } else return null;
  const quote = close === null ? undefined : v.quotesByClose.get(close);
  if (quote) {
    const content = quoteContent(text, quote);
    return content ? { content, direct: true } : null;
  }
  const content = trimSpan(text, v.span.start, p);
  return content ? { content, direct: false } : null;
};

/** "He added." after a quotation: the quotation that ends the previous sentence, if any. */
export const quoteBefore = (v: SentenceView, regions: ReadonlyMap<number, QuoteRegion>): Span | null => {
  if (!v.previous) return null;
  let p = v.span.start;
  while (p > v.previous.start && /[\s.,?!]/.test(v.text[p - 1]!)) p -= 1;
  const quote = regions.get(p - 1);
  return quote ? quoteContent(v.text, quote) : null;
};

/**
 * The content without what lies across a line break from its cue (a heading, a caption or another paragraph run
 * into the sentence): the part after the last break when the content precedes the cue, else up to the first.
 */
export const clipToLine = (text: string, content: Span, cue: Span): Span | null => {
  const words = text.slice(content.start, content.end);
  if (!words.includes('\n')) return content;
  return content.end <= cue.start
    ? trimSpan(text, content.start + words.lastIndexOf('\n') + 1, content.end)
    : trimSpan(text, content.start, content.start + words.indexOf('\n'));
};
