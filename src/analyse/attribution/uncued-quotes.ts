import { SPEAKER_PRONOUNS } from '../../lang/en/attribution-quoted-pronouns.js';
import type { Sentence } from '../../model/sentence.js';
import { span, spanContains, spansOverlap } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { quoteContent } from './content-span.js';
import type { QuoteRegion } from './find-quotes.js';
import { sentenceAt } from './group-by-sentence.js';
import { quoteContinuation } from './quote-continuation.js';

/** Fewer words than this in a quote is a phrase in quote marks ("a giant graveyard"), not a statement. */
const MIN_WORDS = 4;

/**
 * Quotations no cue reaches: those that open a sentence and are not already the content of an attribution
 * (a following paragraph of the same speaker, a quote-only paragraph). The quote mark is the cue. One that goes
 * on right after a quotation of a known speaker continues it (quote-continuation.ts: the stage gives it that
 * speaker); one right after two speakers' cues has its source unstated; any other's source is unstated and the
 * stage resolves it to the previous quotation's speaker, if any.
 */
export const uncuedQuotes = (
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteRegion[],
  drafts: readonly AttributionDraft[],
): AttributionDraft[] => {
  const found: AttributionDraft[] = [];
  for (const q of quotes) {
    const s = sentenceAt(sentences, q.open);
    if (s < 0 || text.slice(sentences[s]!.span.start, q.open).trim() !== '') continue;
    const content = quoteContent(text, q);
    if (!content || (text.slice(content.start, content.end).match(/\w+/g)?.length ?? 0) < MIN_WORDS) continue;
    const outer = span(q.open, q.close === null ? content.end : q.close + 1);
    // A claim another speaker tells inside a closed quotation ('"General Karimov said he would attack."') leaves
    // it uncued; one the speaker tells ('"I said we would fight."') is the quotation's claim.
    const nested = (d: AttributionDraft) =>
      q.close !== null &&
      spanContains(content, d.cue) &&
      spanContains(content, d.content) &&
      !(d.source && SPEAKER_PRONOUNS.has(text.slice(d.source.start, d.source.end).toLowerCase()));
    if (drafts.some((d) => !nested(d) && (spansOverlap(d.content, content) || spansOverlap(d.cue, outer))))
      continue;
    const continuation = quoteContinuation(text, sentences, s, q.open, [...drafts, ...found]);
    found.push({
      sentence: s,
      source: null,
      head: null,
      cue: span(q.open, q.open + 1),
      content,
      stance: 'asserts',
      direct: true,
      hedgedCue: false,
      inheritsSource: false,
      ...(continuation.kind === 'continues' ? { continues: continuation.draft.cue } : {}),
      ...(continuation.kind === 'ambiguous' ? { unstated: true } : {}),
      rule: 'quote-uncued',
      confidence: 0.5,
    });
  }
  return found;
};
