import { QUOTE_MARKS } from '../../lang/en/picture-briefing-furniture.js';
import { alternation } from '../../lang/word-alternation.js';

type Kind = 'opening' | 'closing' | 'either';
const KINDS: readonly Kind[] = ['opening', 'closing', 'either'];
const kindOf = new Map<string, Kind>(KINDS.flatMap((k) => QUOTE_MARKS[k].map((m): [string, Kind] => [m, k])));
const MARK = new RegExp(alternation(kindOf.keys()), 'gu');

/** One quotation mark (QUOTE_MARKS) in a text. */
export interface QuoteMark {
  readonly at: number;
  readonly length: number;
  readonly kind: Kind;
  /**
   * It closes a quotation: a closing mark, or a straight quote glued to the word before it (not a digit: 6" is
   * inches) and not to the word after ('… happened," she said.').
   */
  readonly closes: boolean;
  /** It opens a quotation: an opening mark, or a straight quote glued to the word after it and not to the one before. */
  readonly opens: boolean;
}

const isClosing = (kind: Kind, before: string, after: string): boolean =>
  kind === 'either' ? /[^\s\d([{]/u.test(before) && /[\s,.;:!?)\]}]/u.test(after) : kind === 'closing';

const isOpening = (kind: Kind, before: string, after: string): boolean =>
  kind === 'either' ? /[\s([{–—-]/u.test(before) && /[^\s,.;:!?)\]}]/u.test(after) : kind === 'opening';

/** The quotation marks of a text, in order; the text's start and end count as white space. */
export const quoteMarks = (text: string): QuoteMark[] =>
  [...text.matchAll(MARK)].map((m) => {
    const kind = kindOf.get(m[0])!;
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + m[0].length] ?? ' ';
    const closes = isClosing(kind, before, after);
    const opens = isOpening(kind, before, after);
    return { at: m.index, length: m[0].length, kind, closes, opens };
  });
