/** The baseline: a fixed cue-verb list, the nearest noun phrase as source, the rest of the sentence as content. */
import type { Sentence } from '../../src/model/sentence.js';
import type { Token } from '../../src/model/token.js';
import type { GoldAttribution } from './polnear-corpus.js';

const CUE_VERBS = new Set([
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'added',
  'stated',
  'claimed',
  'reported',
]);
const NP_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

const npRun = (toks: readonly Token[], from: number, step: 1 | -1): [number, number] | null => {
  let i = from;
  while (i >= 0 && i < toks.length && !NP_POS.has(toks[i]!.pos ?? '')) {
    if (toks[i]!.kind === 'punctuation' && step === -1 && toks[i]!.norm !== ',') return null;
    i += step;
  }
  if (i < 0 || i >= toks.length) return null;
  let j = i;
  while (j + step >= 0 && j + step < toks.length && NP_POS.has(toks[j + step]!.pos ?? '')) j += step;
  return step === 1 ? [i, j] : [j, i];
};

export const baselineAttributions = (
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): GoldAttribution[] => {
  const out: GoldAttribution[] = [];
  sentences.forEach((s, si) => {
    const toks = tokens.filter((t) => t.sentence === si);
    toks.forEach((t, i) => {
      if (!CUE_VERBS.has(t.norm)) return;
      const left = npRun(toks, i - 1, -1);
      const np = left ?? npRun(toks, i + 1, 1);
      const source = np ? { start: toks[np[0]]!.span.start, end: toks[np[1]]!.span.end } : null;
      // Content: what follows the cue, or what precedes the source when the cue sits at the sentence's end.
      const after = toks.slice((np && !left ? np[1] : i) + 1).filter((x) => x.kind !== 'punctuation');
      const before = toks.slice(0, left ? left[0] : i).filter((x) => x.kind !== 'punctuation');
      const body = after.length >= 3 ? after : before;
      if (body.length === 0) return;
      const content = { start: body[0]!.span.start, end: body[body.length - 1]!.span.end };
      out.push({ source, cue: { start: t.span.start, end: t.span.end }, content });
    });
    void s;
  });
  return out;
};
