import { SPEAKER_PRONOUNS } from '../../lang/en/attribution-quoted-pronouns.js';
import type { MentionId } from '../../model/ids.js';
import type { Sentence } from '../../model/sentence.js';
import { spanContains } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import type { QuoteRegion } from './find-quotes.js';
import { sentenceAt } from './group-by-sentence.js';
import { quoteContinuation } from './quote-continuation.js';

/**
 * The speaker a first-person source ("I", "we") stands for inside a quotation: the speaker of the innermost
 * direct claim holding its cue ('"… I said we would fight," Khalid said'), else of the quotation it goes on
 * from ('"…," Khalid said. "I said we would fight."': quote-continuation.ts). `mentions[i]` is the speaker
 * resolved for `drafts[i]`. Null when the source is no such pronoun or no known speaker holds it.
 */
export const quotedSpeaker = (
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteRegion[],
  drafts: readonly AttributionDraft[],
  mentions: readonly (MentionId | null)[],
  n: number,
): MentionId | null => {
  const x = drafts[n]!;
  if (x.source === null || !SPEAKER_PRONOUNS.has(text.slice(x.source.start, x.source.end).toLowerCase()))
    return null;
  const holding = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d, i }) => i !== n && d.direct && spanContains(d.content, x.cue))
    .sort((a, b) => a.d.content.end - a.d.content.start - (b.d.content.end - b.d.content.start))[0];
  if (holding) return mentions[holding.i] ?? null;
  const quote = quotes.find((q) => spanContains(q.content, x.cue));
  if (!quote) return null;
  const s = sentenceAt(sentences, quote.open);
  if (s < 0 || text.slice(sentences[s]!.span.start, quote.open).trim() !== '') return null;
  const others = drafts.filter((_, i) => i !== n);
  const continuation = quoteContinuation(text, sentences, s, quote.open, others);
  return continuation.kind === 'continues' ? (mentions[drafts.indexOf(continuation.draft)] ?? null) : null;
};
