import type { NerType } from './ner-labels.js';

/** A typed entity as a [start, end) range of token indices. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

/** Entity spans from BIO tags by the conlleval convention (an I- after O or another type opens a span). */
export const bioSpans = (tags: readonly string[]): TokenSpan[] => {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) spans.push({ start, end, type: type as NerType });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const t = tag === 'O' ? '' : tag.slice(2);
    if (tag === 'O' || tag.startsWith('B-') || t !== type) close(i);
    if (tag !== 'O' && start < 0) {
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return spans;
};
