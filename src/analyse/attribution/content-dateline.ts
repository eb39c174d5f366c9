import { LEADING_FURNITURE_PATTERNS } from '../../lang/en/picture-briefing-furniture.js';
import { type Span, span } from '../../model/span.js';

/**
 * A content span without the dateline or agency tag that opens it ("KUALA LUMPUR, Malaysia (AP) — The weapon
 * was used …, police said." → "The weapon was used …"): the furniture a report's first sentence starts with
 * (LEADING_FURNITURE_PATTERNS, taken one after another) is none of what was said. The span itself when none
 * opens it, or when nothing would be left.
 */
export const withoutDateline = (text: string, content: Span): Span => {
  const words = text.slice(content.start, content.end);
  let start = 0;
  for (const p of LEADING_FURNITURE_PATTERNS) {
    const m = p.exec(words.slice(start));
    if (m !== null) start += m[0].length;
  }
  return start === 0 || start >= words.length ? content : span(content.start + start, content.end);
};
