/**
 * TextRank for sentences (Mihalcea & Tarau 2004): edge weight = shared words / (ln|Si| + ln|Sj|), weighted
 * PageRank with damping 0.85. Returns the sentence indices best first.
 */
import { byScore, pageRank } from './lexrank.js';

const overlap = (a: readonly string[], b: readonly string[]): number => {
  if (a.length < 2 || b.length < 2) return 0;
  const bs = new Set(b);
  const shared = new Set(a.filter((w) => bs.has(w))).size;
  return shared / (Math.log(a.length) + Math.log(b.length));
};

export const textRank = (sentences: readonly (readonly string[])[]): number[] =>
  byScore(pageRank(sentences.map((a, i) => sentences.map((b, j) => (i === j ? 0 : overlap(a, b))))));
