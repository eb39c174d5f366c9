import {
  BOILERPLATE_MAX_LINE,
  CAPTION_CREDIT_PATTERNS,
  PHOTO_CREDIT_SOURCES,
  PROMO_LINE_PATTERNS,
} from '../lang/en/ingest-boilerplate.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
 * Which lines are boilerplate (promo/footer lines and both copies of a doubled caption).
 * Returns one flag per line, true = drop.
 */
export const findBoilerplate = (lines: readonly string[]): boolean[] => {
  const trimmed = lines.map((l) => l.trim());
  const drop = trimmed.map(isPromo);
  for (let i = 0; i + 1 < trimmed.length; i++) {
    if (isDoubledCaption(trimmed[i] ?? '', trimmed[i + 1] ?? '')) {
      drop[i] = true;
      drop[i + 1] = true;
    }
  }
  return drop;
};
