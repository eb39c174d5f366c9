import { BOILERPLATE_MAX_LINE } from '../lang/en/ingest-boilerplate.js';
import { LINK_TEXT_LINE_PATTERNS, TRAILING_LINK_TEXT_PATTERNS } from '../lang/en/ingest-link-texts.js';

/**
 * Whether a line is a link to another page (LINK_TEXT_LINE_PATTERNS): a link text alone or before the headline
 * it links to, "Read more: <headline>", "See also". Lines over BOILERPLATE_MAX_LINE never are.
 */
export const isLinkTextLine = (line: string): boolean => {
  const t = line.trim();
  return t.length > 0 && t.length <= BOILERPLATE_MAX_LINE && LINK_TEXT_LINE_PATTERNS.some((p) => p.test(t));
};

/**
 * How many characters at the end of a line are a link text glued to it (TRAILING_LINK_TEXT_PATTERNS), with the
 * space before it: 0 when none or when nothing would be left.
 */
export const trailingLinkText = (line: string): number => {
  for (const p of TRAILING_LINK_TEXT_PATTERNS) {
    const m = p.exec(line);
    if (m !== null && line.slice(0, m.index).trim().length > 0) return line.length - m.index;
  }
  return 0;
};
