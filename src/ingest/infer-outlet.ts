import { OUTLET_TAGS } from '../lang/en/ingest-outlet-tags.js';
import { escapeRegExp } from '../lang/word-alternation.js';

const TAGS = Object.keys(OUTLET_TAGS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** An opening dateline with a bracketed outlet: "CAIRO (Reuters) - ", "SYCAMORE, Ill. (AP) — ", "(CNN) — ". */
const DATELINE = new RegExp(
  `^[ \\t]*(?:[A-Z][A-Za-z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.]{1,20})?\\s*)?\\((${TAGS})\\)\\s*(?:[–—:]|-{1,2})\\s*\\S`,
  'm',
);
/** How far into the report the dateline may open a line (past a headline and a byline). */
const WITHIN = 400;

/**
 * The outlet a report's opening dateline names (OUTLET_TAGS: "CAIRO (Reuters) - …" → Reuters), when no
 * metadata gives one; null when the report opens with no such dateline.
 */
export const inferOutlet = (text: string): string | null => {
  const m = DATELINE.exec(text.slice(0, WITHIN));
  return m === null ? null : (OUTLET_TAGS[m[1] ?? ''] ?? null);
};
