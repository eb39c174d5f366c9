/** A word of a stretch of text and where it starts. */
interface Word {
  readonly text: string;
  readonly start: number;
}

/** A word closing with `.`, `!` or `?` (quotes may follow) before a capital, digit or quote, or at the end. */
const SENTENCE_END = /[.!?]["”’)\]]*$/;
/** Abbreviations a full stop does not close a sentence after: "Mr.", "Gen.", "U.S.", "p.m.", "Nov.". */
const ABBREVIATION = /^["“‘(]?(?:[A-Z][a-z]{0,3}|[A-Za-z](?:\.[A-Za-z])+)\.$/;
const SENTENCE_START = /^["“‘(]?[A-Z0-9]/;

const endsSentence = (word: string, next: string | undefined): boolean =>
  SENTENCE_END.test(word) && !ABBREVIATION.test(word) && (next === undefined || SENTENCE_START.test(next));

/** The sentences of a stretch of text as runs of words: a line break or a sentence's end closes one. */
const sentences = (text: string): readonly (readonly Word[])[] => {
  const out: Word[][] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const words = [...line[0].matchAll(/\S+/g)].map((m) => ({ text: m[0], start: line.index + m.index }));
    let current: Word[] = [];
    for (const [i, w] of words.entries()) {
      current.push(w);
      if (endsSentence(w.text, words[i + 1]?.text)) {
        out.push(current);
        current = [];
      }
    }
    if (current.length > 0) out.push(current);
  }
  return out;
};

/**
 * At most `maxWords` words of one sentence, cut at word boundaries, `…` marking each cut; a closing full stop
 * and a cut's dangling punctuation go. The words start `from` words into the sentence.
 */
const clip = (sentence: readonly Word[], from: number, maxWords: number): string => {
  const words = sentence.slice(from, from + maxWords).map((w) => w.text);
  const cutAfter = from + maxWords < sentence.length;
  let s = words.join(' ');
  s = cutAfter ? `${s.replace(/[\s,;:–—-]+$/, '')}…` : s.replace(/(?<!\.)\.$/, '');
  return from > 0 ? `…${s.replace(/^[\s,;:–—-]+/, '')}` : s;
};

/**
 * A short stretch of report text a reader recognises it by: its first sentence after leading white space (never
 * more: the first line break or sentence end closes it), cut to at most `maxWords` words at a word boundary,
 * `…` marking the cut. White space runs become single spaces; a closing full stop and a cut's dangling
 * punctuation go. With `minWords`, the first sentence of at least that many words (the first one when none
 * has): "1 of 6" above a report is no sentence of it. Null when no word is left.
 */
export const clipWords = (text: string, maxWords: number, minWords = 1): string | null => {
  const all = sentences(text);
  const first = all.find((s) => s.length >= minWords) ?? all[0];
  return first === undefined ? null : clip(first, 0, maxWords);
};

/** How many words before the anchor a clip around it keeps. */
const BEFORE_ANCHOR = 4;

/**
 * Like clipWords, within the sentence that holds offset `anchor` (the first sentence when null or in none): the
 * words from a few before the anchor's word on, `…` marking a cut at either end.
 */
export const clipAround = (text: string, maxWords: number, anchor: number | null): string | null => {
  const all = sentences(text);
  const holds = (s: readonly Word[]): boolean =>
    anchor !== null &&
    s[0]!.start <= anchor &&
    anchor < s[s.length - 1]!.start + s[s.length - 1]!.text.length;
  const sentence = all.find(holds) ?? all[0];
  if (sentence === undefined) return null;
  const at = anchor !== null && holds(sentence) ? sentence.findLastIndex((w) => w.start <= anchor) : 0;
  const from = Math.max(0, Math.min(at - BEFORE_ANCHOR, sentence.length - maxWords));
  return clip(sentence, from, maxWords);
};
