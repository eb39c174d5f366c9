import { COMPLETE_SENTENCE_END } from '../../lang/en/picture-briefing-furniture.js';
import type { StoryDoc } from '../../link/story-doc.js';
import { briefingLineStart } from './briefing-line-start.js';
import { isQuoteFragment } from './is-quote-fragment.js';
import { startsInQuote } from './starts-in-quote.js';

/** Shorter lines are captions or fragments, not briefing lines. */
export const MIN_LINE_WORDS = 6;

/** One sentence of a report as the briefing may cite it. */
export interface ReportLine {
  /** The sentence's index in its report's analysis. */
  readonly index: number;
  /** The cited span: the sentence trimmed of white space and of the furniture opening it. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: number;
  /**
   * False for a quotation's fragment (isQuoteFragment, or it starts inside a quote opened earlier in its
   * paragraph: startsInQuote): it weighs what the reports say, but is not cited.
   */
  readonly readsAlone: boolean;
}

const wordCount = (t: string): number => t.split(/\s+/).filter((w) => w !== '').length;

/**
 * The sentences of one report that can be briefing lines, in text order: page furniture is left out and an
 * opening dateline or label cut off (briefingLineStart), lines under MIN_LINE_WORDS words are fragments, and
 * when the report has complete sentences (COMPLETE_SENTENCE_END) its headlines, captions, bullets and cut-off
 * lines are left out too; a report made only of such lines (a feed of headlines) keeps them. On Multi-News dev
 * (eval/briefing.ts dev, clusters 1–40) these rules lift the briefing's ROUGE-1 from 44.99 to 45.44 (furniture
 * and datelines +0.2, complete sentences +0.2), with no weight changed. A quotation's fragment (isQuoteFragment:
 * it starts inside a quote, or is all quote) stays a line that does not read alone: it weighs what the reports
 * say but is not cited (leaving it out of the weights too cost 0.2 ROUGE-1 on dev). So does a sentence with
 * no marks of its own inside a quotation opened in an earlier sentence of its paragraph (startsInQuote).
 */
export const reportLines = (doc: StoryDoc): ReportLine[] => {
  const text = doc.report.text;
  const spans = doc.analysis.sentences.map(({ span }) => {
    const raw = text.slice(span.start, span.end);
    return {
      trimmed: span.start + (raw.length - raw.trimStart().length),
      end: span.end - (raw.length - raw.trimEnd().length),
    };
  });
  const starts = spans.map(({ trimmed }) => trimmed);
  const inQuote = startsInQuote(text, starts);
  const lines = spans.flatMap(({ trimmed, end }, index): ReportLine[] => {
    const lineStart = briefingLineStart(text.slice(trimmed, end));
    if (lineStart === null) return [];
    const start = trimmed + lineStart;
    const line = text.slice(start, end);
    const words = wordCount(line);
    if (words < MIN_LINE_WORDS) return [];
    return [{ index, start, end, text: line, words, readsAlone: !inQuote[index] && !isQuoteFragment(line) }];
  });
  const complete = lines.filter((l) => COMPLETE_SENTENCE_END.test(l.text));
  return complete.length > 0 ? complete : lines;
};
