import type { StoryDoc } from '../../link/story-doc.js';
import { contentWords, wordJaccard } from '../../link/text/content-words.js';
import { porterStem } from '../../link/text/porter-stem.js';
import type { BriefingSentence } from '../../model/picture.js';
import { reportLines } from './report-lines.js';
import { selectCoverage } from './select-coverage.js';
import { marksByDocument, type SalienceMarks, sentenceSalience } from './sentence-salience.js';

/** At most this many sentences per story. */
export const BRIEFING_MAX = 12;
/** A briefing stops once it holds this many words (about a minute's reading). */
export const BRIEFING_MAX_WORDS = 250;
/**
 * Gain bonuses: the facts a sentence carries (sentence-salience.ts, 0 to about 10) and its place in its report
 * (LEDE_WEIGHT × (1 − sentence index / sentences in the report): news puts the point first, and how early is
 * relative to the report's length). Chosen on Multi-News dev (clusters 1–40, eval/briefing.ts dev): the
 * relative position beats 1 / (1 + index) by about 0.9 ROUGE-1, weights 2–4 are a plateau (45.3–45.5); facts cost
 * < 0.1 ROUGE-1 and keep figures and disputes in the briefing.
 */
export const FACT_WEIGHT = 0.1;
export const LEDE_WEIGHT = 2;
/**
 * The briefing reads the story's newest this-many original reports: it tells the current situation (older facts
 * stay in the timeline, figures and conflicts), and its cost stays flat as a story grows (a briefing over all of
 * a 10,000-report story took 5.6 s to compute on each read). Multi-News clusters, which the briefing is scored
 * on, hold at most 10.
 */
export const BRIEFING_WINDOW = 200;
/** A sentence sharing this much of its content words with a chosen one says nothing new. */
export const REDUNDANT_JACCARD = 0.5;

interface Candidate {
  readonly doc: StoryDoc;
  readonly rank: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly terms: readonly string[];
  readonly words: number;
  readonly bonus: number;
  readonly readsAlone: boolean;
}

/** Weight of each term: how many reports use it; in a one-report story, how often it is used. Once → none. */
const termWeights = (candidates: readonly Candidate[], reports: number): Map<string, number> => {
  const df = new Map<string, Set<number>>();
  const tf = new Map<string, number>();
  for (const c of candidates)
    for (const t of c.terms) {
      df.set(t, (df.get(t) ?? new Set()).add(c.rank));
      tf.set(t, (tf.get(t) ?? 0) + 1);
    }
  const weight = new Map<string, number>();
  for (const [t, n] of tf) {
    const w = reports > 1 ? df.get(t)!.size : n;
    if (w > 1) weight.set(t, w);
  }
  return weight;
};

/**
 * An extractive briefing: sentences of the story's newest BRIEFING_WINDOW original reports (`docs` in report
 * order) chosen by greedy coverage of what the
 * reports keep saying (select-coverage.ts), raised by the facts they carry and by lede position, up to
 * BRIEFING_MAX sentences or BRIEFING_MAX_WORDS words; a sentence redundant with a chosen one (REDUNDANT_JACCARD
 * of stemmed content words) is skipped. Only a report's briefing lines are candidates (report-lines.ts): page
 * furniture, fragments and, in a report with complete sentences, headlines and captions neither are chosen nor
 * weigh terms, and an opening dateline or label is left out of the cited span; a quotation's fragment (a line
 * that does not read alone) weighs terms but is not chosen.
 * Shown newest report first and in text order. Each item's text is exactly its cited span (trimmed of
 * surrounding white space).
 */
export const buildBriefing = (docs: readonly StoryDoc[], marks: SalienceMarks): BriefingSentence[] => {
  const originals = docs.filter((d) => d.report.duplicateOf === null).slice(-BRIEFING_WINDOW);
  const perDoc = marksByDocument(marks);
  const stems = new Map<string, string>();
  const stem = (w: string): string => {
    const known = stems.get(w);
    if (known !== undefined) return known;
    const s = porterStem(w);
    stems.set(w, s);
    return s;
  };
  const all: Candidate[] = originals.flatMap((doc, rank) => {
    const sentences = doc.analysis.sentences.length;
    return reportLines(doc).map(({ index, start, end, text, words, readsAlone }) => {
      const facts = sentenceSalience(doc.report.id, { start, end }, index, perDoc(doc.report.id));
      const bonus = FACT_WEIGHT * facts + LEDE_WEIGHT * (1 - index / sentences);
      return { doc, rank, start, end, text, terms: contentWords(text).map(stem), words, bonus, readsAlone };
    });
  });
  const weights = termWeights(all, originals.length);
  const candidates = all.filter((c) => c.readsAlone);
  const sets = candidates.map((c) => new Set(c.terms));
  const redundant = (i: number, chosen: readonly number[]): boolean =>
    chosen.some((k) => wordJaccard(sets[k]!, sets[i]!) >= REDUNDANT_JACCARD);
  return selectCoverage(candidates, weights, BRIEFING_MAX_WORDS, BRIEFING_MAX, redundant)
    .map((i) => candidates[i]!)
    .sort((a, b) => b.rank - a.rank || a.start - b.start)
    .map((c) => ({ text: c.text, citations: [{ documentId: c.doc.report.id, start: c.start, end: c.end }] }));
};
