import type { Span } from './span.js';

export interface Sentence {
  readonly span: Span;
}
