import { CAPTION_MARK_PATTERNS, STAMP_PATTERNS } from '../lang/en/ingest-not-headline.js';
import type { OffsetSegment } from '../model/report.js';

/** A headline has this many words. */
const MIN_WORDS = 3;
const MAX_WORDS = 20;
/** How a headline may not end: a sentence, a clause or a label goes on. */
const NOT_HEADLINE_END = /[.,;:–—-]$/;
/** How a headline starts: a capital, a digit or a quotation mark. */
const HEADLINE_START = /^["“‘'A-Z0-9]/;
/** What follows a line's last word in the raw text when nothing was cut after it: a line break or the end. */
const LINE_END = /^[ \t]*(?:\r?\n|\r|NEWLINE_CHAR|<|$)/;
/** Lines that open a page but are no headline: a byline, a label, a dateline, a time stamp. */
const NOT_HEADLINE =
  /^(?:by\s|story highlights\b|article excerpt\b|updated\b|posted\b|published\b|advertisement\b)|\(\w[\w .&]*\)\s*[-–—]|https?:|@/i;

/**
 * The headline a plain report opens with, when no metadata gives a title: its first line, when that line came
 * through cleaning whole (nothing on its line was cut as furniture: a photo's credit before or after a caption),
 * holds 3–20 words, starts as a headline does and ends without a sentence's full stop, and a line break and
 * more text follow it, and it is no photo's caption or credit ("White House Photo, Jane Doe …", "image:123")
 * nor a time stamp ("March 10, 2012 10:54 am ET by …"). Null otherwise ("Image copyright AFP Image caption …"
 * leaves a caption, not a title).
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
  if ([...CAPTION_MARK_PATTERNS, ...STAMP_PATTERNS].some((p) => p.test(line))) return null;
  // The line is one stretch of the raw text and starts a raw line (nothing before it on its line was cut).
  const first = offsetMap[0];
  if (first === undefined || first.textStart > lead || first.textStart + first.length < lead + line.length) {
    return null;
  }
  const rawStart = first.rawStart + (lead - first.textStart);
  if (raw.slice(rawStart, rawStart + line.length) !== line) return null;
  const before = raw.slice(0, rawStart).replace(/[ \t]+$/, '');
  const startsLine =
    before === '' || before.endsWith('\n') || before.endsWith('NEWLINE_CHAR') || before.endsWith('>');
  // …and ends its raw line (nothing after it on its line was cut: a photo's credit after a caption)
  return startsLine && LINE_END.test(raw.slice(rawStart + line.length)) ? line : null;
};
