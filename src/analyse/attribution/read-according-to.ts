import { ACCORDING_TO_NON_SOURCES } from '../../lang/en/attribution-cues.js';
import { SOURCE_TAIL_STOPS } from '../../lang/en/attribution-syntax.js';
import { span } from '../../model/span.js';
import type { AttributionDraft, SentenceView } from './attribution-draft.js';
import { trimSpan } from './content-span.js';
import type { CueHit } from './match-cues.js';
import { phraseRightOf } from './noun-phrase.js';
import { contentEnd } from './sentence-tail.js';

/**
 * "according to X": the source follows the cue; the content is the rest of the sentence (the part before
 * ", according to X", or after "According to X,"). "according to plan" is not an attribution.
 */
export const readAccordingTo = (v: SentenceView, hit: CueHit): AttributionDraft | null => {
  const { toks, text } = v;
  const first = toks[hit.last];
  const second = toks[hit.last + 1];
  if (!first) return null;
  if (ACCORDING_TO_NON_SOURCES.has(first.norm)) return null;
  if (first.norm === 'the' && second && ACCORDING_TO_NON_SOURCES.has(second.norm)) return null;
  const stop = phraseRightOf(toks, hit.last, SOURCE_TAIL_STOPS);
  if (stop === hit.last) return null;
  const source = span(first.span.start, toks[stop - 1]!.span.end);
  const cue = span(toks[hit.first]!.span.start, toks[hit.last - 1]!.span.end);
  const end = contentEnd(toks);
  const before = hit.first > 0 ? trimSpan(text, v.span.start, cue.start) : null;
  const afterTok = toks.slice(stop).findIndex((t) => t.norm === ',');
  const afterFrom = afterTok < 0 ? null : toks[stop + afterTok + 1];
  const after =
    afterFrom && stop + afterTok + 1 < end
      ? trimSpan(text, afterFrom.span.start, toks[end - 1]!.span.end)
      : null;
  const content = before && after ? trimSpan(text, v.span.start, toks[end - 1]!.span.end) : (before ?? after);
  if (!content) return null;
  return {
    sentence: v.index,
    source,
    head: source,
    cue,
    content,
    stance: 'asserts',
    direct: false,
    hedgedCue: false,
    inheritsSource: false,
    rule: 'according-to',
    confidence: 0.85,
  };
};
