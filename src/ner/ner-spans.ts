import type { Token } from '../model/token.js';
import { bioSpans } from './bio-spans.js';
import { loadNerModel } from './load-ner-model.js';
import type { NerType } from './ner-labels.js';
import type { NerModel } from './ner-model.js';
import { tagDocument } from './tag-document.js';

export interface NerSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

const SENTENCE_END = /^[.!?]+$/;
const CLOSER = /^["'’”)\]]+$/;

/**
 * Groups token indices into sentences: a break after ". ! ?" (and any closing quotes or brackets that
 * follow), and wherever a line break separates two tokens (headlines, datelines, paragraphs).
 */
export const tokenSentences = (
  text: string,
  tokens: readonly { start: number; end: number }[],
): number[][] => {
  const out: number[][] = [];
  let cur: number[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev !== undefined && cur.length > 0) {
      const prevText = text.slice(prev.start, prev.end);
      const ended = SENTENCE_END.test(prevText) && !CLOSER.test(text.slice(t.start, t.end));
      const closed = CLOSER.test(prevText) && cur.length > 1;
      const afterEnd =
        closed && SENTENCE_END.test(text.slice(tokens[i - 2]?.start ?? 0, tokens[i - 2]?.end ?? 0));
      if (ended || afterEnd || text.slice(prev.end, t.start).includes('\n')) {
        out.push(cur);
        cur = [];
      }
    }
    cur.push(i);
  });
  if (cur.length > 0) out.push(cur);
  return out;
};

/**
 * PER/ORG/LOC/MISC names in a document as [start, end) text offsets, given its tokens' offsets.
 * The whole text is one document: names tagged earlier inform later sentences.
 */
export const nerSpans = (
  text: string,
  tokenSpans: readonly { start: number; end: number }[],
  model: NerModel = loadNerModel(),
): NerSpan[] => {
  const sentences = tokenSentences(text, tokenSpans);
  const tags = tagDocument(
    model,
    sentences.map((s) => s.map((i) => text.slice(tokenSpans[i]?.start, tokenSpans[i]?.end))),
  );
  return sentences.flatMap((s, k) =>
    bioSpans(tags[k] ?? []).map((sp) => ({
      start: tokenSpans[s[sp.start] as number]?.start as number,
      end: tokenSpans[s[sp.end - 1] as number]?.end as number,
      type: sp.type,
    })),
  );
};

/** A typed name over tokens [first, last] (inclusive), the shape of the entities stage's NameRun. */
export interface NerRun {
  readonly first: number;
  readonly last: number;
  readonly type: NerType;
}

const HYPHEN = /^[-‐‑]$/;

/**
 * The tagger's words over a sentence's tokens, as CoNLL tokenises them: a hyphen with no space on either side
 * joins its neighbours into one word ("al-Assad", "Britain-based"). Each word is [first, last] token indices.
 */
export const taggerWords = (
  text: string,
  tokens: readonly Pick<Token, 'span'>[],
  sentence: readonly number[],
): [number, number][] => {
  const words: [number, number][] = [];
  const tight = (a: number, b: number) => tokens[a]!.span.end === tokens[b]!.span.start;
  const hyphen = (i: number) => HYPHEN.test(text.slice(tokens[i]!.span.start, tokens[i]!.span.end));
  for (let k = 0; k < sentence.length; k += 1) {
    const first = sentence[k]!;
    let last = first;
    while (
      k + 2 < sentence.length &&
      hyphen(sentence[k + 1]!) &&
      !hyphen(last) &&
      tight(last, sentence[k + 1]!) &&
      tight(sentence[k + 1]!, sentence[k + 2]!) &&
      !hyphen(sentence[k + 2]!)
    ) {
      last = sentence[k + 2]!;
      k += 2;
    }
    words.push([first, last]);
  }
  return words;
};

/**
 * Typed name runs over the segment stage's tokens, using its sentence numbers; drop-in for the entities
 * stage's NameFinder seam (its runs plus a type). Hyphenated words are tagged whole (see `taggerWords`).
 */
export const nerTokenRuns = (
  text: string,
  tokens: readonly Pick<Token, 'span' | 'sentence'>[],
  model: NerModel = loadNerModel(),
): NerRun[] => {
  const sentences: number[][] = [];
  tokens.forEach((t, i) => {
    const last = sentences[sentences.length - 1];
    if (last !== undefined && tokens[last[0] as number]?.sentence === t.sentence) last.push(i);
    else sentences.push([i]);
  });
  const words = sentences.map((s) => taggerWords(text, tokens, s));
  const tags = tagDocument(
    model,
    words.map((ws) => ws.map(([a, b]) => text.slice(tokens[a]?.span.start, tokens[b]?.span.end))),
  );
  return words.flatMap((ws, k) =>
    bioSpans(tags[k] ?? []).map((sp) => ({
      first: ws[sp.start]![0],
      last: ws[sp.end - 1]![1],
      type: sp.type,
    })),
  );
};
