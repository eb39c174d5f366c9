import type { Span } from '../../model/span.js';
import { contentWords } from '../text/content-words.js';
import { cosine, IDF_BACKGROUND, type TermVector, tfIdfVectors } from './tf-idf.js';

/**
 * A report's words that are not names: the content words (contentWords) of its text outside every entity
 * mention, so what is left tells what happened ("office", "party", "shooting", "charged") rather than who or
 * where ("Kirkpatrick", "Vancouver").
 */
export const nameFreeWords = (text: string, entities: readonly { readonly span: Span }[]): string[] => {
  const spans = [...entities].map((e) => e.span).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) {
      at = Math.max(at, s.end);
      continue;
    }
    parts.push(text.slice(at, s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return contentWords(parts.join(' '));
};

/**
 * Story signatures: each story's `terms` most distinctive name-free words (the summed TF-IDF vectors of its
 * reports' nameFreeWords, idf over all the reports given), as a unit vector. `words[i]` are report i's
 * name-free words, `stories` lists of report numbers. Two stories of one kind of event ("office", "party",
 * "shooting" against "office", "firm", "shooting") meet on their signatures even where their names differ.
 */
export const storySignatures = (
  words: readonly (readonly string[])[],
  stories: readonly (readonly number[])[],
  terms: number,
): TermVector[] => {
  const vectors = tfIdfVectors(words, IDF_BACKGROUND);
  return stories.map((story) => {
    const sum = new Map<string, number>();
    for (const i of story) for (const [w, x] of vectors[i]!) sum.set(w, (sum.get(w) ?? 0) + x);
    const top = [...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, terms);
    const norm = Math.sqrt(top.reduce((t, [, x]) => t + x * x, 0));
    return new Map(norm === 0 ? [] : top.map(([w, x]) => [w, x / norm]));
  });
};

/** The cosine of two story signatures. */
export const signatureSimilarity = (a: TermVector, b: TermVector): number => cosine(a, b);
