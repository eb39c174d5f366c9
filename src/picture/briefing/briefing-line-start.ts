import {
  LEADING_FURNITURE_PATTERNS,
  NOT_BRIEFING_LINE_PATTERNS,
} from '../../lang/en/picture-briefing-furniture.js';

/**
 * Where a report's sentence (trimmed) starts as a briefing line: 0, or past the furniture that opens it (a
 * dateline, an agency tag, a label; LEADING_FURNITURE_PATTERNS, taken one after another); null when the
 * sentence is page furniture itself (NOT_BRIEFING_LINE_PATTERNS: a contact or credit line, a time stamp, a
 * promo, an embed or archive notice, a photo caption).
 */
export const briefingLineStart = (sentence: string): number | null => {
  if (NOT_BRIEFING_LINE_PATTERNS.some((p) => p.test(sentence))) return null;
  let start = 0;
  for (const p of LEADING_FURNITURE_PATTERNS) {
    const m = p.exec(sentence.slice(start));
    if (m !== null) start += m[0].length;
  }
  return start;
};
