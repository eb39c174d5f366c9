import type { StoryDoc } from '../../link/story-doc.js';
import { contentWords, wordJaccard } from '../../link/text/content-words.js';
import type { BriefingSentence } from '../../model/picture.js';
import { type SalienceMarks, sentenceSalience } from './sentence-salience.js';

/** At most this many sentences per story. */
export const BRIEFING_MAX = 10;
/** A sentence sharing this much of its content words with a chosen one says nothing new. */
export const REDUNDANT_JACCARD = 0.5;
/** Shorter sentences are captions or fragments, not briefing lines. */
const MIN_WORDS = 6;

interface Candidate {
  readonly doc: StoryDoc;
  readonly rank: number;
  readonly start: number;
  readonly end: number;
  readonly index: number;
  readonly score: number;
  readonly words: ReadonlySet<string>;
}

/**
 * An extractive briefing: sentences of the story's original reports ranked by salience (then newer report,
 * then earlier position), skipping ones redundant with those already chosen, then shown newest report first
 * and in text order. Each item's text is exactly its cited span (trimmed of surrounding white space).
 */
export const buildBriefing = (docs: readonly StoryDoc[], marks: SalienceMarks): BriefingSentence[] => {
  const originals = docs.filter((d) => d.report.duplicateOf === null);
  const candidates: Candidate[] = originals.flatMap((doc, rank) =>
    doc.analysis.sentences.flatMap((s, index) => {
      const raw = doc.report.text.slice(s.span.start, s.span.end);
      const start = s.span.start + (raw.length - raw.trimStart().length);
      const end = s.span.end - (raw.length - raw.trimEnd().length);
      const text = doc.report.text.slice(start, end);
      if (text.split(/\s+/).length < MIN_WORDS) return [];
      const score = sentenceSalience(doc.report.id, { start, end }, index, marks);
      return score > 0 ? [{ doc, rank, start, end, index, score, words: new Set(contentWords(text)) }] : [];
    }),
  );
  candidates.sort((a, b) => b.score - a.score || b.rank - a.rank || a.index - b.index);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.length >= BRIEFING_MAX) break;
    if (chosen.some((x) => wordJaccard(x.words, c.words) >= REDUNDANT_JACCARD)) continue;
    chosen.push(c);
  }
  return chosen
    .sort((a, b) => b.rank - a.rank || a.start - b.start)
    .map((c) => ({
      text: c.doc.report.text.slice(c.start, c.end),
      citations: [{ documentId: c.doc.report.id, start: c.start, end: c.end }],
    }));
};
