import {
  BOILERPLATE_MAX_LINE,
  CAPTION_CREDIT_PATTERNS,
  CREDIT_LINE_PATTERNS,
  CREDITED_CAPTION_PATTERNS,
  LEADING_FURNITURE_PATTERNS,
  MAX_CREDIT_LINE,
  PHOTO_CREDIT_SOURCES,
  PROMO_LINE_PATTERNS,
  TRAILING_CREDIT_PATTERNS,
} from '../lang/en/ingest-boilerplate.js';
import { BYLINE_LINE_PATTERNS, LEADING_BYLINE, MAX_BYLINE_LINE } from '../lang/en/ingest-bylines.js';
import { CAPTION_ID_END } from '../lang/en/ingest-not-headline.js';
import { escapeRegExp } from '../lang/word-alternation.js';
import { isLinkTextLine } from './link-text.js';

const CREDIT_SOURCE = new RegExp(
  `^\\s*(?:${[...PHOTO_CREDIT_SOURCES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?:$|[\\s/:,;|])`,
  'i',
);
const MAX_CREDIT = 80;

const isPromo = (line: string): boolean =>
  line.length > 0 && line.length <= BOILERPLATE_MAX_LINE && PROMO_LINE_PATTERNS.some((p) => p.test(line));

/** A reporter's byline or reporting credit alone on its line (BYLINE_LINE_PATTERNS): "By Jane Doe, AP". */
const isByline = (line: string): boolean =>
  line.length > 0 && line.length <= MAX_BYLINE_LINE && BYLINE_LINE_PATTERNS.some((p) => p.test(line));

/** A photo credit or gallery link alone on its line, or a caption that names its credit or a picture id. */
const isCreditLine = (line: string): boolean =>
  (line.length <= MAX_CREDIT_LINE && CREDIT_LINE_PATTERNS.some((p) => p.test(line))) ||
  (line.length <= BOILERPLATE_MAX_LINE &&
    (CREDITED_CAPTION_PATTERNS.some((p) => p.test(line)) || CAPTION_ID_END.test(line)));

const isCredit = (rest: string): boolean =>
  rest.trim().length > 0 &&
  rest.length <= MAX_CREDIT &&
  (CREDIT_SOURCE.test(rest) || CAPTION_CREDIT_PATTERNS.some((p) => p.test(rest)));

/** A caption printed twice, the second time with a credit glued or appended: "X" then "XReuters". */
const isDoubledCaption = (first: string, second: string): boolean =>
  first.length > 0 &&
  first.length <= BOILERPLATE_MAX_LINE &&
  second.startsWith(first) &&
  isCredit(second.slice(first.length));

/**
 * Which lines are boilerplate (promo/footer lines, links to other pages (isLinkTextLine), photo credits, bylines
 * and both copies of a doubled caption).
 * Returns one flag per line, true = drop.
 */
export const findBoilerplate = (lines: readonly string[]): boolean[] => {
  const trimmed = lines.map((l) => l.trim());
  const drop = trimmed.map((l) => isPromo(l) || isLinkTextLine(l) || isCreditLine(l) || isByline(l));
  for (let i = 0; i + 1 < trimmed.length; i++) {
    if (isDoubledCaption(trimmed[i] ?? '', trimmed[i + 1] ?? '')) {
      drop[i] = true;
      drop[i + 1] = true;
    }
  }
  return drop;
};

/**
 * How many characters at the start of a line are page furniture (LEADING_BYLINE and LEADING_FURNITURE_PATTERNS:
 * a byline before a dateline, a gallery, a photo's credit and label before its caption): 0 when none, the line's
 * length when nothing else is left.
 */
export const leadingFurniture = (line: string): number => {
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  for (const p of [LEADING_BYLINE, ...LEADING_FURNITURE_PATTERNS]) {
    const m = p.exec(rest);
    if (m !== null && m[0].length > 0) return indent + m[0].length;
  }
  return 0;
};

/** How many characters at the end of a line are a photo's credit (TRAILING_CREDIT_PATTERNS): 0 when none. */
export const trailingCredit = (line: string): number => {
  for (const p of TRAILING_CREDIT_PATTERNS) {
    const m = p.exec(line);
    if (m !== null && m.index > 0) return line.length - m.index;
  }
  return 0;
};
