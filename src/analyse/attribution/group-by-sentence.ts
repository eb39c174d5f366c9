import type { Sentence } from '../../model/sentence.js';
import type { Span } from '../../model/span.js';

/** The index of the sentence containing `offset`, or -1 (binary search: sentences are in text order). */
export const sentenceAt = (sentences: readonly Sentence[], offset: number): number => {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
};

/** Items grouped by the sentence their span starts in, so rules look only at one sentence's mentions. */
export const groupBySentence = <T extends { readonly span: Span }>(
  sentences: readonly Sentence[],
  items: readonly T[],
): readonly (readonly T[])[] => {
  const groups: T[][] = sentences.map(() => []);
  for (const item of items) {
    const i = sentenceAt(sentences, item.span.start);
    if (i >= 0) groups[i]!.push(item);
  }
  for (const g of groups) g.sort((a, b) => a.span.start - b.span.start);
  return groups;
};
