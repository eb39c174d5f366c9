import { QUOTE_MARKS } from '../../lang/en/picture-briefing-furniture.js';
import { alternation } from '../../lang/word-alternation.js';

type Kind = 'opening' | 'closing' | 'either';
const KINDS: readonly Kind[] = ['opening', 'closing', 'either'];
const kindOf = new Map<string, Kind>(KINDS.flatMap((k) => QUOTE_MARKS[k].map((m): [string, Kind] => [m, k])));
const MARK = new RegExp(alternation(kindOf.keys()), 'gu');

interface Mark {
  readonly at: number;
  readonly length: number;
  readonly kind: Kind;
}

const marksIn = (sentence: string): Mark[] =>
  [...sentence.matchAll(MARK)].map((m) => ({ at: m.index, length: m[0].length, kind: kindOf.get(m[0])! }));

/**
 * Whether a mark closes a quotation: a closing mark, or a straight quote glued to the word before it (not a
 * digit: 6" is inches) and not to the word after ('… happened," she said.').
 */
const closes = (sentence: string, m: Mark): boolean => {
  if (m.kind !== 'either') return m.kind === 'closing';
  const before = sentence[m.at - 1] ?? ' ';
  const after = sentence[m.at + m.length] ?? ' ';
  return /[^\s\d([{]/u.test(before) && /[\s,.;:!?)\]}]/u.test(after);
};

/**
 * Whether a sentence (trimmed) cannot be read on its own for its quotation marks (QUOTE_MARKS): its first mark
 * closes a quotation, so it starts inside one opened in an earlier sentence ('That may have led to it," she
 * said.'), or it is all quotation, a quote with no one saying it ('"We support the police."', or one that goes
 * on into the next sentence: '"We support the police.'). A sentence holding a whole quote and its speaker ('"We
 * will stay," she said.', 'She said, "We will stay."') reads on its own, and so does one with no marks (inside
 * a quotation or not: this reads the sentence alone).
 */
export const isQuoteFragment = (sentence: string): boolean => {
  const [first, ...rest] = marksIn(sentence);
  if (first === undefined) return false;
  if (closes(sentence, first)) return true;
  if (first.at !== 0) return false;
  const last = rest[0];
  return last === undefined || (rest.length === 1 && last.at + last.length === sentence.length);
};
