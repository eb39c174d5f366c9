import type { OffsetSegment } from '../model/report.js';

/** A headline has this many words. */
const MIN_WORDS = 3;
const MAX_WORDS = 20;
/** How a headline may not end: a sentence, a clause or a label goes on. */
const NOT_HEADLINE_END = /[.,;:–—-]$/;
/** How a headline starts: a capital, a digit or a quotation mark. */
const HEADLINE_START = /^["“‘'A-Z0-9]/;
/** Lines that open a page but are no headline: a byline, a label, a dateline, a time stamp. */
const NOT_HEADLINE =
  /^(?:by\s|story highlights\b|article excerpt\b|updated\b|posted\b|published\b|advertisement\b)|\(\w[\w .&]*\)\s*[-–—]|https?:|@/i;

/**
 * The headline a plain report opens with, when no metadata gives a title: its first line, when that line came
 * through cleaning whole (nothing on its line was cut as furniture: a photo's credit before a caption),
 * holds 3–20 words, starts as a headline does and ends without a sentence's full stop, and a line break and
 * more text follow it. Null otherwise ("Image copyright AFP Image caption …" leaves a caption, not a title).
 */
export const inferTitle = (raw: string, text: string, offsetMap: readonly OffsetSegment[]): string | null => {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || text.slice(lineEnd).trim() === '') return null;
  const lead = text.length - text.trimStart().length;
  const line = text.slice(lead, lineEnd).trim();
  if (line === '' || text.slice(0, lead).includes('\n')) return null;
  const words = line.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return null;
  if (!HEADLINE_START.test(line) || NOT_HEADLINE_END.test(line) || NOT_HEADLINE.test(line)) return null;
  // The line is one stretch of the raw text and starts a raw line (nothing before it on its line was cut).
  const first = offsetMap[0];
  if (first === undefined || first.textStart > lead || first.textStart + first.length < lead + line.length) {
    return null;
  }
  const rawStart = first.rawStart + (lead - first.textStart);
  if (raw.slice(rawStart, rawStart + line.length) !== line) return null;
  const before = raw.slice(0, rawStart).replace(/[ \t]+$/, '');
  return before === '' || before.endsWith('\n') || before.endsWith('NEWLINE_CHAR') || before.endsWith('>')
    ? line
    : null;
};
