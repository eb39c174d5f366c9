import type { Span } from './span.js';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

export interface Token {
  readonly span: Span;
  readonly kind: TokenKind;
  /** Lower-cased surface form. */
  readonly norm: string;
  /** Universal POS tag (NOUN, VERB, PROPN, …) or null when the tagger gave none. */
  readonly pos: string | null;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}
