import { ACCORDING_TO_NON_SOURCES } from '../../lang/en/attribution-cues.js';
import { SOURCE_TAIL_STOPS } from '../../lang/en/attribution-syntax.js';
import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { AttributionDraft, SentenceView } from './attribution-draft.js';
import { trimSpan } from './content-span.js';
import type { CueHit } from './match-cues.js';
import { phraseRightOf } from './noun-phrase.js';
import { contentEnd } from './sentence-tail.js';

/**
 * A participle after the source's head names who made it ("statements released in Syria and Russia", "figures
 * published by the UN"): the source runs on to the clause's end (a comma or the sentence's end).
 */
const participleTail = (toks: readonly Token[], stop: number): number => {
  if (!/ed$/.test(toks[stop]?.norm ?? '') || toks[stop]!.pos !== 'VERB') return stop;
  let end = stop;
  while (end < toks.length && toks[end]!.kind !== 'punctuation') end += 1;
  return end;
};

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
  // the word after "according to" opens the source whatever its tag ("according to figures", tagged a verb)
  const opened = first.kind === 'word' ? hit.last + 1 : hit.last;
  // and the phrase goes on past it ("according to exit polls", "exit" tagged a verb)
  const phrase = Math.max(
    phraseRightOf(toks, opened, SOURCE_TAIL_STOPS),
    phraseRightOf(toks, hit.last, SOURCE_TAIL_STOPS),
  );
  const stop = participleTail(toks, phrase);
  if (stop === hit.last) return null;
  const source = span(first.span.start, toks[stop - 1]!.span.end);
  // who stands for the source: the agent of "published by X", else the phrase before the participle
  const by = toks.slice(phrase, stop).findIndex((t) => t.norm === 'by');
  const agentEnd = by < 0 ? -1 : phraseRightOf(toks, phrase + by + 1, SOURCE_TAIL_STOPS);
  const head =
    agentEnd > phrase + by + 1
      ? span(toks[phrase + by + 1]!.span.start, toks[agentEnd - 1]!.span.end)
      : span(first.span.start, toks[phrase - 1]!.span.end);
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
    head,
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
