import type { Sentence } from '../../model/sentence.js';
import { type Span, spanContains, spanText } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { sentenceAt } from './group-by-sentence.js';

/**
 * What a quotation no cue reaches continues: `continues` when it goes on from the quotation of a known speaker,
 * `ambiguous` when two speakers are cued right before it (no one can be told to speak it), `none` otherwise.
 */
export type Continuation =
  | { readonly kind: 'continues'; readonly draft: AttributionDraft }
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'none' };

const NONE: Continuation = { kind: 'none' };

const extent = (d: AttributionDraft): Span => {
  const parts = [d.source, d.cue, d.content].filter((s): s is Span => s !== null);
  return { start: Math.min(...parts.map((s) => s.start)), end: Math.max(...parts.map((s) => s.end)) };
};

/** Whether a draft names who speaks: a source phrase, or the quotation it continues. */
const knownSpeaker = (d: AttributionDraft): boolean => d.source !== null || d.continues !== undefined;

/** The words of a draft's source, to tell two cues of one speaker from cues of two ("he said … he added"). */
const sourceWords = (text: string, d: AttributionDraft): string | null =>
  d.source === null ? null : spanText(text, d.source).toLowerCase();

/**
 * '"We will not leave," Ahmed said. "This is our home."': a quotation opening the sentence `s` at `open`
 * continues the quotation told just before it — the last direct claim, ending in the previous sentence, with
 * nothing but white space between that sentence and the quotation — when that claim's speaker
 * is known (a source phrase, or a continuation itself) and no other speaker is cued from the start of that
 * claim's last sentence on (a claim nested in its quotation aside: 'Ahmed said: "They told us to go."').
 * Two speakers cued there make it ambiguous; an earlier quotation of no known speaker, none.
 */
export const quoteContinuation = (
  text: string,
  sentences: readonly Sentence[],
  s: number,
  open: number,
  drafts: readonly AttributionDraft[],
): Continuation => {
  let earlier: AttributionDraft | null = null;
  for (const d of drafts) {
    const end = extent(d).end;
    if (!d.direct || end > open) continue;
    if (!earlier || end > extent(earlier).end) earlier = d;
  }
  if (!earlier) return NONE;
  const at = sentenceAt(sentences, extent(earlier).end - 1);
  if (at !== s - 1 || text.slice(sentences[at]!.span.end, open).trim() !== '') return NONE;
  const from = Math.min(sentences[at]!.span.start, extent(earlier).start);
  const speaker = sourceWords(text, earlier);
  const others = drafts.filter(
    (d) =>
      d !== earlier &&
      d.cue.start >= from &&
      d.cue.start < open &&
      !spanContains(earlier.content, d.cue) &&
      (d.source === null ? !(d.inheritsSource || d.continues) : sourceWords(text, d) !== speaker),
  );
  if (others.length > 0) return { kind: 'ambiguous' };
  return knownSpeaker(earlier) ? { kind: 'continues', draft: earlier } : NONE;
};
