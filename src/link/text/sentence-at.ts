import type { Sentence } from '../../model/sentence.js';

/** Index of the sentence that contains `offset`, or -1 when none does. */
export const sentenceAt = (sentences: readonly Sentence[], offset: number): number =>
  sentences.findIndex((s) => s.span.start <= offset && offset < s.span.end);
